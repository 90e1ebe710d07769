using static Rho.Semantics.Tests.Matching.MatchTerms;

namespace Rho.Semantics.Tests.Matching;

public partial class SpatialMatcherTests
{
    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Par_NilPattern_MatchesOnlyNil()
    {
        AssertResults(All(Empty, Empty, 0), Bind());
        AssertResults(All(I(1), Empty, 0));
        AssertResults(All(P(I(1), I(2)), Empty, 0));
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Par_TwoListPatterns_EachTakesItsOwnItem()
    {
        // [7, 8] | [7, 9]  against  [x, 9] | [7, y]
        var target = P(L(I(7), I(8)), L(I(7), I(9)));
        AssertResults(All(target, P(L(V(0), I(9)), L(I(7), V(1))), 2), Bind(I(7), I(8)));
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    [Trait("Rule", "Pat/var")]
    public void Par_VariableBesideItems_TakesTheLeftovers()
    {
        var target = P(I(7), I(8), I(9));
        AssertResults(All(target, P(I(8), V(0)), 1), Bind(P(I(7), I(9))));
        AssertResults(All(target, P(I(8), I(9), V(0)), 1), Bind(I(7)));
        AssertResults(All(target, P(I(7), I(8), I(9), V(0)), 1), Bind(Empty));
        AssertResults(All(target, P(I(6), V(0)), 1));
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    [Trait("Rule", "Pat/wildcard")]
    public void Par_WildcardBesideItems_DropsTheLeftovers()
    {
        var target = P(I(7), I(8), I(9));
        AssertResults(All(target, P(I(8), W), 0), Bind());
        // With a variable too, the variable takes the leftovers.
        AssertResults(All(target, P(I(8), V(0), W), 1), Bind(P(I(7), I(9))));
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Par_NoVariableOrWildcard_NeedsEveryItemMatched()
    {
        AssertResults(All(P(I(7), I(8)), P(I(7), V(0)), 1), Bind(I(8)));
        AssertResults(All(P(I(7), I(8), I(9)), P(I(7), L(V(0))), 1));
        AssertResults(All(P(L(I(1)), I(8)), P(I(8), L(V(0))), 1), Bind(I(1)));
        AssertResults(All(P(L(I(1)), L(I(2)), I(8)), P(I(8), L(V(0))), 1));
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    [Trait("Rule", "Div/par-rest-var")]
    public void Par_SeveralVariables_OneTakesEverythingOthersNil()
    {
        // The reference gives all leftovers to its first variable and leaves the others Nil;
        // with canonical numbering any of them may be that variable, so each is a result.
        AssertResults(All(P(I(1), I(1)), P(V(0), V(1)), 2), Bind(P(I(1), I(1)), Empty), Bind(Empty, P(I(1), I(1))));
        var three = P(I(1), I(2), I(3));
        AssertResults(All(three, P(V(0), V(1), W), 2), Bind(three, Empty), Bind(Empty, three));
        AssertResults(All(P(L(I(5)), I(2)), P(L(V(2)), V(1), V(0)), 3), Bind(I(2), Empty, I(5)), Bind(Empty, I(2), I(5)));
        // Nothing left: every variable is Nil, one result.
        AssertResults(All(L(I(5)), P(L(V(2)), V(1), V(0)), 3), Bind(Empty, Empty, I(5)));
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Par_LaterItemForcesRevision_StillFindsTheMatch()
    {
        // [1, [x]] | [y, [2]]  against  [1, [2]] | [1, [3]]
        var target = P(L(I(1), L(I(2))), L(I(1), L(I(3))));
        AssertResults(All(target, P(L(I(1), L(V(0))), L(V(1), L(I(2)))), 2), Bind(I(3), I(1)));
        AssertResults(All(target, P(L(I(1), LRem(V(0))), L(V(1), L(I(2)))), 2), Bind(L(I(3)), I(1)));
        var target2 = P(L(I(1), L(I(2), I(2))), L(I(1), L(I(3), I(2))));
        AssertResults(All(target2, P(L(I(1), L(V(0), I(2))), L(V(1), L(I(2), I(2)))), 2), Bind(I(3), I(1)));
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    [Trait("Rule", "Pat/var")]
    public void Par_OpenItemUnderBinder_OnlyAPatternItemMayTakeIt()
    {
        // new a in { [1] | [a] }  against  new a in { [_] | x }: x can take [1] only.
        var target = NewN(1, P(L(I(1)), L(B(0))));
        AssertResults(All(target, NewN(1, P(L(W), V(0))), 1), Bind(L(I(1))));
        AssertResults(All(target, NewN(1, V(0)), 1));
        AssertResults(All(target, NewN(1, P(L(I(1)), W)), 0), Bind());
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    [Trait("Rule", "Div/match-all")]
    public void Par_EveryAssignment_IsEnumeratedOnce()
    {
        AssertResults(All(P(L(I(1)), L(I(2))), P(L(V(0)), L(V(1))), 2), Bind(I(1), I(2)), Bind(I(2), I(1)));
        // Equal target items give one result, not one per copy.
        AssertResults(All(P(L(I(1)), L(I(1))), P(L(V(0)), L(V(1))), 2), Bind(I(1), I(1)));
        AssertResults(
            All(P(L(I(1)), L(I(2)), I(3)), P(L(V(0)), V(1)), 2),
            Bind(I(1), P(L(I(2)), I(3))),
            Bind(I(2), P(L(I(1)), I(3))));
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Par_ThousandItemsAgainstVariable_EnumeratesOnlyTheLegalSplits()
    {
        var items = Enumerable.Repeat(I(1), 1000).ToArray();
        var target = P(items);
        AssertResults(All(target, V(0), 1), Bind(target));
        AssertResults(All(target, P(I(1), V(0)), 1), Bind(P(items[1..])));
        AssertResults(All(target, P(L(V(1)), V(0)), 2));
    }
}
