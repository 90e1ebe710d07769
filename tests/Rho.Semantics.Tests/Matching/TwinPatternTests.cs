using Rho.Semantics.Core;
using Rho.Semantics.Matching;
using static Rho.Semantics.Tests.Matching.MatchTerms;

namespace Rho.Semantics.Tests.Matching;

/// <summary>
/// spec/matching.md, "Cost": equal par patterns that bind nothing (several <c>[_]</c>) are
/// interchangeable, so the search gives them their targets in target order and finds each result
/// once, instead of once per permutation. Equal patterns that bind keep every order: the later
/// binding wins, so swapping them changes the result.
/// </summary>
public class TwinPatternTests
{
    private static List<(Env Env, IReadOnlyList<int> Left)> Assign(List<Proc> targets, List<Proc> patterns, bool twins = true) =>
        Assignment.All(targets, patterns, Pattern.HasVars, (t, p, e) => Matcher.Match(t, p, e, 0), Env.Empty, twins ? Pattern.Binds : null).ToList();

    private static List<Proc> Lists(int n) => Enumerable.Range(1, n).Select(i => L(I(i))).ToList();

    private static List<Proc> Holes(int n) => Enumerable.Range(0, n).Select(_ => L(W)).ToList();

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Assignment_EqualWildcardPatterns_TakeTheirTargetsInOrder_OneAssignment()
    {
        var one = Assert.Single(Assign(Lists(3), Holes(3)));
        Assert.Empty(one.Left);
        // Without the twins every permutation is an assignment of its own: 3! of them.
        Assert.Equal(6, Assign(Lists(3), Holes(3), twins: false).Count);
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Assignment_TwoWildcardTwinsAmongFourTargets_OneAssignmentPerPairOfTargets()
    {
        var lefts = Assign(Lists(4), Holes(2)).Select(a => string.Join(",", a.Left)).ToList();
        Assert.Equal(["2,3", "1,3", "1,2", "0,3", "0,2", "0,1"], lefts);
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Par_TwelveWildcardListsAgainstTwelveLists_OneResult_NotTwelveFactorial()
    {
        // 12! = 479,001,600 permutations before the twins: this would not finish.
        var target = P([.. Lists(12)]);
        AssertResults(All(target, P([.. Holes(12)]), 0), Bind());
        AssertResults(All(P([.. Lists(11)]), P([.. Holes(12)]), 0));
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Par_WildcardTwinsWithARest_EachRestOnce()
    {
        // [_] | [_] | x against [1] | [2] | [3]: x is whichever list is left.
        var target = P(L(I(1)), L(I(2)), L(I(3)));
        AssertResults(All(target, P(L(W), V(0), L(W)), 1), Bind(L(I(1))), Bind(L(I(2))), Bind(L(I(3))));
        // The twins need not be next to each other, and other patterns between them still choose freely.
        AssertResults(
            All(P(L(I(1)), L(I(2)), L(I(3)), I(7)), P(L(W), L(V(0)), L(W), I(7)), 1),
            Bind(I(1)),
            Bind(I(2)),
            Bind(I(3)));
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Par_EqualPatternsThatBind_KeepEveryOrder()
    {
        // [x] | [x] is no valid pattern (the normalizer rejects it), but the matcher's contract is that the later
        // binding wins; each order of the targets gives its own result.
        AssertResults(All(P(L(I(1)), L(I(2))), P(L(V(0)), L(V(0))), 1), Bind(I(2)), Bind(I(1)));
        Assert.Equal(2, Assign([L(I(1)), L(I(2))], [L(V(0)), L(V(0))]).Count);
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Twins_NearestEarlierEqualPatternThatBindsNothing()
    {
        List<Proc> open = [L(W), L(W), L(V(0)), L(W), L(V(0)), Ty(SimpleType.Int)];
        Assert.Equal([-1, 0, -1, 1, -1, -1], Assignment.Twins(open, Pattern.Binds));
        Assert.Equal([-1, -1, -1, -1, -1, -1], Assignment.Twins(open, null));
        Assert.Equal([-1, -1, 1], Assignment.Twins<Proc>([L(I(1), W), L(W), L(W)], Pattern.Binds));
    }

    [Theory]
    [MemberData(nameof(BindsCases))]
    [Trait("Rule", "Pat/par")]
    public void Binds_ExactlyWhenAVariableOfThePatternItselfIsThere(Proc p, bool binds) =>
        Assert.Equal(binds, Pattern.Binds(p));

    public static TheoryData<Proc, bool> BindsCases()
    {
        var bindOnX = new ReceiveBind(Seq.Of(V(0)), U(1), null, 1);
        var bindOnVar = new ReceiveBind(Seq.Of(V(0)), V(3), null, 1);
        return new()
        {
            { V(0), true },
            { W, false },
            { Ty(SimpleType.Int), false },
            { I(1), false },
            { L(W, I(2)), false },
            { L(I(1), V(0)), true },
            { LRem(W, I(1)), false },
            { LRem(V(0), I(1)), true },
            { P(I(1), Not(I(2))), false },
            { And(V(0), Ty(SimpleType.Int)), true },
            { new Bundle(V(0), true, true), false },
            // A receive's own patterns belong to it; its source and body are the pattern's.
            { new Receive(Seq.Of(bindOnX), Empty, ReceiveKind.Linear, 1), false },
            { new Receive(Seq.Of(bindOnVar), Empty, ReceiveKind.Linear, 1), true },
            { new Receive(Seq.Of(bindOnX), V(4), ReceiveKind.Linear, 1), true },
            { new Receive(Seq.Of(bindOnX, bindOnVar), Empty, ReceiveKind.Linear, 2), true },
            { new Match(I(1), Seq.Of(new MatchCase(V(0), Empty, 1))), false },
            { new Match(V(2), Seq.Of(new MatchCase(W, Empty, 0))), true },
            { new Match(I(1), Seq.Of(new MatchCase(W, V(2), 0))), true },
            { new Match(I(1), Seq.Of(new MatchCase(W, Empty, 0), new MatchCase(W, V(2), 0))), true },
            { new EMatches(I(1), V(0)), false },
            { new EMatches(V(1), W), true },
        };
    }
}
