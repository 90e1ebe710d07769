using Rho.Compiler;
using Rho.Laws.Machine;
using Rho.Semantics;

namespace Rho.Machine.Tests.Laws;

/// <summary>Our front end, compiler and machine as the law library's <see cref="IMachine"/>.</summary>
public sealed class RhoMachineLaws : IMachine
{
    /// <summary>The one instance.</summary>
    public static RhoMachineLaws Instance { get; } = new();

    /// <summary>The machine options a law schedule stands for.</summary>
    public static MachineOptions Options(Schedule s) => new(
        s.Random ? SchedulerPolicy.Random : s.Priority ? SchedulerPolicy.Priority : SchedulerPolicy.Fifo,
        s.Seed,
        s.ChannelPrimitives ? PrimitivePath.Channel : PrimitivePath.Direct,
        s.MaxSteps,
        s.Threads);

    /// <summary>A machine result as the law library sees it.</summary>
    public static MachineRun Observed(MachineResult r) =>
        new(r.Stdout, r.Stderr, [.. r.Errors.Select(e => e.Kind)], r.Residual, r.BudgetExhausted);

    public MachineRun Run(string source, Schedule schedule) =>
        Observed(RhoMachine.Run(RhoCompiler.Compile(Rholang.Compile(source)), Options(schedule)));
}
