using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;

namespace Rho.Laws.Machine;

/// <summary>Decides whether one machine run is one of the reference reducer's outcomes (<c>Law/soundness</c>).</summary>
public static class OutcomeOracle
{
    /// <summary>
    /// The run is one of the exploration's outcomes: same stdout, stderr and error kinds, and a residual equal modulo ≡
    /// and renaming of unforgeable names (<see cref="OutcomeComparison.IsOutcome"/>).
    /// </summary>
    /// <param name="run">The machine's run.</param>
    /// <param name="exploration">The reducer's complete exploration of the same program.</param>
    /// <returns>True when the run is an outcome.</returns>
    public static bool IsOutcome(MachineRun run, Exploration exploration)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(exploration);
        return OutcomeComparison.IsOutcome(run.Stdout, run.Stderr, run.ErrorKinds, run.Residual, exploration.Outcomes);
    }

    /// <summary>A run in one line: stdout, stderr, error kinds (sorted) and the residual.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The line.</returns>
    public static string Show(MachineRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return OutcomeComparison.Observed(run.Stdout, run.Stderr, run.ErrorKinds) + " residual " + Printer.Print(run.Residual);
    }

    /// <summary>An outcome in the same form as <see cref="Show(MachineRun)"/>.</summary>
    /// <param name="outcome">The reducer's outcome.</param>
    /// <returns>The line.</returns>
    public static string Show(Outcome outcome) => OutcomeComparison.Show(outcome);
}
