using Rho.Compiler;
using Rho.Machine.Execution;
using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Mutation;

namespace Rho.Machine.Tests.Execution;

/// <summary>Edges of the machine's execution: what each switch of the semantic mutants changes exactly, a leaf MATCH's stack, a non-Bool condition, the resource map when the budget stops a primitive.</summary>
public class MachineEdgeTests
{
    private static MachineResult Run(string source, MachineOptions options) => RhoMachine.Run(RhoCompiler.Compile(Rholang.Compile(source)), options);

    [Fact]
    [Trait("Rule", "Prim/channel")]
    public void ChannelTrickSubSwapped_SwapsTheOperandsOfSubtractionOnly()
    {
        using var _ = Mutants.Enable(Mutant.ChannelTrickSubSwapped);
        var r = Run("new x in { x!(5 - 3, 6 / 3) }", new MachineOptions(Primitives: PrimitivePath.Channel));
        Assert.Equal(Seq.Of<Proc>(new GInt(-2), new GInt(2)), Assert.Single(r.Residual is Send s ? [s] : Array.Empty<Send>()).Args);
    }

    [Fact]
    [Trait("Rule", "Sched/budget")]
    public void BudgetOffByOne_StopsOneStepEarly()
    {
        const string loop = "new c in { contract c(@n) = { c!(n + 1) } | c!(0) }";
        var exact = Run(loop, new MachineOptions(MaxSteps: 100));
        Assert.True(exact.BudgetExhausted);
        Assert.Equal(100, exact.Steps);
        using var _ = Mutants.Enable(Mutant.BudgetOffByOne);
        var mutated = Run(loop, new MachineOptions(MaxSteps: 100));
        Assert.Equal(99, mutated.Steps);
    }

    [Fact]
    [Trait("Rule", "Mach/link")]
    public void SchedulerLosesMachine_LosesExactlyTheSecondSequence()
    {
        const string three = "new x in { x!(0) | x!(1) | x!(2) }";
        Assert.Equal(3, Sends(Run(three, new MachineOptions())));
        using var _ = Mutants.Enable(Mutant.SchedulerLosesMachine);
        Assert.Equal(2, Sends(Run(three, new MachineOptions())));
    }

    private static int Sends(MachineResult r) => r.Residual switch
    {
        Par p => p.Procs.Count(q => q is Send),
        Send => 1,
        _ => 0,
    };

    [Fact]
    [Trait("Rule", "Op/MATCH")]
    public void LeafMatch_Success_PopsTheValue()
    {
        var rt = new Runtime(new MachineOptions(), null);
        rt.Link(RhoCompiler.Compile(Rholang.Compile("match 1 { 1 => Nil }")), []);
        var m = Assert.Single(rt.Runnable());
        Assert.True(rt.RunOne());
        Assert.True(m.Halted);
        Assert.Empty(m.Stack);
    }

    [Theory]
    [InlineData("new x in { x!(1 and true) }")]
    [InlineData("new x in { x!(1 or false) }")]
    [Trait("Rule", "Mach/error")]
    public void NonBoolCondition_RaisesWhatTheEvaluatorRaises_AtItsPosition(string source)
    {
        var r = Run(source, new MachineOptions(Primitives: PrimitivePath.Direct));
        var e = Assert.Single(r.Errors);
        var reduced = Rho.Semantics.Reduction.Explorer.Explore(Rholang.Compile(source));
        var expected = Assert.Single(Assert.Single(reduced.Outcomes).Errors);
        Assert.Equal(expected.Kind, e.Kind);
        Assert.Equal(expected.Message, e.Message);
        Assert.Equal(expected.Pos, e.Pos);
    }

    [Fact]
    [Trait("Rule", "Sched/resources")]
    [Trait("Rule", "Prim/processor")]
    public void BudgetStopsAPrimitive_TheMachinesStepsAreCounted()
    {
        var rt = new Runtime(new MachineOptions(Primitives: PrimitivePath.Channel, MaxSteps: 4), null);
        rt.Link(RhoCompiler.Compile(Rholang.Compile("new x in { x!(1 + 2) }")), []);
        var m = Assert.Single(rt.Runnable());
        Assert.False(rt.RunToCompletion());
        Assert.Equal(4, rt.Resources[m.PrivateChannel.Id]);
    }
}
