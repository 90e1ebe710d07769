using Rho.Semantics.Core;
using static Rho.Semantics.Tests.Normalize.Terms;

namespace Rho.Semantics.Tests.Normalize;

/// <summary>Ground literals: escape decoding and negative literals (spec/normalization.md, Div/string-escapes, Div/neg-literal).</summary>
public class LiteralsTests
{
    [Fact]
    [Trait("Rule", "Norm/string-escapes")]
    public void StringEscapes_AreDecoded()
    {
        var t = Assert.IsType<Send>(Norm("@\"a\\\"b\\\\c\\nd\\te\"!(1)"));
        Assert.Equal(S("a\"b\\c\nd\te"), t.Chan);
        Assert.Equal(9, ((GString)t.Chan).Value.Length);
    }

    [Fact]
    [Trait("Rule", "Norm/string-escapes")]
    public void UriEscapes_AreDecoded()
    {
        var t = Assert.IsType<Send>(Norm("@`a\\`b\\\\c`!(1)"));
        Assert.Equal(new GUri("a`b\\c"), t.Chan);
    }

    [Fact]
    [Trait("Rule", "Norm/neg-literal")]
    public void NegLiteral_FoldsIntoNegativeInt()
    {
        Assert.Equal(Snd(Nl, I(-5), new GBigInt(-7), I(long.MinValue)), Norm("@Nil!(-5, -BigInt(7), -9223372036854775808)"));
    }

    [Fact]
    [Trait("Rule", "Norm/neg-literal")]
    public void NegLiteral_InPattern_IsNegativeLiteral() =>
        Assert.Equal(Mt(I(-5), Case(I(-5), Nl, 0)), Norm("match -5 { {-5} => Nil }"));

    [Fact]
    [Trait("Rule", "Norm/neg-literal")]
    public void NegLiteral_OtherOperands_StayNegation() =>
        Assert.Equal(
            Snd(Nl, new EUnary(UnaryOp.Neg, I(-5)), new EUnary(UnaryOp.Neg, new EBinary(BinaryOp.Add, I(1), I(2)))),
            Norm("@Nil!(- -5, -(1 + 2))"));
}
