using Rho.Semantics.Errors;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

public class SequenceMethodTests
{
    [Fact]
    [Trait("Rule", "Method/nth")]
    public void Nth_ListTupleByteArray()
    {
        Yields(I(9), M(L(I(7), I(8), I(9), I(10)), "nth", I(2)));
        Yields(S("b"), M(Tup(S("a"), S("b")), "nth", I(1)));
        Yields(I(255), M(Bytes(1, 2, 0xff), "nth", I(2)));
    }

    [Fact]
    [Trait("Rule", "Method/nth")]
    [Trait("Rule", "Error/index")]
    public void Nth_OutOfBound_IndexError()
    {
        Assert.Equal("index out of bound: 3", Fails(ErrorKinds.Index, M(L(I(1), I(2), I(3)), "nth", I(3))));
        Fails(ErrorKinds.Index, M(L(I(1)), "nth", I(-1)));
        Fails(ErrorKinds.Index, M(L(), "nth", I(0)));
        Fails(ErrorKinds.Index, M(Bytes(1), "nth", I(1)));
        Assert.Equal("Integer overflow for value 4294967296", Fails(ErrorKinds.Index, M(L(I(1)), "nth", I(1L << 32))));
    }

    [Fact]
    [Trait("Rule", "Method/nth")]
    [Trait("Rule", "Error/type")]
    [Trait("Rule", "Error/unknown-method")]
    public void Nth_BadIndexOrReceiver_Errors()
    {
        Assert.Equal("expression didn't evaluate to integer.", Fails(ErrorKinds.Type, M(L(I(1)), "nth", S("0"))));
        Fails(ErrorKinds.Type, M(S("abc"), "nth", S("0")));
        Fails(ErrorKinds.UnknownMethod, M(S("abc"), "nth", I(0)));
        Fails(ErrorKinds.UnknownMethod, M(Set(I(1)), "nth", I(0)));
    }

    [Fact]
    [Trait("Rule", "Method/length")]
    public void Length_StringBytesList()
    {
        Yields(I(3), M(S("abc"), "length"));
        Yields(I(0), M(S(""), "length"));
        Yields(I(2), M(S("\U0001F600"), "length"));
        Yields(I(3), M(Bytes(1, 2, 0xff), "length"));
        Yields(I(4), M(L(I(0), I(1), I(2), I(3)), "length"));
    }

    [Fact]
    [Trait("Rule", "Method/length")]
    [Trait("Rule", "Error/unknown-method")]
    public void Length_SetOrMap_UnknownMethodError()
    {
        Assert.Equal("Method `length` is not defined on Set.", Fails(ErrorKinds.UnknownMethod, M(Set(), "length")));
        Fails(ErrorKinds.UnknownMethod, M(Map(), "length"));
    }

    [Theory]
    [InlineData("abcabac", 3, 6, "aba")]
    [InlineData("abcabcac", 2, 1, "")]
    [InlineData("abcabcac", 8, 9, "")]
    [InlineData("abcabcac", -2, 2, "ab")]
    [InlineData("abc", 0, 100, "abc")]
    [InlineData("abc", -5, -1, "")]
    [InlineData("abc", 1, 1, "")]
    [Trait("Rule", "Method/slice")]
    public void Slice_String_Lenient(string s, long from, long until, string expected) =>
        Yields(S(expected), M(S(s), "slice", I(from), I(until)));

    [Fact]
    [Trait("Rule", "Method/slice")]
    public void Slice_List_Lenient()
    {
        var xs = L(I(3), I(7), I(2), I(9), I(4), I(3), I(7));
        Yields(L(I(9), I(4)), M(xs, "slice", I(3), I(5)));
        Yields(L(), M(xs, "slice", I(5), I(4)));
        Yields(L(), M(xs, "slice", I(7), I(8)));
        Yields(L(I(3), I(7)), M(xs, "slice", I(-2), I(2)));
    }

    [Fact]
    [Trait("Rule", "Method/slice")]
    [Trait("Rule", "Error/index")]
    public void Slice_ByteArray_StrictBounds()
    {
        Yields(Bytes(2, 3), M(Bytes(1, 2, 3), "slice", I(1), I(3)));
        Yields(Bytes(), M(Bytes(1, 2, 3), "slice", I(3), I(3)));
        Fails(ErrorKinds.Index, M(Bytes(1, 2, 3), "slice", I(-1), I(2)));
        Fails(ErrorKinds.Index, M(Bytes(1, 2, 3), "slice", I(0), I(4)));
        Fails(ErrorKinds.Index, M(Bytes(1, 2, 3), "slice", I(2), I(1)));
    }

    [Fact]
    [Trait("Rule", "Method/slice")]
    [Trait("Rule", "Error/unknown-method")]
    [Trait("Rule", "Error/index")]
    public void Slice_BadReceiverOrHugeBound_Errors()
    {
        Fails(ErrorKinds.UnknownMethod, M(Tup(I(1)), "slice", I(0), I(1)));
        Fails(ErrorKinds.Index, M(S("abc"), "slice", I(0), I(long.MaxValue)));
    }

    [Fact]
    [Trait("Rule", "Method/take")]
    public void Take_List_Lenient()
    {
        Yields(L(I(1), I(2)), M(L(I(1), I(2), I(3)), "take", I(2)));
        Yields(L(I(1), I(2), I(3)), M(L(I(1), I(2), I(3)), "take", I(10)));
        Yields(L(), M(L(I(1), I(2), I(3)), "take", I(-1)));
        Yields(L(), M(L(), "take", I(0)));
    }

    [Fact]
    [Trait("Rule", "Method/take")]
    [Trait("Rule", "Error/unknown-method")]
    public void Take_String_UnknownMethodError() => Fails(ErrorKinds.UnknownMethod, M(S("abc"), "take", I(1)));
}
