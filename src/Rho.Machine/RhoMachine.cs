using Rho.Compiler.Bytecode;
using Rho.Machine.Execution;
using Rho.Machine.Enumeration;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;

namespace Rho.Machine;

/// <summary>How the scheduler picks the next task (<c>Sched/fifo</c>, <c>Sched/random</c>, <c>Sched/priority</c>).</summary>
public enum SchedulerPolicy
{
    /// <summary>Oldest task first.</summary>
    Fifo,

    /// <summary>Any task, chosen by a generator seeded with <see cref="MachineOptions.Seed"/>.</summary>
    Random,

    /// <summary>Pending communications first (oldest first), then the machine with the fewest steps taken (oldest first).</summary>
    Priority,
}

/// <summary>How primitive operations run (<c>Prim/direct</c>, <c>Prim/channel</c>).</summary>
public enum PrimitivePath
{
    /// <summary>Over the machine's private channel to the primitive processor.</summary>
    Channel,

    /// <summary>Inline.</summary>
    Direct,
}

/// <summary>Options of a machine run.</summary>
/// <param name="Scheduler">The scheduling policy.</param>
/// <param name="Seed">The seed of the random policy.</param>
/// <param name="Primitives">The primitive path.</param>
/// <param name="MaxSteps">The step budget (<c>Sched/budget</c>).</param>
/// <param name="Threads">Worker threads (<c>Sched/threads</c>); 1 runs on the caller's thread, reproducibly.</param>
public sealed record MachineOptions(
    SchedulerPolicy Scheduler = SchedulerPolicy.Fifo,
    int Seed = 0,
    PrimitivePath Primitives = PrimitivePath.Channel,
    long MaxSteps = 10_000_000,
    int Threads = 1);

/// <summary>The result of a machine run.</summary>
/// <param name="Stdout">Lines printed on stdout, in order.</param>
/// <param name="Stderr">Lines printed on stderr, in order.</param>
/// <param name="Errors">Runtime errors raised, in order.</param>
/// <param name="BudgetExhausted">Whether the step budget ran out before the run ended.</param>
/// <param name="Steps">Steps taken.</param>
/// <param name="MachinesSpawned">State machines created.</param>
/// <param name="Residual">The residual state read back (<c>Mach/readback</c>), canonical as the reducer's.</param>
public sealed record MachineResult(
    Seq<string> Stdout,
    Seq<string> Stderr,
    Seq<RhoError> Errors,
    bool BudgetExhausted,
    long Steps,
    int MachinesSpawned,
    Proc Residual)
{
    /// <summary>
    /// Machines left out of <see cref="Residual"/>: stopped by the budget after acting, in a sequence with more to do
    /// (only hand-written code has such sequences; <c>Mach/readback</c>).
    /// </summary>
    public int UnreadableMachines { get; init; }

    /// <summary>The residual printed as the reducer prints an outcome's residual.</summary>
    public string ResidualText => Printer.Print(Residual);
}

/// <summary>The Rho machine: runs compiled processes as isolated state machines over an RSpace (spec/machine.md).</summary>
public static class RhoMachine
{
    /// <summary>Loads <paramref name="program"/> (one machine per sequence, fresh names per link group) and runs it.</summary>
    /// <param name="program">A verified compiled process.</param>
    /// <param name="options">Scheduler, primitive path and budget.</param>
    /// <param name="onOutput">Called as each line is printed.</param>
    /// <returns>The outputs, errors, budget verdict and residual state.</returns>
    public static MachineResult Run(CompiledProcess program, MachineOptions? options = null, Action<Output>? onOutput = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        return DeepStack.Run(() =>
        {
            var o = options ?? new MachineOptions();
            var rt = new Runtime(o, onOutput);
            rt.Link(program, []);
            // Stryker disable once Conditional,Equality : one thread's loop and a pool of workers reach outcomes of the same set (Law/soundness, tested for both); which one ran shows only in speed
            var finished = o.Threads > 1 ? rt.RunParallel(o.Threads) : rt.RunToCompletion();
            var (state, unreadable) = Readback.Residual(rt.Space, rt);
            var residual = Reducer.Initial(state).Residual;
            return new MachineResult(
                rt.Stdout.ToSeq(), rt.Stderr.ToSeq(), rt.Errors.ToSeq(), !finished, rt.Steps, rt.MachinesSpawned, residual)
            {
                UnreadableMachines = unreadable,
            };
        });
    }

    /// <summary>
    /// <c>Mach/controlled</c>: runs <paramref name="program"/> under every schedule (every choice of next task and of
    /// RSpace partners), merging states equal up to queue order and renaming, and returns every outcome reached.
    /// </summary>
    /// <param name="program">A verified compiled process.</param>
    /// <param name="options">The state budget, the step budget of one schedule and the primitive path.</param>
    /// <returns>The outcomes and the verdict: Complete when every schedule ended within the budgets, else CutOff.</returns>
    public static MachineOutcomeSet Explore(CompiledProcess program, MachineExploreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        return DeepStack.Run(() => Controlled.Explore(program, options ?? new MachineExploreOptions()));
    }
}
