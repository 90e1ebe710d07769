using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Evaluation;
using Rho.Semantics.Mutation;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

/// <summary>
/// What the scoped mutation run of <c>Evaluation/Methods/</c> left open: a value a method computes carries the
/// position of the method call (errors raised later about it point there), and the exact bounds of the Int
/// conversions and of slicing.
/// </summary>
public class EvalMutMethodTests
{
    /// <summary>The position a computed value carries.</summary>
    private static SourcePos At(Proc p) => Evaluator.EvalSingle(p).At.Pos;

    public static TheoryData<string, Proc> Computed => new()
    {
        { "toByteArray", M(I(1), "toByteArray") },
        { "hexToBytes", M(S("0a"), "hexToBytes") },
        { "bytesToHex", M(Bytes(10), "bytesToHex") },
        { "toUtf8Bytes", M(S("a"), "toUtf8Bytes") },
        { "contains", M(Set(I(1)), "contains", I(1)) },
        { "keys", M(Map((I(1), I(2))), "keys") },
        { "size", M(Set(I(1)), "size") },
        { "toList of a set", M(Set(I(1)), "toList") },
        { "toList of a tuple", M(Tup(I(1)), "toList") },
        { "toList of a map", M(Map((I(1), I(2))), "toList") },
        { "toSet of a list", M(L(I(1)), "toSet") },
        { "toSet of a map", M(Map((I(1), I(2))), "toSet") },
        { "toMap", M(L(Tup(I(1), I(2))), "toMap") },
        { "toInt of a BigInt", M(Big(5), "toInt") },
        { "toInt of a String", M(S("5"), "toInt") },
        { "toBigInt of an Int", M(I(5), "toBigInt") },
        { "toBigInt of a String", M(S("5"), "toBigInt") },
        { "nth of bytes", M(Bytes(7, 8), "nth", I(1)) },
        { "length", M(S("abc"), "length") },
        { "slice of a String", M(S("abc"), "slice", I(0), I(2)) },
        { "slice of a List", M(L(I(1), I(2)), "slice", I(0), I(1)) },
        { "slice of bytes", M(Bytes(1, 2, 3), "slice", I(1), I(2)) },
        { "take", M(L(I(1), I(2)), "take", I(1)) },
    };

    [Theory]
    [MemberData(nameof(Computed))]
    [Trait("Rule", "Method/toByteArray")]
    [Trait("Rule", "Method/hexToBytes")]
    [Trait("Rule", "Method/bytesToHex")]
    [Trait("Rule", "Method/contains")]
    [Trait("Rule", "Method/keys")]
    [Trait("Rule", "Method/size")]
    [Trait("Rule", "Method/toList")]
    [Trait("Rule", "Method/toSet")]
    [Trait("Rule", "Method/toMap")]
    [Trait("Rule", "Method/toInt")]
    [Trait("Rule", "Method/toBigInt")]
    [Trait("Rule", "Method/nth")]
    [Trait("Rule", "Method/length")]
    [Trait("Rule", "Method/slice")]
    [Trait("Rule", "Method/take")]
    public void AComputedValue_CarriesThePositionOfTheCall(string what, Proc call) =>
        Assert.True(Pos == At(call), what);

    [Fact]
    [Trait("Rule", "Method/toInt")]
    public void ToInt_TheBoundsOf64Bits_AreIncluded()
    {
        Yields(I(long.MinValue), M(Big(long.MinValue), "toInt"));
        Yields(I(long.MaxValue), M(Big(long.MaxValue), "toInt"));
        Yields(I(long.MaxValue), M(S("9223372036854775807"), "toInt"));
        Yields(I(long.MinValue), M(S("-9223372036854775808"), "toInt"));
        Fails(ErrorKinds.Conversion, M(Big(System.Numerics.BigInteger.One + long.MaxValue), "toInt"));
        Fails(ErrorKinds.Conversion, M(S("9223372036854775808"), "toInt"));
    }

    [Fact]
    [Trait("Rule", "Method/slice")]
    public void Slice_EmptyAndOneElementRanges()
    {
        Yields(S(""), M(S("abc"), "slice", I(1), I(1)));
        Yields(S("b"), M(S("abc"), "slice", I(1), I(2)));
        Yields(S(""), M(S("abc"), "slice", I(2), I(1)));
        Yields(Bytes(1), M(Bytes(1, 2, 3), "slice", I(0), I(1)));
        Yields(Bytes(), M(Bytes(1, 2, 3), "slice", I(0), I(0)));
    }

    [Theory]
    [Trait("Rule", "Method/toInt")]
    [InlineData("\u00b2")]      // SUPERSCRIPT TWO: a decimal digit value (2) but not a decimal digit (OtherNumber)
    [InlineData("1\u00b9")]     // SUPERSCRIPT ONE after a digit
    [InlineData("-\u2074")]     // SUPERSCRIPT FOUR after a sign
    public void ToInt_ADigitValueThatIsNotADecimalDigit_IsAConversionError(string s) =>
        Fails(ErrorKinds.Conversion, M(S(s), "toInt"));

    [Fact]
    [Trait("Rule", "Method/toInt")]
    public void ToInt_DecimalDigitsOfOtherScripts_AreDigits() =>
        Yields(I(12), M(S("\u0661\u0662"), "toInt"));   // ARABIC-INDIC ONE, TWO

    [Theory]
    [Trait("Mutant", "Mutant/length-off-by-one")]
    [InlineData("abc", 4)]
    [InlineData("", 1)]
    public void LengthOffByOne_On_AnswersOneMore(string s, long n)
    {
        using (Mutants.Enable(Mutant.LengthOffByOne))
        {
            Yields(I(n), M(S(s), "length"));
        }
        Yields(I(n - 1), M(S(s), "length"));
    }
}
