using Rho.Semantics.Core;
using static Rho.Semantics.Tests.Matching.MatchTerms;

namespace Rho.Semantics.Tests.Matching;

/// <summary>
/// <c>Pat/par</c> and the item bounds of connectives in a par (spec/matching.md, "Connectives in
/// a par", "Cost"): results the bounds must not lose, and the searches they must not start.
/// </summary>
public class MatchMutParTests
{
    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Par_ClosedPatternWithFewerItemsThanTheTarget_FailsWithoutSearching()
    {
        // Twelve [_] items against thirteen distinct lists: no item is left for a variable or a
        // wildcard, so the count alone decides. Trying the 13!/1! assignments would not end.
        var target = P(Enumerable.Range(0, 13).Select(n => L(I(n))).ToArray());
        var pattern = P(Enumerable.Repeat(L(W), 12).ToArray());
        AssertResults(All(target, pattern, 0));
        AssertResults(All(P(L(I(1)), L(I(2)), L(I(3))), P(L(W), L(W)), 0));
        AssertResults(All(P(L(I(1)), L(I(2))), P(L(W), L(W)), 0), Bind());
        AssertResults(All(P(L(I(1)), L(I(2)), L(I(3))), P(L(W), L(W), W), 0), Bind());
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    [Trait("Rule", "Pat/not")]
    public void Par_LastConnectiveWithoutVariable_TakesTheWholeRestOnly()
    {
        // [x] | ~@0!(_) against [5] | 24 distinct sends: the connective must take all 24 sends
        // (nothing may be left), so it is tried on that one sub-par, not on its 2^24 subsets.
        var sends = Enumerable.Range(1, 24).Select(n => Out(I(n), I(n))).ToArray();
        var target = P([L(I(5)), .. sends]);
        AssertResults(All(target, P(L(V(0)), Not(Out(I(0), W))), 1), Bind(I(5)));
        AssertResults(All(P(L(I(5)), Out(I(0), I(0))), P(L(V(0)), Not(Out(I(0), W))), 1));
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    [Trait("Rule", "Pat/or")]
    public void Par_OrOfAlternativesOfDifferentSizes_TakesASubParOfAnySize()
    {
        // [x] | (1 | 2 | 3 \/ Int \/ Int): the \/ may take three items or one.
        var pattern = P(L(V(0)), Or(P(I(1), I(2), I(3)), Ty(SimpleType.Int), Ty(SimpleType.Int)));
        AssertResults(All(P(I(1), I(2), I(3), L(I(9))), pattern, 1), Bind(I(9)));
        AssertResults(All(P(I(4), L(I(9))), pattern, 1), Bind(I(9)));
        AssertResults(All(P(I(1), I(2), L(I(9))), pattern, 1));
        // 1 | ~Nil \/ 1 | 2: at least one expression, and no upper bound.
        var open = P(L(V(0)), Or(P(I(1), Not(Empty)), P(I(1), I(2))));
        AssertResults(All(P(I(1), I(2), I(3), I(4), L(I(9))), open, 1), Bind(I(9)));
        AssertResults(All(P(I(2), L(I(9))), open, 1));
    }
}
