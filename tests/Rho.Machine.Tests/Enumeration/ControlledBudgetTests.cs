using Rho.Compiler;
using Rho.Semantics;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests.Enumeration;

/// <summary>
/// The controlled mode's bookkeeping (<c>Mach/controlled</c>): the runs it replays, its state bound, the divergence
/// flag and the verdict of a schedule that spends its step budget, and the order of an outcome's errors.
/// </summary>
public sealed class ControlledBudgetTests
{
    private const string TwoPrints = "new out(`rho:io:stdout`) in { out!(1) | out!(2) }";

    /// <summary>A counter loop: every step reaches a new state, so each schedule runs until its step budget is spent.</summary>
    private const string Counter = "new c in { contract c(@n) = { c!(n + 1) } | c!(0) }";

    private static MachineOutcomeSet Explore(string source, int maxStates = 20_000, long maxSteps = 100_000) =>
        RhoMachine.Explore(RhoCompiler.Compile(Rholang.Compile(source)), new MachineExploreOptions(maxStates, maxSteps));

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Controlled_Runs_CountsEveryReplayedSchedule_AtLeastOnePerOutcome()
    {
        // Each distinct outcome ends a run of its own, so the runs replayed are at least the outcomes found.
        var set = Explore("new out(`rho:io:stdout`) in { out!(1) | out!(2) | out!(3) }");
        Assert.Equal(6, set.Outcomes.Count);
        Assert.True(set.Runs >= set.Outcomes.Count, $"runs {set.Runs}");
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Controlled_MaxStates_IsTheMostStatesVisited_NotOneFewer()
    {
        var full = Explore(TwoPrints);
        Assert.Equal(Verdict.Complete, full.Verdict);
        Assert.True(full.States > 1, $"states {full.States}");
        var exact = Explore(TwoPrints, maxStates: full.States);
        Assert.Equal(Verdict.Complete, exact.Verdict);
        Assert.Equal(full.States, exact.States);
        var fewer = Explore(TwoPrints, maxStates: full.States - 1);
        Assert.Equal(Verdict.CutOff, fewer.Verdict);
        Assert.Equal(full.States, fewer.States);
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Controlled_TerminatingProgram_IsNotDivergent()
    {
        var set = Explore(TwoPrints);
        Assert.False(set.Divergent);
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Controlled_ScheduleThatSpendsItsSteps_IsDivergentAndCutOff_WithinTheStateBound()
    {
        // The step budget, not the state bound, cuts this run off: the verdict comes from the divergent schedule.
        var set = Explore(Counter, maxStates: 20_000, maxSteps: 50);
        Assert.True(set.States < 20_000, $"states {set.States}");
        Assert.True(set.Divergent);
        Assert.Equal(Verdict.CutOff, set.Verdict);
        Assert.Empty(set.Outcomes);
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Controlled_TwoDivergentSchedules_StayDivergent()
    {
        // Two counters: more than one schedule spends its steps, and the flag stays set after the second.
        var set = Explore("new c, d in { contract c(@n) = { c!(n + 1) } | c!(0) | contract d(@n) = { d!(n + 1) } | d!(0) }", maxSteps: 20);
        Assert.True(set.Runs >= 2, $"runs {set.Runs}");
        Assert.True(set.Divergent);
        Assert.Equal(Verdict.CutOff, set.Verdict);
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Controlled_OutcomeErrors_AreSortedByText_WhateverOrderTheyWereRaisedIn()
    {
        var set = Explore("new out(`rho:io:stdout`) in { out!(1 / 0) | out!(1 + true) }");
        Assert.NotEmpty(set.Outcomes);
        Assert.All(set.Outcomes, o =>
        {
            Assert.Equal(2, o.Errors.Count);
            Assert.NotEqual(o.Errors[0].ToString(), o.Errors[1].ToString());
            Assert.Equal(o.Errors.Items.Select(e => e.ToString()).Order(StringComparer.Ordinal), o.Errors.Items.Select(e => e.ToString()));
        });
    }
}
