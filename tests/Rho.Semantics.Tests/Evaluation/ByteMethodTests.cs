using System.Text;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

public class ByteMethodTests
{
    [Fact]
    [Trait("Rule", "Method/hexToBytes")]
    public void HexToBytes_DecodesLikeTheReference()
    {
        Yields(Bytes(Encoding.UTF8.GetBytes("testing testing")), M(S(Convert.ToHexStringLower(Encoding.UTF8.GetBytes("testing testing"))), "hexToBytes"));
        Yields(Bytes(0xde, 0xad, 0xbe, 0xef), M(S("DeadBeef"), "hexToBytes"));
        Yields(Bytes(0x0a, 0xbc), M(S("abc"), "hexToBytes"));
        Yields(Bytes(0xab, 0xcd), M(S("ab:cd zz"), "hexToBytes"));
        Yields(Bytes(), M(S("xyz"), "hexToBytes"));
    }

    [Fact]
    [Trait("Rule", "Method/hexToBytes")]
    [Trait("Rule", "Error/unknown-method")]
    public void HexToBytes_NotAString_UnknownMethodError() => Fails(ErrorKinds.UnknownMethod, M(I(1), "hexToBytes"));

    [Fact]
    [Trait("Rule", "Method/bytesToHex")]
    public void BytesToHex_LowercaseTwoDigitsPerByte()
    {
        Yields(S("0123456789abcdef"), M(Bytes(0x01, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef), "bytesToHex"));
        Yields(S(""), M(Bytes(), "bytesToHex"));
        Fails(ErrorKinds.UnknownMethod, M(S("00"), "bytesToHex"));
    }

    [Fact]
    [Trait("Rule", "Method/toUtf8Bytes")]
    public void ToUtf8Bytes_Utf8WithJvmReplacement()
    {
        Yields(Bytes(Encoding.UTF8.GetBytes("testing testing")), M(S("testing testing"), "toUtf8Bytes"));
        Yields(Bytes(0xc3, 0xa9, 0xf0, 0x9f, 0x98, 0x80), M(S("é\U0001F600"), "toUtf8Bytes"));
        Yields(Bytes((byte)'a', (byte)'?'), M(S("a\uD83D"), "toUtf8Bytes"));
    }

    [Fact]
    [Trait("Rule", "Method/toUtf8Bytes")]
    [Trait("Rule", "Error/arity")]
    [Trait("Rule", "Error/unknown-method")]
    [Trait("Rule", "Error/not-expression")]
    public void ToUtf8Bytes_Errors()
    {
        Fails(ErrorKinds.Arity, M(Out(S("result"), S("Success")), "toUtf8Bytes", I(1)));
        Assert.Equal("Method `toUtf8Bytes` is not defined on Int.", Fails(ErrorKinds.UnknownMethod, M(I(44), "toUtf8Bytes")));
        Assert.Equal("Method can only be called on singular expressions.", Fails(ErrorKinds.NotExpression, M(P(S("a"), S("b")), "toUtf8Bytes")));
    }

    [Fact]
    [Trait("Rule", "Method/toByteArray")]
    public void ToByteArray_AnyProcess_CongruentProcessesSameBytes()
    {
        var a = Eval(M(P(Out(S("x"), I(1)), Set(I(2), I(1))), "toByteArray"));
        var b = Eval(M(P(Set(I(1), I(2)), Out(S("x"), I(1))), "toByteArray"));
        Assert.IsType<GByteArray>(a);
        Assert.Equal(a, b);
        Assert.NotEqual(Eval(M(I(1), "toByteArray")), Eval(M(I(2), "toByteArray")));
        Fails(ErrorKinds.Arity, M(I(1), "toByteArray", I(1)));
    }
}
