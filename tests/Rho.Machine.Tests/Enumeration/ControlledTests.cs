using Rho.Compiler;
using Rho.Laws.Generators;
using Rho.Machine.Tests.Agreement;
using Rho.Semantics.Fuzz;
using Rho.Semantics;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests.Enumeration;

/// <summary>The controlled enumeration mode (<c>Mach/controlled</c>) and <c>Law/adequacy</c>: it reaches exactly the reducer's outcomes.</summary>
public class ControlledTests
{
    private static MachineOutcomeSet Explore(string source, PrimitivePath path = PrimitivePath.Direct, int maxStates = 20_000) =>
        RhoMachine.Explore(RhoCompiler.Compile(Rholang.Compile(source)), new MachineExploreOptions(maxStates, 100_000, path));

    /// <summary>Null when the two sets are equal (modulo renaming), else what differs.</summary>
    internal static string? Difference(MachineOutcomeSet machine, Exploration reducer)
    {
        var extra = machine.Outcomes.Where(o => !Outcomes.IsReducerOutcome(o, reducer.Outcomes)).ToList();
        var missing = reducer.Outcomes.Where(o => !Outcomes.IsMachineOutcome(o, machine.Outcomes)).ToList();
        return extra.Count + missing.Count == 0
            ? null
            : "machine only:\n  " + string.Join("\n  ", extra) + "\nreducer only:\n  " + string.Join("\n  ", missing.Select(Outcomes.Show));
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Controlled_FourPrints_ReachesEveryOrderAndIsComplete()
    {
        var set = Explore("new out(`rho:io:stdout`) in { out!(1) | out!(2) | out!(3) | out!(4) }");
        Assert.Equal(Verdict.Complete, set.Verdict);
        Assert.Equal(24, set.Outcomes.Select(o => string.Join(",", o.Stdout)).Distinct().Count());
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Controlled_TwoReceiversOneSend_ReachesBothPartners()
    {
        var set = Explore("new out(`rho:io:stdout`), x in { x!(0) | for (_ <- x) { out!(1) } | for (_ <- x) { out!(2) } }", PrimitivePath.Channel);
        Assert.Equal(Verdict.Complete, set.Verdict);
        Assert.Equal(["1", "2"], set.Outcomes.Select(o => string.Join(",", o.Stdout)).Order());
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Controlled_NonTerminatingProgram_IsCutOff()
    {
        var set = RhoMachine.Explore(
            RhoCompiler.Compile(Rholang.Compile("new out(`rho:io:stdout`), c in { contract c(@n) = { out!(n) | c!(n + 1) } | c!(0) }")),
            new MachineExploreOptions(MaxStates: 500, MaxStepsPerRun: 2_000));
        Assert.Equal(Verdict.CutOff, set.Verdict);
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Controlled_CycleWithoutOutput_IsMergedAndComplete()
    {
        // The state repeats (modulo renaming, pending polls as a set), so the loop is visited once and no run ends: no outcome.
        var set = Explore("new c in { contract c(@n) = { c!(n) } | c!(0) }");
        Assert.Equal(Verdict.Complete, set.Verdict);
        Assert.Empty(set.Outcomes);
    }

    /// <summary>
    /// Examples whose machine state space exceeds the test's budget: the controlled mode has no partial-order
    /// reduction, so independent machines interleave in every order (factorial's recursion spawns many), while the
    /// reducer runs administrative steps first (spec/machine.md, limits).
    /// </summary>
    private static readonly HashSet<string> TooLarge = ["factorial.rho"];

    [Theory]
    [MemberData(nameof(ExampleAgreementTests.Examples), MemberType = typeof(ExampleAgreementTests))]
    [Trait("Rule", "Law/adequacy")]
    public void Adequacy_Example_ControlledOutcomesEqualTheReducers(string file)
    {
        var source = File.ReadAllText(Path.Combine(Oracle.RepoRoot(), "examples", file));
        var reducer = Rholang.Reduce(source);
        Assert.Equal(Verdict.Complete, reducer.Verdict);
        foreach (var path in new[] { PrimitivePath.Direct, PrimitivePath.Channel })
        {
            var machine = Explore(source, path, 4_000);
            if (machine.Verdict == Verdict.CutOff && TooLarge.Contains(file))
            {
                // Cut off: the outcomes found are still reducer outcomes (soundness), but the sets cannot be compared.
                Assert.All(machine.Outcomes, o => Assert.True(Outcomes.IsReducerOutcome(o, reducer.Outcomes), $"{file} ({path}): {o}"));
                continue;
            }
            Assert.True(machine.Verdict == Verdict.Complete, $"{file} ({path}): cut off after {machine.States} states");
            Assert.True(Difference(machine, reducer) is null, $"{file} ({path}):\n{Difference(machine, reducer)}");
        }
    }

    [Fact]
    [Trait("Rule", "Law/adequacy")]
    public void Adequacy_GeneratedPrograms_ControlledOutcomesEqualTheReducers()
    {
        var compared = 0;
        foreach (var (seed, source, reducer) in GeneratedAgreementTests.Cases().Take(40))
        {
            var machine = Explore(source, seed % 2 == 0 ? PrimitivePath.Direct : PrimitivePath.Channel, 5_000);
            if (machine.Verdict != Verdict.Complete)
            {
                continue;
            }
            compared++;
            var diff = Difference(machine, reducer);
            Assert.True(diff is null, $"seed {seed} (replay with RHO_PROPERTY_SEED):\n{source}\n{diff}");
        }
        Assert.True(compared > 25, $"only {compared} programs compared");
    }

    private static bool Law(int[] choices)
    {
        var source = new SourceGen(choices).Program(1 + (choices.Length / 5));
        var reducer = Rholang.Reduce(source, new ExploreOptions(MaxStates: 1000));
        if (reducer.Verdict != Verdict.Complete)
        {
            return true;
        }
        var machine = Explore(source, PrimitivePath.Direct, 2_000);
        return machine.Verdict != Verdict.Complete || Difference(machine, reducer) is null;
    }

    [Fact]
    [Trait("Rule", "Law/adequacy")]
    public void Adequacy_ShrinkingProperty_Holds() => Props.Check(Law, tests: 25, maxLength: 30);
}
