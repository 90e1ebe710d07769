using System.Text.Json;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Conformance;

/// <summary>
/// Decides whether one run satisfies a case's assertion (spec/conformance.md, "Assertions").
/// Returns null on success, otherwise a one-paragraph explanation.
/// </summary>
internal static class Checker
{
    public static string? Check(Assertion expect, RunResult run, bool exhaustive) => expect switch
    {
        Assertion.Malformed m => run.Status != RunStatus.Rejected
            ? $"expected a syntax error at {m.Line}:{m.Col}, but the program was not rejected ({Describe(run)})"
            : run.Rejection is { Kind: { } k } && k != ErrorKinds.Syntax
                ? $"expected a syntax error at {m.Line}:{m.Col}, got a {k} error: {Show(run.Rejection)}"
                : run.Rejection!.Line != m.Line || run.Rejection.Col != m.Col
                    ? $"expected a syntax error at {m.Line}:{m.Col}, got one at {run.Rejection.Line}:{run.Rejection.Col}: {run.Rejection.Message}"
                    : null,
        Assertion.Error { Static: true } e => run.Status != RunStatus.Rejected
            ? $"expected the program to be rejected with a {e.Kind} error \"{e.MessagePrefix}…\", but it was not ({Describe(run)})"
            : Fits(run.Rejection!, e) ? null : $"expected rejection {e.Kind} \"{e.MessagePrefix}…\", got {Show(run.Rejection!)}",
        Assertion.BudgetExhausted => run.Status == RunStatus.BudgetExhausted
            ? null
            : $"expected the budget to run out, but {Describe(run)}",
        Assertion.Diverges => run.Status == RunStatus.BudgetExhausted || (run.Status == RunStatus.Completed && run.Outcomes.Count == 0)
            ? null
            : $"expected the program to run forever (no terminal state), but {Describe(run)}",
        _ => CheckOutcomes(expect, run, exhaustive),
    };

    private static string? CheckOutcomes(Assertion expect, RunResult run, bool exhaustive)
    {
        if (run.Status != RunStatus.Completed)
        {
            return $"expected the program to run to completion, but {Describe(run)}";
        }
        if (run.Outcomes.Count == 0)
        {
            return "the implementation reported no outcome";
        }
        if (expect is Assertion.Confluent c)
        {
            if (exhaustive && run.Outcomes.Count != 1)
            {
                return $"expected exactly one outcome, got {run.Outcomes.Count}: {string.Join(" | ", run.Outcomes.Select(o => Lines(o.Stdout)))}";
            }
            return Same(run.Outcomes[0].Stdout, c.Lines) ? null : $"expected stdout {Lines(c.Lines)}, got {Lines(run.Outcomes[0].Stdout)}";
        }
        if (expect is Assertion.StdoutOneOf one && exhaustive)
        {
            var missing = one.Sequences.Where(s => !run.Outcomes.Any(o => Same(o.Stdout, s))).ToList();
            if (missing.Count > 0)
            {
                return $"the allowed order {Lines(missing[0])} is never produced (an exhaustive implementation must produce every one)";
            }
        }
        foreach (var o in run.Outcomes)
        {
            var failure = CheckOne(expect, o);
            if (failure is not null)
            {
                return run.Outcomes.Count > 1 ? $"in one of {run.Outcomes.Count} outcomes: {failure}" : failure;
            }
        }
        return null;
    }

    private static string? CheckOne(Assertion expect, ObservedOutcome o) => expect switch
    {
        Assertion.Stdout s => Same(o.Stdout, s.Lines) ? null : $"expected stdout {Lines(s.Lines)}, got {Lines(o.Stdout)}",
        Assertion.StdoutOneOf s => s.Sequences.Any(q => Same(o.Stdout, q))
            ? null
            : $"expected stdout to be one of {string.Join(" or ", s.Sequences.Select(Lines))}, got {Lines(o.Stdout)}",
        Assertion.StdoutMultiset s => Same(Sorted(o.Stdout), Sorted(s.Lines))
            ? null
            : $"expected stdout lines {Lines(s.Lines)} in any order, got {Lines(o.Stdout)}",
        Assertion.Residual r => o.Residual is null
            ? "the implementation did not report its residual process"
            : Normalized(o.Residual) == Normalized(r.Process)
                ? null
                : $"expected residual ≡ {r.Process}, got {o.Residual}",
        Assertion.Error e => o.Errors.Any(x => Fits(x, e))
            ? null
            : $"expected a runtime error {e.Kind} \"{e.MessagePrefix}…\", got {(o.Errors.Count == 0 ? "no error" : string.Join("; ", o.Errors.Select(Show)))}",
        // Stryker disable once String : unreachable guard (Check handles malformed, static error, budget-exhausted and diverges itself, CheckOutcomes handles confluent, and every other kind has an arm above); its text is diagnostic
        _ => throw RhoException.Crash($"assertion {expect.Key} is not checked per outcome"),
    };

    private static bool Fits(ReportedError x, Assertion.Error e) =>
        (x.Kind is null || x.Kind == e.Kind) && x.Message.StartsWith(e.MessagePrefix, StringComparison.Ordinal);

    /// <summary>
    /// The residual of a process text, as the reducer prints it: a residual given as Rholang text
    /// is reduced (its <c>new</c>s open) and printed canonically; text that does not parse, such
    /// as a printed residual with unforgeable names, stays as it is; either is then put in one line
    /// (<see cref="Protocol.OneLine"/>).
    /// </summary>
    internal static string Normalized(string residual)
    {
        try
        {
            var outcomes = Rholang.Reduce(residual, new Reduction.ExploreOptions(MaxStates: 1000)).Outcomes;
            return Protocol.OneLine(outcomes.Count == 1 && outcomes[0].Stdout.Count == 0 ? outcomes[0].Residual : residual);
        }
        catch (RhoException)
        {
            return Protocol.OneLine(residual);
        }
    }

    internal static string Describe(RunResult run) => run.Status switch
    {
        RunStatus.Completed => $"it completed with stdout {string.Join(" | ", run.Outcomes.Select(o => Lines(o.Stdout)))}",
        RunStatus.Rejected => $"it was rejected: {Show(run.Rejection!)}",
        RunStatus.BudgetExhausted => "its budget ran out" + (run.Detail is null ? "" : $" ({run.Detail})"),
        RunStatus.Crashed => $"it crashed: {run.Detail}",
        _ => throw RhoException.Crash($"unknown status {run.Status}"),
    };

    internal static string Show(ReportedError e) =>
        $"{(e.Line > 0 ? $"{e.Line}:{e.Col}: " : "")}{(e.Kind is null ? "" : $"[{e.Kind}] ")}{e.Message}";

    /// <summary>Lines as a JSON array (strings quoted and escaped), e.g. <c>["1", "\"a\""]</c>.</summary>
    internal static string Lines(IEnumerable<string> lines) => "[" + string.Join(", ", lines.Select(Quote)) + "]";

    /// <summary>One line as a JSON string.</summary>
    internal static string Quote(string line) => JsonSerializer.Serialize(line, Relaxed);

    /// <summary>JSON without escaping of quotes-as-HTML and non-ASCII characters, for readable reports.</summary>
    internal static JsonSerializerOptions Relaxed { get; } = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static bool Same(IReadOnlyList<string> a, IReadOnlyList<string> b) => a.SequenceEqual(b, StringComparer.Ordinal);

    // Stryker disable once Linq : equivalent (Sorted only puts both sides of one comparison in the same order; descending order compares the same)
    private static List<string> Sorted(IEnumerable<string> lines) => lines.Order(StringComparer.Ordinal).ToList();
}
