using Rho.Semantics.Reduction;

namespace Rho.Machine;

/// <summary>
/// Comparing machine outcomes with the reducer's (<c>Law/soundness</c>, <c>Law/adequacy</c>) through
/// <see cref="OutcomeComparison"/>, the one comparison every implementation is judged by.
/// </summary>
public static class Outcomes
{
    /// <summary>Whether <paramref name="o"/> is one of the reducer's <paramref name="oracle"/> outcomes (<see cref="OutcomeComparison.IsOutcome"/>).</summary>
    /// <param name="o">A machine outcome.</param>
    /// <param name="oracle">The reducer's outcomes.</param>
    /// <returns>True when some reducer outcome equals it.</returns>
    public static bool IsReducerOutcome(MachineOutcome o, IEnumerable<Outcome> oracle)
    {
        ArgumentNullException.ThrowIfNull(o);
        return OutcomeComparison.IsOutcome(o.Stdout, o.Stderr, o.Errors.Items.Select(e => e.Kind), o.Residual, oracle);
    }

    /// <summary>Whether the reducer outcome <paramref name="r"/> is among the machine's <paramref name="outcomes"/>.</summary>
    /// <param name="r">A reducer outcome.</param>
    /// <param name="outcomes">Machine outcomes.</param>
    /// <returns>True when some machine outcome equals it.</returns>
    public static bool IsMachineOutcome(Outcome r, IEnumerable<MachineOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(r);
        return outcomes.Any(o => IsReducerOutcome(o, [r]));
    }

    /// <summary>The observable text of an outcome without its residual (error kinds sorted).</summary>
    /// <param name="stdout">Stdout lines.</param>
    /// <param name="stderr">Stderr lines.</param>
    /// <param name="kinds">Error kinds.</param>
    /// <returns>The text.</returns>
    public static string Observed(IEnumerable<string> stdout, IEnumerable<string> stderr, IEnumerable<string> kinds) =>
        OutcomeComparison.Observed(stdout, stderr, kinds);

    /// <summary>A reducer outcome in the same one-line form as <see cref="MachineOutcome.ToString"/>.</summary>
    /// <param name="r">A reducer outcome.</param>
    /// <returns>The text.</returns>
    public static string Show(Outcome r) => OutcomeComparison.Show(r);
}
