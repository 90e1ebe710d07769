using Rho.Semantics.Errors;
using Rho.Semantics.Reduction;

namespace Rho.Semantics.Conformance;

/// <summary>
/// The report of a failing case (spec/conformance.md, "Mismatch report"): the expected assertion
/// next to what the implementation gave, the case's rule ids, the reducer's outcomes, and a
/// reduction path the reducer accepts that leads to the reducer outcome closest to the observed one.
/// </summary>
public static class MismatchReport
{
    /// <summary>The most states explored to find the reducer's outcomes and path.</summary>
    public const int MaxStates = 5000;

    /// <summary>The most reducer outcomes listed.</summary>
    public const int MaxListed = 5;

    /// <summary>The report for case <paramref name="c"/>, whose run <paramref name="run"/> failed with <paramref name="failure"/>.</summary>
    public static string For(ConformanceCase c, Assertion expect, RunResult run, string failure)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(expect);
        ArgumentNullException.ThrowIfNull(run);
        var lines = new List<string>
        {
            $"FAIL {c.Id} ({c.SourcePath})",
            $"  rules:    {string.Join(", ", c.Rules)}",
            $"  problem:  {failure}",
            $"  expected: {expect.Key} {expect.ToJson().ToJsonString(Checker.Relaxed)}",
            $"  actual:   {Checker.Describe(run)}",
        };
        foreach (var o in run.Outcomes.Take(3))
        {
            lines.Add($"            {Show(o)}");
        }
        lines.AddRange(Reducer(c.Source, run.Outcomes.Count > 0 ? run.Outcomes[0] : null));
        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>
    /// The reducer's side of the report: its outcomes, the one closest to <paramref name="observed"/>
    /// (the first outcome when null), and a shortest accepted path to it, as states and rule ids.
    /// </summary>
    public static IReadOnlyList<string> Reducer(string source, ObservedOutcome? observed)
    {
        Exploration x;
        try
        {
            x = Rholang.Reduce(source, new ExploreOptions(MaxStates: MaxStates));
        }
        catch (RhoException e)
        {
            return [$"  reducer:  rejects the program: {Checker.Show(new ReportedError(e.Error.Kind, e.Error.Message, e.Error.Pos.Line, e.Error.Pos.Col))}"];
        }
        if (x.Terminals.Count == 0)
        {
            return [$"  reducer:  reaches no terminal state within {MaxStates} states ({x.Verdict}{(x.Divergent ? ", divergent" : "")})"];
        }
        var outcomes = x.Outcomes.Select(ReducerImplementation.Observe).ToList();
        var lines = new List<string> { $"  reducer:  {outcomes.Count} outcome(s){(x.IsComplete ? "" : $" (cut off at {MaxStates} states)")}" };
        lines.AddRange(outcomes.Take(MaxListed).Select((o, i) => $"            {i + 1}. {Show(o)}"));
        if (outcomes.Count > MaxListed)
        {
            lines.Add($"            … and {outcomes.Count - MaxListed} more");
        }
        var closest = observed is null ? 0 : Enumerable.Range(0, outcomes.Count).MinBy(i => Distance(observed, outcomes[i]));
        lines.Add($"  closest:  outcome {closest + 1}{(observed is not null && Distance(observed, outcomes[closest]) == 0 ? " (the same as observed)" : "")}");
        lines.Add($"  path:     {Path(x, x.Outcomes[closest])}");
        return lines;
    }

    /// <summary>
    /// How far apart two outcomes are: the edit distances of their stdout and of their stderr lines,
    /// plus the errors (kind and message) in one but not the other, plus one if both report
    /// residuals and they differ.
    /// </summary>
    public static int Distance(ObservedOutcome a, ObservedOutcome b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ea = a.Errors.Select(e => (e.Kind, e.Message)).ToList();
        var eb = b.Errors.Select(e => (e.Kind, e.Message)).ToList();
        var errors = ea.Count(e => !eb.Any(f => Same(e, f))) + eb.Count(f => !ea.Any(e => Same(e, f)));
        var residual = a.Residual is not null && b.Residual is not null && a.Residual != b.Residual ? 1 : 0;
        return EditDistance(a.Stdout, b.Stdout) + EditDistance(a.Stderr, b.Stderr) + errors + residual;
    }

    private static bool Same((string? Kind, string Message) e, (string? Kind, string Message) f) =>
        (e.Kind is null || f.Kind is null || e.Kind == f.Kind) && e.Message == f.Message;

    private static int EditDistance(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var d = new int[a.Count + 1, b.Count + 1];
        for (var i = 0; i <= a.Count; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Count; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                var change = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + change);
            }
        }
        return d[a.Count, b.Count];
    }

    /// <summary>A shortest path of the graph from the initial state to a terminal state whose outcome is <paramref name="target"/>: <c>s0 -[Rule]-> s1 …</c>.</summary>
    private static string Path(Exploration x, Outcome target)
    {
        var parent = new Dictionary<int, StepEdge>();
        var queue = new Queue<int>([0]);
        var seen = new HashSet<int> { 0 };
        var terminals = x.Terminals.ToHashSet();
        while (queue.TryDequeue(out var v))
        {
            if (terminals.Contains(v) && Explorer.ToOutcome(x.States[v]) == target)
            {
                var steps = new List<string>();
                for (var u = v; parent.TryGetValue(u, out var e); u = e.Source)
                {
                    var label = e.Printed is { } p ? $"{e.Rule} prints {p.Text}" : e.Rule;
                    steps.Add($" -[{label}]-> s{e.Target}");
                }
                steps.Reverse();
                return "s0" + string.Concat(steps) + (steps.Count == 0 ? " (no step)" : "");
            }
            foreach (var e in x.Graph.OutEdges(v))
            {
                if (seen.Add(e.Target))
                {
                    parent[e.Target] = e;
                    queue.Enqueue(e.Target);
                }
            }
        }
        // Stryker disable once String : unreachable (see the loop above: every target outcome has a path)
        return "no path to that outcome";
    }

    private static string Show(ObservedOutcome o) =>
        $"stdout {Checker.Lines(o.Stdout)}, stderr {Checker.Lines(o.Stderr)}, errors [{string.Join("; ", o.Errors.Select(Checker.Show))}]"
        + (o.Residual is null ? "" : $", residual {o.Residual}");
}
