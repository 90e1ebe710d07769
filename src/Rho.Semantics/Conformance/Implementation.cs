namespace Rho.Semantics.Conformance;

/// <summary>How a run of an implementation ended (spec/conformance.md, "Driving an implementation").</summary>
public enum RunStatus
{
    /// <summary>The program ran to the end (runtime errors are outcomes, not failures).</summary>
    Completed,

    /// <summary>The program was rejected before running: a syntax or static error (exit 1).</summary>
    Rejected,

    /// <summary>A budget or the time limit ran out (exit 3, or killed at the timeout).</summary>
    BudgetExhausted,

    /// <summary>The implementation failed (exit 70 or any other code, or an exploration error).</summary>
    Crashed,
}

/// <summary>An error an implementation reported; <paramref name="Kind"/> is null when it did not say.</summary>
/// <param name="Kind">The error kind (<c>div-zero</c>, <c>syntax</c>, …), if reported.</param>
/// <param name="Message">The message.</param>
/// <param name="Line">The source line, or 0.</param>
/// <param name="Col">The source column, or 0.</param>
public sealed record ReportedError(string? Kind, string Message, int Line, int Col);

/// <summary>One outcome of a run: printed lines, runtime errors and, if reported, the residual process.</summary>
/// <param name="Stdout">The lines printed on <c>rho:io:stdout</c>, in order.</param>
/// <param name="Stderr">The lines printed on <c>rho:io:stderr</c>, in order.</param>
/// <param name="Errors">The runtime errors.</param>
/// <param name="Residual">The residual process in canonical print form (<c>Nil</c> when nothing is left), or null if not reported.</param>
public sealed record ObservedOutcome(
    IReadOnlyList<string> Stdout,
    IReadOnlyList<string> Stderr,
    IReadOnlyList<ReportedError> Errors,
    string? Residual);

/// <summary>
/// What an implementation did with one program: a status, its outcomes (one for a run, all of them
/// for an exhaustive explorer), the rejection when <see cref="RunStatus.Rejected"/>, and a detail
/// message for crashes.
/// </summary>
/// <param name="Status">How the run ended.</param>
/// <param name="Outcomes">The observed outcomes.</param>
/// <param name="Rejection">The syntax or static error, when rejected.</param>
/// <param name="Detail">A message for a crash, or null.</param>
public sealed record RunResult(RunStatus Status, IReadOnlyList<ObservedOutcome> Outcomes, ReportedError? Rejection, string? Detail);

/// <summary>An implementation under test: anything that runs a Rholang program.</summary>
public interface IRhoImplementation
{
    /// <summary>The name shown in reports.</summary>
    string Name { get; }

    /// <summary>
    /// True when <see cref="Run"/> returns every outcome of the program (an explorer such as the
    /// reducer), false when it returns the one outcome of one run.
    /// </summary>
    bool IsExhaustive { get; }

    /// <summary>Runs the program of <paramref name="path"/> (text <paramref name="source"/>) with at most <paramref name="maxStates"/> states, or the implementation's own budget when null.</summary>
    RunResult Run(string path, string source, int? maxStates);
}
