using Rho.Compiler;
using Rho.Semantics;

namespace Rho.Machine.Tests.Enumeration;

/// <summary>A machine outcome as the observer sees it (<c>Mach/readback</c>) and its comparison with the reducer's (<c>Law/soundness</c>).</summary>
public sealed class MachineOutcomeTests
{
    private static MachineResult Run(string source) =>
        RhoMachine.Run(RhoCompiler.Compile(Rholang.Compile(source)), new MachineOptions());

    [Fact]
    [Trait("Rule", "Mach/readback")]
    public void Of_SortsTheRunsErrorsByText_AndKeepsItsOutputsAndResidual()
    {
        // Raised in both orders by the two schedules below; the outcome lists them the same way.
        foreach (var source in new[] { "@1!(1 / 0) | @1!(1 + true) | @0!(1)", "@1!(1 + true) | @1!(1 / 0) | @0!(1)" })
        {
            var r = Run(source);
            Assert.Equal(2, r.Errors.Count);
            Assert.NotEqual(r.Errors[0].ToString(), r.Errors[1].ToString());
            var o = MachineOutcome.Of(r);
            Assert.Equal(r.Errors.Items.Select(e => e.ToString()).Order(StringComparer.Ordinal), o.Errors.Items.Select(e => e.ToString()));
            Assert.Equal(r.Stdout, o.Stdout);
            Assert.Equal(r.Residual, o.Residual);
        }
    }

    [Fact]
    [Trait("Rule", "Mach/readback")]
    public void Of_NullResult_IsAnArgumentError()
    {
        Assert.Throws<ArgumentNullException>(() => MachineOutcome.Of(null!));
    }

    [Fact]
    [Trait("Rule", "Mach/readback")]
    public void ToString_IsTheObservedTextThenTheResidual()
    {
        var o = MachineOutcome.Of(Run("new out(`rho:io:stdout`) in { out!(7) } | @0!(1)"));
        Assert.Equal($"{Outcomes.Observed(o.Stdout, o.Stderr, [])} residual {o.ResidualText}", o.ToString());
        Assert.Contains("7", o.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(" residual " + o.ResidualText, o.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Law/soundness")]
    public void IsReducerOutcome_NullOutcome_IsAnArgumentError()
    {
        Assert.Throws<ArgumentNullException>(() => Outcomes.IsReducerOutcome(null!, []));
    }

    [Fact]
    [Trait("Rule", "Law/soundness")]
    public void IsMachineOutcome_NullReducerOutcome_IsAnArgumentError_EvenAgainstNoOutcomes()
    {
        Assert.Throws<ArgumentNullException>(() => Outcomes.IsMachineOutcome(null!, []));
    }
}
