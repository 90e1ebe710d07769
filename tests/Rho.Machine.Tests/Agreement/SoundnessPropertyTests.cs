using Rho.Compiler.Tests.Generators;
using Rho.Semantics;
using Rho.Semantics.Fuzz;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests.Agreement;

/// <summary><c>Law/soundness</c> and <c>Law/channel-trick</c> as shrinking properties (FsCheck and Hedgehog).</summary>
public class SoundnessPropertyTests
{
    private static readonly MachineOptions[] Schedules =
    [
        new(SchedulerPolicy.Fifo, 0, PrimitivePath.Direct, 100_000),
        new(SchedulerPolicy.Random, 1, PrimitivePath.Channel, 100_000),
        new(SchedulerPolicy.Random, 2, PrimitivePath.Direct, 100_000),
    ];

    private static bool Law(int[] choices)
    {
        var source = new SourceGen(choices).Program(1 + (choices.Length / 4));
        var exploration = Rholang.Reduce(source, new ExploreOptions(MaxStates: 2000));
        if (exploration.Verdict != Verdict.Complete)
        {
            return true;
        }
        return Schedules.All(o =>
        {
            var r = Oracle.Run(source, o);
            return r.BudgetExhausted ? exploration.Divergent : Oracle.IsOutcome(r, exploration);
        });
    }

    [Fact]
    [Trait("Rule", "Law/soundness")]
    [Trait("Rule", "Law/channel-trick")]
    public void Soundness_ShrinkingProperty_Holds() => Props.Check(Law, tests: 60, maxLength: 40);
}
