
namespace Rho.Semantics.Conformance;

/// <summary>The verdict on one case.</summary>
public enum CaseVerdict
{
    /// <summary>The implementation satisfied the assertion.</summary>
    Pass,

    /// <summary>It did not; the result's message says how.</summary>
    Fail,

    /// <summary>The case is skipped (TEMPORARY or PERMANENT, with a reason).</summary>
    Skip,
}

/// <summary>The result of one case: its verdict and, for a failure, the mismatch report.</summary>
/// <param name="Case">The case.</param>
/// <param name="Verdict">Pass, fail or skip.</param>
/// <param name="Message">For a failure, the mismatch report; for a skip, the heading and reason.</param>
public sealed record CaseResult(ConformanceCase Case, CaseVerdict Verdict, string? Message);

/// <summary>Choices for <see cref="ConformanceRunner.Run"/>.</summary>
/// <param name="Filter">Run only cases whose id (<c>category/name</c>) or one of whose rule ids contains this text.</param>
/// <param name="CheckOracle">
/// For an implementation that is not exhaustive, also check that its outcome is one of the
/// reducer's outcomes (same stdout, stderr and error messages), beyond the case's assertion.
/// </param>
public sealed record RunnerOptions(string? Filter = null, bool CheckOracle = true);

/// <summary>
/// The conformance runner (spec/conformance.md): runs every case of the corpus against an
/// implementation given as a parameter and checks its assertion.
/// </summary>
public static class ConformanceRunner
{
    /// <summary>Runs <paramref name="cases"/> against <paramref name="implementation"/>, calling <paramref name="progress"/> after each case.</summary>
    public static ConformanceReport Run(
        IEnumerable<ConformanceCase> cases,
        IRhoImplementation implementation,
        RunnerOptions? options = null,
        Action<CaseResult>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(implementation);
        options ??= new RunnerOptions();
        var results = new List<CaseResult>();
        foreach (var c in cases.Where(c => Selected(c, options.Filter)))
        {
            var result = RunOne(c, implementation, options);
            results.Add(result);
            progress?.Invoke(result);
        }
        return new ConformanceReport(implementation.Name, results);
    }

    /// <summary>True when the case's id or one of its rule ids contains <paramref name="filter"/>.</summary>
    public static bool Selected(ConformanceCase c, string? filter) =>
        string.IsNullOrEmpty(filter)
        || c.Id.Contains(filter, StringComparison.OrdinalIgnoreCase)
        || c.Rules.Any(r => r.Contains(filter, StringComparison.OrdinalIgnoreCase));

    private static CaseResult RunOne(ConformanceCase c, IRhoImplementation impl, RunnerOptions options)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Skip is { } skip)
        {
            return new CaseResult(c, CaseVerdict.Skip, $"{skip.Heading}: {skip.Reason}");
        }
        if (c.Expect is not { } expect)
        {
            return new CaseResult(c, CaseVerdict.Fail, $"{c.Id}: the \"{c.AssertionKey}\" assertion is a placeholder: run 'rho conformance regen --write'");
        }
        var maxStates = expect switch { Assertion.BudgetExhausted b => b.MaxStates, Assertion.Diverges d => d.MaxStates, _ => (int?)null };
        RunResult run;
        try
        {
            run = impl.Run(c.SourcePath, c.Source, maxStates);
        }
#pragma warning disable CA1031 // An implementation under test may throw anything; that is its failure, not the runner's.
        catch (Exception e)
#pragma warning restore CA1031
        {
            run = new RunResult(RunStatus.Crashed, [], null, $"{e.GetType().Name}: {e.Message}");
        }
        var failure = Checker.Check(expect, run, impl.IsExhaustive);
        if (failure is null && options.CheckOracle && !impl.IsExhaustive && run.Status == RunStatus.Completed
            && expect is not (Assertion.BudgetExhausted or Assertion.Diverges))
        {
            failure = NotAnOracleOutcome(c, run);
        }
        return failure is null
            ? new CaseResult(c, CaseVerdict.Pass, null)
            : new CaseResult(c, CaseVerdict.Fail, MismatchReport.For(c, expect, run, failure));
    }

    private static string? NotAnOracleOutcome(ConformanceCase c, RunResult run)
    {
        var oracle = new ReducerImplementation().Run(c.SourcePath, c.Source, null);
        if (oracle.Status != RunStatus.Completed)
        {
            return null;
        }
        foreach (var o in run.Outcomes)
        {
            if (!oracle.Outcomes.Any(x => SameOutcome(o, x)))
            {
                return $"the outcome (stdout {Checker.Lines(o.Stdout)}, stderr {Checker.Lines(o.Stderr)}, errors {Checker.Lines(o.Errors.Select(e => e.Message))}) is none of the reducer's {oracle.Outcomes.Count} outcome(s)";
            }
        }
        return null;
    }

    /// <summary>The oracle check's equality: the same stdout lines in order, stderr lines, and error messages (as a multiset).</summary>
    internal static bool SameOutcome(ObservedOutcome o, ObservedOutcome oracle) =>
        o.Stdout.SequenceEqual(oracle.Stdout, StringComparer.Ordinal)
        && o.Stderr.SequenceEqual(oracle.Stderr, StringComparer.Ordinal)
        && o.Errors.Select(e => e.Message).Order(StringComparer.Ordinal)
            .SequenceEqual(oracle.Errors.Select(e => e.Message).Order(StringComparer.Ordinal), StringComparer.Ordinal);
}
