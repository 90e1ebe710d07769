using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;

namespace Rho.Machine;

/// <summary>One outcome of the machine as the observer sees it: outputs, errors and the residual read back (<c>Mach/readback</c>).</summary>
/// <param name="Stdout">Lines printed on stdout, in order.</param>
/// <param name="Stderr">Lines printed on stderr, in order.</param>
/// <param name="Errors">Runtime errors raised, sorted.</param>
/// <param name="Residual">The residual, canonical as the reducer's.</param>
public sealed record MachineOutcome(Seq<string> Stdout, Seq<string> Stderr, Seq<RhoError> Errors, Proc Residual)
{
    /// <summary>The residual printed as the reducer prints an outcome's residual.</summary>
    public string ResidualText => Printer.Print(Residual);

    /// <summary>The outcome of a finished run.</summary>
    /// <param name="r">A run whose budget did not run out.</param>
    /// <returns>Its outputs, sorted errors and residual.</returns>
    public static MachineOutcome Of(MachineResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Stdout, r.Stderr, r.Errors.Items.OrderBy(e => e.ToString(), StringComparer.Ordinal).ToSeq(), r.Residual);
    }

    /// <summary>One line: stdout, stderr, error kinds and residual.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Outcomes.Observed(Stdout, Stderr, Errors.Items.Select(e => e.Kind))} residual {ResidualText}";
}

/// <summary>The result of <see cref="RhoMachine.Explore"/>: every outcome the machine reaches under every schedule, and the verdict.</summary>
/// <param name="Verdict">Complete when every schedule was followed to its end; CutOff when a budget ran out.</param>
/// <param name="Outcomes">The distinct outcomes of the finished runs.</param>
/// <param name="States">The distinct states visited (modulo queue order and renaming).</param>
/// <param name="Runs">The runs replayed.</param>
/// <param name="Divergent">Whether some schedule ran out of steps (a run that may never end).</param>
public sealed record MachineOutcomeSet(Verdict Verdict, IReadOnlyList<MachineOutcome> Outcomes, int States, int Runs, bool Divergent);

/// <summary>Budgets of <see cref="RhoMachine.Explore"/>.</summary>
/// <param name="MaxStates">The most distinct states to visit; beyond it the verdict is CutOff.</param>
/// <param name="MaxStepsPerRun">The step budget of one schedule; a schedule that spends it is cut off.</param>
/// <param name="Primitives">The primitive path.</param>
public sealed record MachineExploreOptions(int MaxStates = 20_000, long MaxStepsPerRun = 100_000, PrimitivePath Primitives = PrimitivePath.Direct);
