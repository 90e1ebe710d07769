using Rho.Compiler;
using Rho.Compiler.Bytecode;
using Rho.Machine.Execution;
using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Machine.Tests.Execution;

/// <summary>
/// The scheduler at its edges: the resource map when the budget ends inside a slice or right at its end
/// (<c>Sched/resources</c>, <c>Sched/budget</c>), the rule of a receive's bundle error (<c>Mach/receive</c>), and a crash
/// inside a worker thread, which the run rethrows on the caller's thread (<c>Sched/threads</c>).
/// </summary>
public sealed class SchedulerEdgeTests
{
    private static readonly string Sum = string.Join(" + ", Enumerable.Range(0, 40));

    private static Runtime Stopped(string source, long maxSteps)
    {
        var rt = new Runtime(new MachineOptions(Primitives: PrimitivePath.Direct, MaxSteps: maxSteps), null);
        rt.Link(RhoCompiler.Compile(Rholang.Compile(source)), []);
        Assert.False(rt.RunToCompletion());
        return rt;
    }

    [Fact]
    [Trait("Rule", "Sched/resources")]
    [Trait("Rule", "Sched/budget")]
    public void BudgetEndingInsideASlice_CountsTheStepsTheMachineTookInIt()
    {
        // 70 steps: a slice of 32 for each long machine, then 6 for the first before the budget ends.
        var rt = Stopped($"new x in {{ x!({Sum}) | x!({Sum} + 1) }}", 70);
        Assert.Equal(70, rt.Steps);
        Assert.Equal(70, rt.Resources.Values.Sum());
        Assert.Equal([32L, 38L], rt.Resources.Values.Order());
    }

    [Fact]
    [Trait("Rule", "Sched/resources")]
    [Trait("Rule", "Sched/budget")]
    public void BudgetEndingAtASlicesEnd_GivesNoEntryToTheMachineThatTookNoStep()
    {
        // The first machine's slice spends the whole budget; the second is taken and stopped before its first step.
        var rt = Stopped($"new x in {{ x!({Sum}) | x!({Sum} + 1) }}", 32);
        Assert.Equal(32L, Assert.Single(rt.Resources.Values));
    }

    [Theory]
    [InlineData("new c in { c!(bundle-{\"a\"}) | for (@b <- c) { @b!(1) } }", "Trying to send on non-writeable channel.")]
    [InlineData("new c in { c!(bundle+{\"a\"}) | for (@b <- c) { for (@x <- @b) { Nil } } }", "Trying to read from non-readable channel.")]
    [Trait("Rule", "Mach/send")]
    [Trait("Rule", "Mach/receive")]
    public void UsingABundleAgainstItsPermission_IsABundlePermissionError_UnderItsRule(string source, string message)
    {
        var result = RhoMachine.Run(RhoCompiler.Compile(Rholang.Compile(source)));
        var e = Assert.Single(result.Errors);
        Assert.Equal(ErrorKinds.BundlePermission, e.Kind);
        Assert.Equal("Error/" + ErrorKinds.BundlePermission, e.Rule);
        Assert.Equal(message, e.Message);
    }

    [Fact]
    [Trait("Rule", "Sched/threads")]
    public void ACrashInAWorker_IsRethrownOnTheCallersThread_AndTheOtherWorkersStop()
    {
        // Unverified code with a byte that is no opcode crashes the machine's dispatch (a bug class, not a language
        // error). With two workers, one runs it and crashes; the other, waiting for work, must be woken to stop.
        var bad = new Code(Seq.Of((byte)0xFF, (byte)Opcode.Halt), Seq<Const>.Empty);
        var p = CompiledProcess.Of([bad], []);
        var e = Assert.Throws<RhoException>(() => RhoMachine.Run(p, new MachineOptions(Threads: 2)));
        Assert.Equal(ErrorClass.Crash, e.Error.Class);
        Assert.Equal("unknown opcode 0xff", e.Error.Message);
    }

    [Fact]
    [Trait("Rule", "Sched/threads")]
    [Trait("Rule", "Sched/budget")]
    public void ADivergentProgramOnTwoWorkers_StopsAtItsBudget()
    {
        // Each worker takes its steps as credit from the shared budget (Sched/local); when none is left and no worker
        // holds any, the run ends exhausted, never past the budget.
        var p = RhoCompiler.Compile(Rholang.Compile("new c in { contract c(@n) = { c!(n + 1) | c!(n + 2) } | c!(0) }"));
        var result = RhoMachine.Run(p, new MachineOptions(MaxSteps: 5_000, Threads: 2));
        Assert.True(result.BudgetExhausted);
        Assert.InRange(result.Steps, 1, 5_000);
    }
}
