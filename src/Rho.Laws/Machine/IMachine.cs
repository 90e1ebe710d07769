using Rho.Semantics.Core;

namespace Rho.Laws.Machine;

/// <summary>How to run a program: the scheduler, its seed, the primitive path, the step budget and the worker threads.</summary>
/// <param name="Random">Random scheduling (with <paramref name="Seed"/>) instead of fifo.</param>
/// <param name="Seed">The random scheduler's seed.</param>
/// <param name="ChannelPrimitives">Run primitives through the channel trick instead of directly.</param>
/// <param name="MaxSteps">The step budget.</param>
/// <param name="Threads">Worker threads (1 = the deterministic single-threaded loop).</param>
/// <param name="Priority">The priority policy (when not <paramref name="Random"/>) instead of fifo.</param>
public sealed record Schedule(bool Random = false, int Seed = 0, bool ChannelPrimitives = false, long MaxSteps = 200_000, int Threads = 1, bool Priority = false);

/// <summary>What one run of a machine produced.</summary>
/// <param name="Stdout">Lines printed on <c>rho:io:stdout</c>, in order.</param>
/// <param name="Stderr">Lines printed on <c>rho:io:stderr</c>, in order.</param>
/// <param name="ErrorKinds">The kinds of the runtime errors raised (<c>div-zero</c>, …), in any order.</param>
/// <param name="Residual">The state left, read back as a closed core term (unforgeable names as <see cref="GUnforgeable"/>).</param>
/// <param name="BudgetExhausted">Whether the step budget ran out.</param>
public sealed record MachineRun(
    IReadOnlyList<string> Stdout,
    IReadOnlyList<string> Stderr,
    IReadOnlyList<string> ErrorKinds,
    Proc Residual,
    bool BudgetExhausted);

/// <summary>
/// A machine under test (spec/machine.md): runs a closed Rholang program once, under a schedule.
/// The front end and compiler are the implementation's own.
/// </summary>
/// <remarks>
/// Laws (<see cref="LawSets.Machine"/>), for generated programs P:
/// <list type="bullet">
/// <item><c>Law/soundness</c>: every run of P is one of the reference reducer's outcomes of P
/// (stdout, stderr, error kinds, residual modulo ≡ and renaming of unforgeable names), or exhausts
/// the budget only when P can diverge; under fifo and random schedules, on both primitive paths.</item>
/// <item><c>Law/channel-trick</c>: where P has one outcome, both primitive paths give exactly it.</item>
/// <item><c>Law/multiset</c>: <c>P | Q</c> and <c>Q | P</c> run alike under every schedule.</item>
/// <item><c>Law/isolation</c>: where P has one outcome, <c>P | @Nil!(1 / 0)</c> gives it plus one <c>div-zero</c> error.</item>
/// </list>
/// Errors: a run's runtime errors are outcomes; an exception escaping <see cref="Run"/> is a law failure.
/// </remarks>
public interface IMachine
{
    /// <summary>Compiles and runs a closed program once.</summary>
    /// <param name="source">The program.</param>
    /// <param name="schedule">The schedule.</param>
    /// <returns>The run's outcome.</returns>
    MachineRun Run(string source, Schedule schedule);
}
