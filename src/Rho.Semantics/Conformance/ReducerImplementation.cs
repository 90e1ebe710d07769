using Rho.Semantics.Errors;
using Rho.Semantics.Reduction;

namespace Rho.Semantics.Conformance;

/// <summary>
/// The reference reducer as an implementation under test: exhaustive, it returns every outcome of
/// the program (<see cref="Rholang.Reduce"/>). It is the default of <c>rho conformance</c> until
/// the machine (issue 4) runs programs.
/// </summary>
public sealed class ReducerImplementation : IRhoImplementation
{
    /// <summary>The default state budget when a case sets none.</summary>
    public const int DefaultMaxStates = 20_000;

    /// <inheritdoc/>
    public string Name => "reducer";

    /// <inheritdoc/>
    public bool IsExhaustive => true;

    /// <inheritdoc/>
    public RunResult Run(string path, string source, int? maxStates)
    {
        Exploration exploration;
        try
        {
            exploration = Rholang.Reduce(source, new ExploreOptions(MaxStates: maxStates ?? DefaultMaxStates));
        }
        catch (RhoException e) when (e.Error.Class is ErrorClass.Malformed or ErrorClass.Invalid)
        {
            return new RunResult(RunStatus.Rejected, [], Report(e.Error), null);
        }
        var outcomes = exploration.Outcomes.Select(Observe).ToList();
        return exploration.Verdict switch
        {
            Verdict.Complete => new RunResult(RunStatus.Completed, outcomes, null, null),
            Verdict.CutOff => new RunResult(RunStatus.BudgetExhausted, outcomes, null, null),
            Verdict.Error => new RunResult(RunStatus.Crashed, outcomes, null, exploration.Failure?.Message),
            // Stryker disable once String : unreachable guard (the explorer gives only the three verdicts above); its text is diagnostic
            _ => throw RhoException.Crash($"unknown verdict {exploration.Verdict}"),
        };
    }

    /// <summary>An outcome of the reducer as the runner observes it.</summary>
    internal static ObservedOutcome Observe(Outcome o) =>
        new(o.Stdout.Items, o.Stderr.Items, o.Errors.Items.Select(Report).ToList(), o.Residual);

    private static ReportedError Report(RhoError e) => new(e.Kind, e.Message, e.Pos.Line, e.Pos.Col);
}
