using Rho.Semantics;
using Rho.Semantics.Fuzz;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests.Agreement;

/// <summary>Laws on generated programs, each compared with the reducer's exact outcome set.</summary>
public class GeneratedAgreementTests
{
    private const int Programs = 150;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("RHO_PROPERTY_SEED"), out var s) ? s : 7;

    internal static IEnumerable<(int Seed, string Source, Exploration Exploration)> Cases()
    {
        for (var i = 0; i < Programs; i++)
        {
            var seed = (Seed * 1000) + i;
            var source = new SourceGen(seed).Program(2 + (i % 7));
            var exploration = Rholang.Reduce(source, new ExploreOptions(MaxStates: 3000));
            if (exploration.Verdict == Verdict.Complete)
            {
                yield return (seed, source, exploration);
            }
        }
    }

    [Fact]
    [Trait("Rule", "Law/soundness")]
    [Trait("Rule", "Mach/readback")]
    [Trait("Rule", "Mach/op")]
    public void Soundness_GeneratedPrograms_EveryMachineOutcomeIsAReducerOutcome()
    {
        var checkedRuns = 0;
        foreach (var (seed, source, exploration) in Cases())
        {
            foreach (var options in ExampleAgreementTests.Schedules())
            {
                var r = Oracle.Run(source, options with { MaxSteps = 200_000 });
                if (r.BudgetExhausted)
                {
                    Assert.True(exploration.Divergent, $"seed {seed}: budget exhausted on a program without cycles\n{source}");
                    continue;
                }
                checkedRuns++;
                Assert.True(
                    Oracle.IsOutcome(r, exploration),
                    $"seed {seed} under {options}:\n{source}\nmachine: {Oracle.Show(r)}\nreducer:\n" + string.Join("\n", exploration.Outcomes.Select(Oracle.Show)));
            }
        }
        Assert.True(checkedRuns > Programs * 5, $"only {checkedRuns} runs checked");
    }

    /// <summary>
    /// The channel trick blocks the machine between request and answer, so one seed may interleave differently on
    /// the two paths; the law is about outcomes: where the reducer has one outcome both paths give exactly it, on
    /// every schedule (soundness covers the others).
    /// </summary>
    [Fact]
    [Trait("Rule", "Law/channel-trick")]
    [Trait("Rule", "Prim/channel")]
    [Trait("Rule", "Prim/direct")]
    public void ChannelTrick_DeterministicPrograms_BothPathsGiveTheOneOutcome()
    {
        var checkedPrograms = 0;
        foreach (var (seed, source, exploration) in Cases().Where(c => c.Exploration.Outcomes.Count == 1))
        {
            checkedPrograms++;
            foreach (var s in new[] { 0, 1, 2 })
            {
                var options = new MachineOptions(s == 0 ? SchedulerPolicy.Fifo : SchedulerPolicy.Random, s, MaxSteps: 200_000);
                var direct = Oracle.Run(source, options with { Primitives = PrimitivePath.Direct });
                var channel = Oracle.Run(source, options with { Primitives = PrimitivePath.Channel });
                Assert.True(Oracle.IsOutcome(direct, exploration) && Oracle.IsOutcome(channel, exploration), $"seed {seed}:\n{source}\n{Oracle.Show(direct)}\n{Oracle.Show(channel)}");
                Assert.Equal(direct.Stdout, channel.Stdout);
                Assert.Equal(direct.Stderr, channel.Stderr);
                Assert.Equal(direct.Errors.Select(e => e.ToString()).Order(), channel.Errors.Select(e => e.ToString()).Order());
            }
        }
        Assert.True(checkedPrograms > 30, $"only {checkedPrograms} deterministic programs");
    }

    /// <summary>On the examples, 30 seeds of each path reach the same set of outcomes.</summary>
    [Fact]
    [Trait("Rule", "Law/channel-trick")]
    public void ChannelTrick_Examples_SeedsReachTheSameOutcomeSets()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Oracle.RepoRoot(), "examples"), "*.rho"))
        {
            var source = File.ReadAllText(file);
            HashSet<string> Reached(PrimitivePath path) => Enumerable.Range(0, 30)
                .Select(seed => Oracle.Show(Oracle.Run(source, new MachineOptions(SchedulerPolicy.Random, seed, path))))
                .ToHashSet();
            Assert.True(Reached(PrimitivePath.Direct).SetEquals(Reached(PrimitivePath.Channel)), file);
        }
    }
}

/// <summary><c>Law/soundness</c> with a worker pool: every outcome with N threads is a reducer outcome.</summary>
public class ThreadedAgreementTests
{
    [Fact]
    [Trait("Rule", "Sched/threads")]
    [Trait("Rule", "Law/soundness")]
    public void Threads_GeneratedProgramsAndExamples_EveryOutcomeIsAReducerOutcome()
    {
        var examples = Directory.GetFiles(Path.Combine(Oracle.RepoRoot(), "examples"), "*.rho")
            .Select(f => File.ReadAllText(f))
            .Select(s => (Source: s, Exploration: Rholang.Reduce(s)));
        var generated = GeneratedAgreementTests.Cases().Take(80).Select(c => (c.Source, c.Exploration));
        var runs = 0;
        foreach (var (source, exploration) in examples.Concat(generated))
        {
            foreach (var options in new[]
            {
                new MachineOptions(SchedulerPolicy.Fifo, 0, PrimitivePath.Channel, 200_000, Threads: 3),
                new MachineOptions(SchedulerPolicy.Random, 4, PrimitivePath.Direct, 200_000, Threads: 2),
            })
            {
                var r = Oracle.Run(source, options);
                if (r.BudgetExhausted)
                {
                    Assert.True(exploration.Divergent, source);
                    continue;
                }
                runs++;
                Assert.True(Oracle.IsOutcome(r, exploration), $"{options}:\n{source}\nmachine: {Oracle.Show(r)}");
            }
        }
        Assert.True(runs > 100, $"only {runs} runs");
    }

    [Fact]
    [Trait("Rule", "Sched/threads")]
    [Trait("Rule", "Sched/budget")]
    public void Threads_NonTerminatingProgram_StopsExactlyAtTheBudget()
    {
        var r = Oracle.Run(
            "new c in { contract c(@n) = { c!(n + 1) | c!(n) } | c!(0) }",
            new MachineOptions(MaxSteps: 20_000, Threads: 4));
        Assert.True(r.BudgetExhausted);
        Assert.Equal(20_000, r.Steps);
    }
}
