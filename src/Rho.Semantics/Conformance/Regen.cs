namespace Rho.Semantics.Conformance;

/// <summary>One case's expectation recomputed by the reducer.</summary>
/// <param name="Case">The case.</param>
/// <param name="Computed">The assertion the reducer gives, of the case's assertion kind, or null when it cannot give one.</param>
/// <param name="Note">Why no assertion could be computed, or null.</param>
public sealed record RegenResult(ConformanceCase Case, Assertion? Computed, string? Note)
{
    /// <summary>The stored assertion's JSON, or <c>null</c> for a placeholder.</summary>
    public string Old => Case.Expect?.ToJson().ToJsonString() ?? "null";

    /// <summary>The computed assertion's JSON, or <c>null</c>.</summary>
    public string New => Computed?.ToJson().ToJsonString() ?? "null";

    /// <summary>True when the stored expectation differs from the reducer's (or cannot be computed).</summary>
    public bool Differs => Computed is null || Old != New;
}

/// <summary>
/// <c>rho conformance regen</c>: recomputes each case's expectation with the reducer, keeping the
/// case's assertion kind (spec/conformance.md, "Regenerating expectations"). It never writes by itself.
/// </summary>
public static class Regen
{
    /// <summary>The reducer's expectation for <paramref name="c"/>, of the kind <c>c.AssertionKey</c>.</summary>
    public static RegenResult Compute(ConformanceCase c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var budget = c.Expect switch
        {
            Assertion.BudgetExhausted b => b.MaxStates,
            Assertion.Diverges d => d.MaxStates,
            _ => c.AssertionKey is "budget-exhausted" or "diverges" ? 200 : (int?)null,
        };
        var run = new ReducerImplementation().Run(c.SourcePath, c.Source, budget);
        var seqs = run.Outcomes.Select(o => o.Stdout).DistinctBy(s => string.Join("\n", s), StringComparer.Ordinal)
            .OrderBy(s => string.Join("\n", s), StringComparer.Ordinal).ToList();
        RegenResult Fail(string note) => new(c, null, note);
        RegenResult Ok(Assertion a) => new(c, a, null);
        if (c.AssertionKey is not ("malformed" or "error" or "budget-exhausted" or "diverges") && run.Status != RunStatus.Completed)
        {
            return Fail($"the reducer does not complete: {Checker.Describe(run)}");
        }
        switch (c.AssertionKey)
        {
            case "stdout":
                return seqs.Count == 1 ? Ok(new Assertion.Stdout(seqs[0])) : Fail($"{seqs.Count} different stdout sequences: use stdout-one-of");
            case "stdout-one-of":
                return Ok(new Assertion.StdoutOneOf(seqs));
            case "stdout-multiset":
                // Stryker disable once Linq : a bag only needs one canonical order; descending order gives the same number of distinct bags
                var bags = seqs.Select(s => string.Join("\n", s.Order(StringComparer.Ordinal))).Distinct(StringComparer.Ordinal).Count();
                return bags == 1 ? Ok(new Assertion.StdoutMultiset(seqs[0].Order(StringComparer.Ordinal).ToList())) : Fail("the outcomes print different multisets");
            case "confluent":
                return run.Outcomes.Count == 1 ? Ok(new Assertion.Confluent(seqs[0])) : Fail($"{run.Outcomes.Count} outcomes");
            case "residual":
                if (run.Outcomes.Count != 1)
                {
                    return Fail($"{run.Outcomes.Count} outcomes");
                }
                var residual = run.Outcomes[0].Residual!;
                return c.Expect is Assertion.Residual r && Checker.Normalized(r.Process) == Protocol.OneLine(residual)
                    ? Ok(r)
                    : Fail($"the reducer's residual is {residual.ReplaceLineEndings(" ")}; write it as process text by hand");
            case "malformed":
                return run.Status == RunStatus.Rejected && run.Rejection!.Kind == Errors.ErrorKinds.Syntax
                    ? Ok(new Assertion.Malformed(run.Rejection.Line, run.Rejection.Col))
                    : Fail($"not a syntax error: {Checker.Describe(run)}");
            case "budget-exhausted":
                return run.Status == RunStatus.BudgetExhausted ? Ok(new Assertion.BudgetExhausted(budget!.Value)) : Fail(Checker.Describe(run));
            case "diverges":
                return run.Status == RunStatus.Completed && run.Outcomes.Count == 0 ? Ok(new Assertion.Diverges(budget!.Value)) : Fail(Checker.Describe(run));
            case "error":
                return ComputeError(c, run);
            default:
                return Fail($"unknown assertion {c.AssertionKey}");
        }
    }

    private static RegenResult ComputeError(ConformanceCase c, RunResult run)
    {
        ReportedError? e;
        bool isStatic;
        if (run.Status == RunStatus.Rejected)
        {
            (e, isStatic) = (run.Rejection, true);
        }
        else
        {
            var common = run.Outcomes.Count == 0 ? [] : run.Outcomes.Select(o => o.Errors.AsEnumerable())
                .Aggregate((a, b) => a.Where(x => b.Any(y => y.Kind == x.Kind && y.Message == x.Message)).ToList());
            (e, isStatic) = (common.FirstOrDefault(), false);
        }
        if (e is null)
        {
            return new RegenResult(c, null, $"no error in every outcome: {Checker.Describe(run)}");
        }
        // A stored prefix that still fits is kept: the prefix is the reviewed part of the message.
        if (c.Expect is Assertion.Error old && old.Kind == e.Kind && old.Static == isStatic
            && e.Message.StartsWith(old.MessagePrefix, StringComparison.Ordinal))
        {
            return new RegenResult(c, old, null);
        }
        return new RegenResult(c, new Assertion.Error(e.Kind!, e.Message, isStatic), null);
    }

    /// <summary>Writes the computed expectation into the case's sidecar.</summary>
    public static void Write(RegenResult r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (r.Computed is { } a)
        {
            File.WriteAllText(r.Case.SidecarPath, r.Case.SidecarWith(a));
        }
    }
}
