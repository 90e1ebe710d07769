using Rho.Laws;
using Rho.Laws.Machine;
using Rho.Semantics;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests.Agreement;

/// <summary>
/// <c>Law/channel-trick</c> on the examples. The generated-program laws run through the law library
/// (<see cref="MachineLawTests"/>).
/// </summary>
public class GeneratedAgreementTests
{
    /// <summary>The law library's generated agreement cases (pinned seed), for the machine's own tests that need them.</summary>
    internal static IEnumerable<(int Seed, string Source, Exploration Exploration)> Cases() =>
        AgreementCases.Generate(LawConfig.Default.SeedFor(AgreementCases.Pinned), 150).Select(c => (c.Seed, c.Source, c.Exploration));

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
        var generated = AgreementCases.Generate(LawConfig.Default.SeedFor(AgreementCases.Pinned), 150).Take(80).Select(c => (c.Source, c.Exploration));
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
