using Rho.Laws.Machine;
using Rho.Machine.Tests.Laws;

namespace Rho.Laws.Tests.Machine;

/// <summary>The machine law set catches a broken machine (one that loses its last printed line) and reports the program.</summary>
public class BrokenMachineTests
{
    private sealed class LosesLastLine : IMachine
    {
        public MachineRun Run(string source, Schedule schedule)
        {
            var r = RhoMachineLaws.Instance.Run(source, schedule);
            return r with { Stdout = [.. r.Stdout.Take(Math.Max(0, r.Stdout.Count - 1))] };
        }
    }

    [Fact]
    public void Soundness_MachineThatLosesOutput_FailsWithTheProgramAndSeed()
    {
        var results = LawRunner.Check(LawSets.Machine, "Law/soundness", new LosesLastLine(), new LawConfig(Tests: 20));
        Assert.All(results, r => Assert.False(r.Holds));
        var sweep = results[0];
        Assert.Contains("new out(`rho:io:stdout`)", sweep.Counterexample!.Source, StringComparison.Ordinal);
        Assert.Contains("generator seed", sweep.Counterexample.Message, StringComparison.Ordinal);
    }
}
