using Rho.Semantics.Core;
using static Rho.Semantics.Tests.Matching.MatchTerms;

namespace Rho.Semantics.Tests.Matching;

public partial class SpatialMatcherTests
{
    [Fact]
    [Trait("Rule", "Pat/and")]
    public void And_EveryPartMatches_BindingsCombined()
    {
        // @7!(x) /\ @y!(8)
        var pattern = And(Out(I(7), V(0)), Out(V(1), I(8)));
        AssertResults(All(Out(I(7), I(8)), pattern, 2), Bind(I(8), I(7)));
        AssertResults(All(Out(I(7), I(9)), pattern, 2));
    }

    [Fact]
    [Trait("Rule", "Pat/or")]
    public void Or_SomeAlternativeMatches_BindsNothing()
    {
        // @9!(x) \/ @x!(8): the variables inside a disjunction bind nothing outside it.
        var pattern = Or(Out(I(9), V(0)), Out(V(0), I(8)));
        AssertResults(All(Out(I(7), I(8)), pattern, 0), Bind());
        AssertResults(All(Out(I(7), I(9)), pattern, 0));
        // Several alternatives matching still give one result.
        AssertResults(All(I(1), Or(Ty(SimpleType.Int), W, I(1)), 0), Bind());
    }

    [Fact]
    [Trait("Rule", "Pat/not")]
    public void Not_SplitsIntoNonNilParts_AsManyAsItems()
    {
        var target = P(Out(I(1), I(2)), Out(I(2), I(3)), Out(I(3), I(4)));
        var nonNil = Not(Empty);
        AssertResults(All(target, nonNil, 0), Bind());
        AssertResults(All(target, P(nonNil, nonNil), 0), Bind());
        AssertResults(All(target, P(nonNil, nonNil, nonNil), 0), Bind());
        AssertResults(All(target, P(nonNil, nonNil, nonNil, nonNil), 0));
        AssertResults(All(Empty, nonNil, 0));
    }

    [Fact]
    [Trait("Rule", "Pat/not")]
    [Trait("Rule", "Pat/par")]
    public void Not_BesideAVariable_EverySplitIsAResult()
    {
        // ~Empty | x  against  1 | 2: the connective takes 1, 2 or both.
        AssertResults(All(P(I(1), I(2)), P(Not(Empty), V(0)), 1), Bind(I(2)), Bind(I(1)), Bind(Empty));
    }

    [Fact]
    [Trait("Rule", "Pat/and")]
    [Trait("Rule", "Pat/or")]
    [Trait("Rule", "Pat/not")]
    public void Connectives_Combined_FindTheOnlySplit()
    {
        // x /\ y!(7)  |  ~Empty /\ ~(~Empty | ~Empty)  |  z!(7) \/ z!(8)
        var target = P(Out(I(1), I(6)), Out(I(2), I(7)), Out(I(3), I(8)));
        var failTarget = P(Out(I(1), I(6)), Out(I(2), I(9)), Out(I(3), I(8)));
        var capture = And(V(0), Out(V(1), I(7)));
        var prime = And(Not(Empty), Not(P(Not(Empty), Not(Empty))));
        var alternative = Or(Out(V(0), I(7)), Out(V(0), I(8)));
        var pattern = P(capture, prime, alternative);
        AssertResults(All(target, pattern, 2), Bind(Out(I(2), I(7)), I(2)));
        AssertResults(All(failTarget, pattern, 2));
    }

    [Theory]
    [Trait("Rule", "Pat/type")]
    [InlineData(SimpleType.Bool)]
    [InlineData(SimpleType.Int)]
    [InlineData(SimpleType.BigInt)]
    [InlineData(SimpleType.String)]
    [InlineData(SimpleType.Uri)]
    [InlineData(SimpleType.ByteArray)]
    public void Type_OneValueOfTheType_MatchesNothingElse(SimpleType type)
    {
        Proc[] values = [Bool(false), I(7), Big(System.Numerics.BigInteger.Parse("-9999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture)), Str("s"), Uri("rho:io:stdout"), Bytes(74, 75)];
        for (var i = 0; i < values.Length; i++)
        {
            var expected = (int)type == i ? new[] { Bind() } : [];
            AssertResults(All(values[i], Ty(type), 0), expected);
        }
        AssertResults(All(P(values[(int)type], values[(int)type]), Ty(type), 0));
        AssertResults(All(L(values[(int)type]), Ty(type), 0));
        AssertResults(All(P(values[(int)type], I(100)), P(Ty(type), W), 0), Bind());
    }
}

public partial class SpatialMatcherTests
{
    [Fact]
    [Trait("Rule", "Pat/type")]
    [Trait("Rule", "Pat/par")]
    public void Type_InAParWithAVariable_TakesEachValueOfTheType()
    {
        AssertResults(
            All(P(I(1), I(2), Str("a")), P(Ty(SimpleType.Int), V(0)), 1),
            Bind(P(I(2), Str("a"))),
            Bind(P(I(1), Str("a"))));
        AssertResults(All(P(Str("a"), Str("b")), P(Ty(SimpleType.Int), V(0)), 1));
    }

    [Fact]
    [Trait("Rule", "Pat/type")]
    public void Type_AgainstThousandDistinctItems_EnumeratesOnlyLegalSplits()
    {
        var target = P(Enumerable.Range(0, 1000).Select(n => I(n)).ToArray());
        Assert.Single(All(target, P(Ty(SimpleType.Int), W), 1));
        Assert.Equal(1000, All(target, P(Ty(SimpleType.Int), V(0)), 1).Count);
    }
}
