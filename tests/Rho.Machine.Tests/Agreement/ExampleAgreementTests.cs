using Rho.Semantics;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests.Agreement;

/// <summary><c>Law/soundness</c> on every example: each machine outcome is one of the reducer's.</summary>
public class ExampleAgreementTests
{
    public static TheoryData<string> Examples() =>
        new(Directory.GetFiles(Path.Combine(Oracle.RepoRoot(), "examples"), "*.rho").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Examples))]
    [Trait("Rule", "Law/soundness")]
    [Trait("Rule", "Mach/readback")]
    public void Soundness_Example_MachineOutcomeIsAReducerOutcome(string file)
    {
        var source = File.ReadAllText(Path.Combine(Oracle.RepoRoot(), "examples", file));
        var exploration = Rholang.Reduce(source);
        Assert.Equal(Verdict.Complete, exploration.Verdict);
        foreach (var options in Schedules())
        {
            var r = Oracle.Run(source, options);
            Assert.False(r.BudgetExhausted);
            Assert.True(
                Oracle.IsOutcome(r, exploration),
                $"{file} under {options}: {Oracle.Show(r)}\nreducer:\n" + string.Join("\n", exploration.Outcomes.Select(Oracle.Show)));
        }
    }

    internal static IEnumerable<MachineOptions> Schedules()
    {
        foreach (var path in new[] { PrimitivePath.Direct, PrimitivePath.Channel })
        {
            yield return new MachineOptions(SchedulerPolicy.Fifo, 0, path);
            yield return new MachineOptions(SchedulerPolicy.Priority, 0, path);
            for (var seed = 1; seed <= 5; seed++)
            {
                yield return new MachineOptions(SchedulerPolicy.Random, seed, path);
            }
        }
    }
}
