using System.Globalization;
using Rho.Semantics.Errors;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

public class ConversionMethodTests
{
    [Fact]
    [Trait("Rule", "Method/toList")]
    public void ToList_FromEachCollection()
    {
        Yields(L(I(1), I(2)), M(L(I(1), I(2)), "toList"));
        Yields(L(I(1), I(2), I(3)), M(Set(I(3), I(1), I(2)), "toList"));
        Yields(L(Tup(S("a"), I(1)), Tup(S("b"), I(2)), Tup(S("c"), I(3))), M(Map((S("c"), I(3)), (S("a"), I(1)), (S("b"), I(2))), "toList"));
        Yields(L(I(1), I(2), I(3)), M(Tup(I(1), I(2), I(3)), "toList"));
        Fails(ErrorKinds.UnknownMethod, M(S("abc"), "toList"));
    }

    [Fact]
    [Trait("Rule", "Method/toSet")]
    public void ToSet_FromEachCollection()
    {
        Yields(Set(I(1), I(2), I(3)), M(L(I(1), I(2), I(3)), "toSet"));
        Yields(Set(I(1)), M(L(I(1), I(1)), "toSet"));
        Yields(Set(), M(L(), "toSet"));
        Yields(Set(I(1), I(2), I(3)), M(Set(I(1), I(2), I(3)), "toSet"));
        Yields(Set(Tup(S("a"), I(1)), Tup(S("b"), I(2))), M(Map((S("a"), I(1)), (S("b"), I(2))), "toSet"));
        Assert.Equal("Method `toSet` is not defined on Int.", Fails(ErrorKinds.UnknownMethod, M(I(1), "toSet")));
        Fails(ErrorKinds.Arity, M(Set(), "toSet", I(1)));
    }

    [Fact]
    [Trait("Rule", "Method/toMap")]
    public void ToMap_FromPairs()
    {
        var abc = Map((S("a"), I(1)), (S("b"), I(2)), (S("c"), I(3)));
        Yields(abc, M(L(Tup(S("a"), I(1)), Tup(S("b"), I(2)), Tup(S("c"), I(3))), "toMap"));
        Yields(abc, M(Set(Tup(S("a"), I(1)), Tup(S("b"), I(2)), Tup(S("c"), I(3))), "toMap"));
        Yields(Map((S("a"), I(2))), M(L(Tup(S("a"), I(1)), Tup(S("a"), I(2))), "toMap"));
        Yields(Map(), M(L(), "toMap"));
        Yields(abc, M(abc, "toMap"));
    }

    [Fact]
    [Trait("Rule", "Method/toMap")]
    [Trait("Rule", "Error/unknown-method")]
    public void ToMap_NotPairs_UnknownMethodError()
    {
        Assert.Equal("Method `toMap` is not defined on types except List[(K,V)].", Fails(ErrorKinds.UnknownMethod, M(L(S("a"), Tup(S("b"), I(2))), "toMap")));
        Fails(ErrorKinds.UnknownMethod, M(L(Tup(I(1), I(2), I(3))), "toMap"));
        Fails(ErrorKinds.UnknownMethod, M(I(1), "toMap"));
        Fails(ErrorKinds.Arity, M(L(Tup(S("a"), I(1))), "toMap", I(1)));
    }

    [Fact]
    [Trait("Rule", "Method/toInt")]
    public void ToInt_FromIntBigIntString()
    {
        Yields(I(-1), M(I(-1), "toInt"));
        Yields(I(long.MaxValue), M(Big("9223372036854775807"), "toInt"));
        Yields(I(long.MinValue), M(S("-9223372036854775808"), "toInt"));
        Yields(I(42), M(S("+42"), "toInt"));
        Yields(I(7), M(S("007"), "toInt"));
        Yields(I(12), M(S("\u0661\u0662"), "toInt"));
    }

    [Fact]
    [Trait("Rule", "Method/toInt")]
    [Trait("Rule", "Error/conversion")]
    public void ToInt_OutOfRangeOrNotANumber_ConversionError()
    {
        Assert.Equal(
            "Method toInt(): input BigInt value 9999999999999999999999999999999999999999 out of range",
            Fails(ErrorKinds.Conversion, M(Big("9999999999999999999999999999999999999999"), "toInt")));
        Assert.Equal("Method toInt(): input string \"WRONG\" cannot be converted to Int", Fails(ErrorKinds.Conversion, M(S("WRONG"), "toInt")));
        Fails(ErrorKinds.Conversion, M(S("9223372036854775808"), "toInt"));
        Fails(ErrorKinds.Conversion, M(S(""), "toInt"));
        Fails(ErrorKinds.Conversion, M(S("-"), "toInt"));
        Fails(ErrorKinds.Conversion, M(S(" 1"), "toInt"));
        Fails(ErrorKinds.Conversion, M(S("1_000"), "toInt"));
        Fails(ErrorKinds.Conversion, M(S("1.0"), "toInt"));
        Assert.Equal("Method `toInt` is not defined on Set.", Fails(ErrorKinds.UnknownMethod, M(Set(), "toInt")));
    }

    [Fact]
    [Trait("Rule", "Method/toBigInt")]
    [Trait("Rule", "Error/conversion")]
    public void ToBigInt_FromBigIntIntString()
    {
        Yields(Big(-1), M(Big(-1), "toBigInt"));
        Yields(Big(-1), M(I(-1), "toBigInt"));
        Yields(Big("-9999999999999999999999999999999999999999"), M(S("-9999999999999999999999999999999999999999"), "toBigInt"));
        Assert.Equal("Method toBigInt(): input string \"WRONG\" cannot be converted to BigInt", Fails(ErrorKinds.Conversion, M(S("WRONG"), "toBigInt")));
        Fails(ErrorKinds.UnknownMethod, M(L(), "toBigInt"));
    }

    /// <summary>
    /// The assumption <c>toInt</c>'s digit test rests on: .NET gives a decimal digit value to exactly the code
    /// units of category Nd (superscripts, for one, have a digit value but no decimal digit value).
    /// </summary>
    [Fact]
    [Trait("Rule", "Method/toInt")]
    public void DecimalDigitValue_ExistsExactlyForDecimalDigits()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var nd = CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.DecimalDigitNumber;
            Assert.True(nd == CharUnicodeInfo.GetDecimalDigitValue(ch) >= 0, $"U+{c:X4}");
        }
    }
}
