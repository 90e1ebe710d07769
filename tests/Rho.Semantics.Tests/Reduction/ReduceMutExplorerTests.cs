using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Reduction;

namespace Rho.Semantics.Tests.Reduction;

/// <summary>
/// The explorer's budgets, modes and verdicts (spec/semantics.md §4), at their exact boundaries.
/// </summary>
public class ReduceMutExplorerTests
{
    /// <summary>Two steps: <c>New/fresh</c>, then <c>Sys/stdout</c>.</summary>
    private const string TwoSteps = "new o(`rho:io:stdout`) in { o!(1) }";

    [Fact]
    public void MaxDepth_ARunOfExactlyTheBudget_IsComplete_OneStepLongerIsCutOff()
    {
        // Before the fix, a terminal state at depth MaxDepth was cut off unexamined, so this
        // two-step program needed --max-depth 3 ("do not follow paths longer than N steps").
        var exact = Rholang.Reduce(TwoSteps, new ExploreOptions(MaxDepth: 2));
        Assert.Equal(Verdict.Complete, exact.Verdict);
        Assert.Equal(["1"], Assert.Single(exact.Outcomes).Stdout);
        var cut = Rholang.Reduce(TwoSteps, new ExploreOptions(MaxDepth: 1));
        Assert.Equal(Verdict.CutOff, cut.Verdict);
        Assert.Empty(cut.Outcomes);
        Assert.Equal(2, cut.States.Count);
        var nil = Rholang.Reduce("Nil", new ExploreOptions(MaxDepth: 0));
        Assert.Equal(Verdict.Complete, nil.Verdict);
        Assert.Equal("Nil", Assert.Single(nil.Outcomes).Residual);
    }

    [Fact]
    public void MaxDepth_BoundsAnEndlessChain()
    {
        var e = Rholang.Reduce("new c in { contract c(@n) = { c!(n + 1) } | c!(0) }", new ExploreOptions(MaxDepth: 6));
        Assert.Equal(Verdict.CutOff, e.Verdict);
        Assert.Equal(7, e.States.Count);
        Assert.Empty(e.Outcomes);
        Assert.False(e.Divergent);
    }

    [Fact]
    public void MaxStates_IsTheExactNumberOfStatesVisited()
    {
        const string twoPrints = "new o(`rho:io:stdout`) in { o!(1) | o!(2) }";
        Assert.Equal(6, Rholang.Reduce(twoPrints).States.Count);
        var exact = Rholang.Reduce(twoPrints, new ExploreOptions(MaxStates: 6));
        Assert.Equal(Verdict.Complete, exact.Verdict);
        var cut = Rholang.Reduce(twoPrints, new ExploreOptions(MaxStates: 4));
        Assert.Equal(Verdict.CutOff, cut.Verdict);
        Assert.Equal(4, cut.States.Count);
    }

    [Fact]
    public void AllInterleavings_FollowsEveryAdministrativeRedex_TheDefaultOnlyTheFirst()
    {
        const string twoMatches = "match 1 { 1 => Nil } | match 2 { 2 => Nil }";
        var reduced = Rholang.Reduce(twoMatches);
        var all = Rholang.Reduce(twoMatches, new ExploreOptions(AllInterleavings: true));
        Assert.Equal(3, reduced.States.Count);
        Assert.Equal(4, all.States.Count);
        Assert.Equal(reduced.Outcomes, all.Outcomes);
    }

    [Fact]
    public void Divergent_TerminatingProgram_IsNotDivergent()
    {
        var e = Rholang.Reduce("new c, o(`rho:io:stdout`) in { c!(1) | c!(2) | for (@x <- c) { o!(x) } }");
        Assert.True(e.IsComplete);
        Assert.False(e.Divergent);
    }

    [Fact]
    public void Divergent_ALoopAwayFromTheInitialState_IsACycle()
    {
        var e = Rholang.Reduce("new o(`rho:io:stdout`) in { o!(0) | new c in { contract c(_) = { c!(0) } | c!(0) } }");
        Assert.True(e.IsComplete);
        Assert.True(e.Divergent);
        Assert.Empty(e.Outcomes);
    }

    [Fact]
    public void Explore_ACrashInsideTheReducer_IsTheErrorVerdict()
    {
        // A free de Bruijn variable: the term is not closed, which no normalized program can be.
        var open = new Send(new GSysChannel("rho:io:stdout"), Seq.Of<Proc>(new BoundVar(0)), false);
        var e = Explorer.Explore(open);
        Assert.Equal(Verdict.Error, e.Verdict);
        Assert.False(e.IsComplete);
        Assert.Equal(ErrorKinds.Crash, e.Failure?.Kind);
        Assert.Empty(e.Outcomes);
    }

    [Fact]
    public void Step_NullState_IsAnArgumentError()
    {
        Assert.Throws<ArgumentNullException>(() => Reducer.Step(null!));
        Assert.Throws<ArgumentNullException>(() => Reducer.StepReduced(null!));
    }
}
