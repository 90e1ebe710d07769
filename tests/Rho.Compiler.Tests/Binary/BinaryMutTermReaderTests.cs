using Rho.Semantics.Core;
using static Rho.Compiler.Tests.Binary.BinaryMutBytes;

namespace Rho.Compiler.Tests.Binary;

/// <summary>
/// Malformed terms of pool entries (spec/bytecode.md, "Terms"): each defect is rejected with the
/// offset of the field and a message naming it (<c>Verify/limits</c>: lengths fit the bytes left).
/// </summary>
public class BinaryMutTermReaderTests
{
    private const byte TagPar = 1, TagReceive = 3, TagNew = 4, TagMatch = 5, TagBoundVar = 7, TagFreeVar = 8;
    private const byte TagGBool = 10, TagGInt = 11, TagGBigInt = 12, TagGString = 13, TagGUri = 14, TagGByteArray = 15;
    private const byte TagGSysChannel = 17, TagEMap = 21, TagEUnary = 22, TagEBinary = 23, TagEMethod = 25;
    private const byte TagConnNot = 28, TagConnType = 29, TagVarRef = 30, Nil = 0;

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Truncated_TagOrFixedField_NamesWhatWasBeingRead()
    {
        Assert.Equal("offset 0: unexpected end of data reading a byte", TermError([]));
        Assert.Equal("offset 1: unexpected end of data reading variable index", TermError([TagBoundVar]));
        Assert.Equal("offset 1: unexpected end of data reading pattern variable", TermError([TagFreeVar, 1, 0]));
        Assert.Equal("offset 1: unexpected end of data reading variable reference", TermError([TagVarRef]));
        Assert.Equal("offset 1: unexpected end of data reading a 64-bit integer", TermError([TagGInt, 1, 2, 3, 4, 5, 6, 7]));
        Assert.Equal("offset 1: unexpected end of data reading method name length", TermError([TagEMethod]));
        Assert.Equal("offset 1: unexpected end of data reading a byte", TermError([TagGBool]));
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void LengthBeyondTheBytesLeft_NamesTheField()
    {
        Assert.Equal("offset 1: string length 5 exceeds the 0 bytes left", TermError(Of(TagGString, 5)));
        Assert.Equal("offset 1: URI length 5 exceeds the 4 bytes left", TermError(Of(TagGUri, 5, 0)));
        Assert.Equal("offset 1: byte array length 5 exceeds the 0 bytes left", TermError(Of(TagGByteArray, 5)));
        Assert.Equal("offset 1: system channel length 5 exceeds the 0 bytes left", TermError(Of(TagGSysChannel, 5)));
        Assert.Equal("offset 1: BigInt length 5 exceeds the 0 bytes left", TermError(Of(TagGBigInt, 5)));
        Assert.Equal("offset 1: item count 5 exceeds the 0 bytes left", TermError(Of(TagPar, 5)));
        Assert.Equal("offset 1: pair count 1 exceeds the 1 bytes left", TermError(Of(TagEMap, 1, Nil)));
    }

    /// <summary>A count is rejected as soon as its items cannot fit: a bind takes at least 11 bytes, so one bind in 10 bytes is too many.</summary>
    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Receive_BindCountNeedsElevenBytesPerBind()
    {
        Assert.Equal("offset 1: bind count 1 exceeds the 0 bytes left", TermError(Of(TagReceive, 1)));
        Assert.Equal("offset 1: bind count 1 exceeds the 10 bytes left", TermError(Of(TagReceive, 1, new byte[10])));
        Assert.Equal("offset 1: bind count 2 exceeds the 21 bytes left", TermError(Of(TagReceive, 2, new byte[21])));
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Receive_EachFieldNamedWhenMalformed()
    {
        // one bind: no patterns, source Nil, no remainder, then a count above 2^31 - 1 (and one spare byte)
        Assert.Equal(
            "offset 11: bind variable count 4294967295 is too large",
            TermError(Of(TagReceive, 1, 0, Nil, (byte)0, uint.MaxValue, Nil)));
        Assert.Equal("offset 6: unknown receive kind 255", TermError(Of(TagReceive, 0, Nil, (byte)255)));
        Assert.Equal("offset 7: unexpected end of data reading receive variable count", TermError(Of(TagReceive, 0, Nil, (byte)0)));
        Assert.Equal(
            new Receive(Seq<ReceiveBind>.Empty, Semantics.Core.Nil.Instance, ReceiveKind.Linear, 3),
            Term(Of(TagReceive, 0, Nil, (byte)0, 3)));
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void New_EachFieldNamedWhenMalformed()
    {
        Assert.Equal("offset 1: unexpected end of data reading new count", TermError([TagNew]));
        Assert.Equal("offset 5: URI count 5 exceeds the 0 bytes left", TermError(Of(TagNew, 1, 5)));
        Assert.Equal("offset 9: URI length 9 exceeds the 0 bytes left", TermError(Of(TagNew, 1, 1, 9)));
        Assert.Equal(
            new New(2, Seq.Of("rho:io:stdout", "rho:io:stderr"), Semantics.Core.Nil.Instance),
            Term(Of(TagNew, 2, 2, "rho:io:stdout", "rho:io:stderr", Nil)));
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Match_EachFieldNamedWhenMalformed()
    {
        Assert.Equal("offset 2: case count 1 exceeds the 0 bytes left", TermError(Of(TagMatch, Nil, 1)));
        Assert.Equal("offset 2: case count 1 exceeds the 5 bytes left", TermError(Of(TagMatch, Nil, 1, Nil, Nil, 0, Nil, Nil, Nil)[..11]));
        Assert.Equal(
            "offset 8: case variable count 4294967295 is too large",
            TermError(Of(TagMatch, Nil, 1, Nil, Nil, uint.MaxValue)));
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void U32_AboveIntMaxValue_IsTooLarge_AndIntMaxValueIsRead()
    {
        Assert.Equal("offset 1: variable index 2147483648 is too large", TermError(Of(TagBoundVar, 0x8000_0000u)));
        Assert.Equal("offset 1: variable index 4294967295 is too large", TermError(Of(TagBoundVar, uint.MaxValue)));
        Assert.Equal(new BoundVar(int.MaxValue), Term(Of(TagBoundVar, int.MaxValue)));
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Bool_OtherThanZeroOrOne_IsRejected()
    {
        Assert.Equal("offset 1: expected a boolean (0 or 1), found 2", TermError([TagGBool, 2]));
        Assert.Equal("offset 1: expected a boolean (0 or 1), found 255", TermError([TagGBool, 255]));
        Assert.Equal(new GBool(true), Term([TagGBool, 1]));
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void String_NotValidUtf8_IsRejected()
    {
        Assert.Equal("offset 1: string is not valid UTF-8", TermError(Of(TagGString, 2, new byte[] { 0xC3, 0x28 })));
        Assert.Equal("offset 1: URI is not valid UTF-8", TermError(Of(TagGUri, 1, new byte[] { 0xFF })));
        Assert.Equal(new GString("é"), Term(Of(TagGString, 2, new byte[] { 0xC3, 0xA9 })));
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void UnknownTagOrEnumValue_IsRejected()
    {
        Assert.Equal("offset 0: unknown term tag 31", TermError([31]));
        Assert.Equal("offset 2: unknown term tag 255", TermError([TagConnNot, TagConnNot, 255]));
        Assert.Equal("offset 1: unknown unary operator 255", TermError([TagEUnary, 255, Nil]));
        Assert.Equal("offset 1: unknown binary operator 200", TermError([TagEBinary, 200, Nil, Nil]));
        Assert.Equal("offset 1: unknown type connective 99", TermError([TagConnType, 99]));
        Assert.Equal(new ConnType(SimpleType.Bool), Term([TagConnType, 0]));
    }

    /// <summary>A BigInt is its minimal two's-complement bytes, so each value has one encoding (the encoding is injective).</summary>
    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void BigInt_NonMinimalEncoding_IsRejected()
    {
        Assert.Equal("offset 1: BigInt is not in its minimal encoding", TermError(Of(TagGBigInt, 2, new byte[] { 1, 0 })));
        Assert.Equal("offset 1: BigInt is not in its minimal encoding", TermError(Of(TagGBigInt, 2, new byte[] { 0xFF, 0xFF })));
        Assert.Equal(new GBigInt(1), Term(Of(TagGBigInt, 1, new byte[] { 1 })));
        Assert.Equal(new GBigInt(-1), Term(Of(TagGBigInt, 1, new byte[] { 0xFF })));
        Assert.Equal(new GBigInt(128), Term(Of(TagGBigInt, 2, new byte[] { 0x80, 0 })));
    }

    /// <summary>Terms nest at most 100,000 deep (spec/bytecode.md, "Limits"): the term at depth 100,001 is rejected at its offset.</summary>
    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Terms_NestedDeeperThanTheLimit_AreRejectedAtTheFirstTooDeepTerm()
    {
        byte[] Nots(int n) => [.. Enumerable.Repeat(TagConnNot, n), Nil];
        Assert.Equal("offset 100001: terms nested deeper than 100000", TermError(Nots(100_001)));
        var p = Term(Nots(100_000));
        Assert.IsType<ConnNot>(p);
    }
}
