using Rho.Semantics.Core;
using static Rho.Semantics.Tests.Matching.MatchTerms;

namespace Rho.Semantics.Tests.Matching;

public partial class SpatialMatcherTests
{
    private static readonly Proc OneToFive = Set(I(1), I(2), I(3), I(4), I(5));

    private static readonly (Proc, Proc)[] ThreePairs = [(I(1), I(2)), (I(3), I(4)), (I(5), I(6))];

    [Fact]
    [Trait("Rule", "Pat/set")]
    [Trait("Rule", "Div/match-all")]
    public void Set_ElementVariables_EachTakeOneElement()
    {
        AssertResults(All(Set(I(1), I(2), I(3)), Set(I(1), I(2), I(3)), 0), Bind());
        // Set(2, 5, x, y, _): x and y take two distinct elements of 1, 3, 4, in every order
        // (the reference finds x = 4, y = 3).
        var pattern = Set(I(2), I(5), V(0), V(1), W);
        var expected = from x in new[] { 1, 3, 4 }
                       from y in new[] { 1, 3, 4 }
                       where x != y
                       select Bind(I(x), I(y));
        AssertResults(All(OneToFive, pattern, 2), expected.ToArray());
        AssertResults(All(OneToFive, Set(I(2), I(5), V(0), W), 1));
        AssertResults(All(Set(I(1)), Set(V(0), V(1)), 2));
    }

    [Fact]
    [Trait("Rule", "Pat/set-rem")]
    public void SetRem_WildcardRemainder_DropsTheRest()
    {
        AssertResults(All(OneToFive, SetRem(W, I(1), I(4)), 0), Bind());
        AssertResults(All(OneToFive, SetRem(W, I(1), I(2), I(3), I(4), I(5)), 0), Bind());
        AssertResults(All(OneToFive, SetRem(W), 0), Bind());
        AssertResults(All(OneToFive, SetRem(W, I(6)), 0));
    }

    [Fact]
    [Trait("Rule", "Pat/set-rem")]
    [Trait("Rule", "Div/match-all")]
    public void SetRem_VariableRemainder_BindsTheRestAsASet()
    {
        // Set(1, 4, x ...r): the reference finds x = 2, r = Set(3, 5).
        AssertResults(
            All(OneToFive, SetRem(V(1), I(1), I(4), V(0)), 2),
            Bind(I(2), Set(I(3), I(5))),
            Bind(I(3), Set(I(2), I(5))),
            Bind(I(5), Set(I(2), I(3))));
        AssertResults(All(OneToFive, SetRem(V(0), I(1), I(2), I(3), I(4), I(5)), 1), Bind(Set()));
        AssertResults(All(OneToFive, SetRem(V(0)), 1), Bind(OneToFive));
    }

    [Fact]
    [Trait("Rule", "Pat/map")]
    public void Map_PairPatterns_MatchKeyThenValue()
    {
        var target = Map(ThreePairs);
        AssertResults(All(target, Map(ThreePairs), 0), Bind());
        // {1: y, 3: 4, x: _}: the reference finds x = 5, y = 2.
        AssertResults(All(target, Map((I(1), V(1)), (I(3), I(4)), (V(0), W)), 2), Bind(I(5), I(2)));
        AssertResults(All(target, Map((I(3), V(1)), (V(0), W), (W, I(4))), 2));
    }

    [Fact]
    [Trait("Rule", "Pat/map-rem")]
    public void MapRem_Remainder_BindsOrDropsTheRest()
    {
        var target = Map(ThreePairs);
        AssertResults(All(target, MapRem(W, (I(3), I(4))), 0), Bind());
        AssertResults(All(target, MapRem(W, ThreePairs), 0), Bind());
        AssertResults(All(target, MapRem(W), 0), Bind());
        AssertResults(All(target, MapRem(V(1), (V(0), I(4))), 2), Bind(I(3), Map((I(1), I(2)), (I(5), I(6)))));
        AssertResults(All(target, MapRem(V(0), ThreePairs), 1), Bind(Map()));
        AssertResults(All(target, MapRem(V(0)), 1), Bind(target));
    }
}
