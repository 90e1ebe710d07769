using System.Text.Json.Nodes;

namespace Rho.Semantics.Conformance;

/// <summary>
/// The one assertion of a conformance case (spec/conformance.md, "Assertions"): a small fixed
/// vocabulary, including set-valued assertions for the nondeterminism Rholang allows.
/// </summary>
public abstract record Assertion
{
    private protected Assertion() { }

    /// <summary>The assertion's key in the case file (<c>stdout</c>, <c>error</c>, …).</summary>
    public abstract string Key { get; }

    /// <summary>Every outcome prints exactly these lines, in this order.</summary>
    public sealed record Stdout(IReadOnlyList<string> Lines) : Assertion
    {
        /// <inheritdoc/>
        public override string Key => "stdout";
    }

    /// <summary>Every outcome prints one of these sequences, and each sequence is some outcome's.</summary>
    public sealed record StdoutOneOf(IReadOnlyList<IReadOnlyList<string>> Sequences) : Assertion
    {
        /// <inheritdoc/>
        public override string Key => "stdout-one-of";
    }

    /// <summary>Every outcome prints exactly these lines, in any order.</summary>
    public sealed record StdoutMultiset(IReadOnlyList<string> Lines) : Assertion
    {
        /// <inheritdoc/>
        public override string Key => "stdout-multiset";
    }

    /// <summary>Every outcome's residual process is ≡ the residual that this process text reduces to.</summary>
    public sealed record Residual(string Process) : Assertion
    {
        /// <inheritdoc/>
        public override string Key => "residual";
    }

    /// <summary>
    /// An error of this kind whose message starts with this prefix: a static rejection when
    /// <paramref name="Static"/>, otherwise a runtime error present in every outcome.
    /// </summary>
    public sealed record Error(string Kind, string MessagePrefix, bool Static) : Assertion
    {
        /// <inheritdoc/>
        public override string Key => "error";
    }

    /// <summary>The program is rejected with a syntax error at this line and column.</summary>
    public sealed record Malformed(int Line, int Col) : Assertion
    {
        /// <inheritdoc/>
        public override string Key => "malformed";
    }

    /// <summary>Exploration (or the run) exhausts its budget: at most <paramref name="MaxStates"/> states.</summary>
    public sealed record BudgetExhausted(int MaxStates) : Assertion
    {
        /// <inheritdoc/>
        public override string Key => "budget-exhausted";
    }

    /// <summary>
    /// The program runs forever: no run reaches a terminal state. An exhaustive implementation
    /// completes with no outcome (the reducer finds only cycles within <paramref name="MaxStates"/>
    /// states); a running one spends its budget.
    /// </summary>
    public sealed record Diverges(int MaxStates) : Assertion
    {
        /// <inheritdoc/>
        public override string Key => "diverges";
    }

    /// <summary>The program has exactly one outcome, which prints these lines.</summary>
    public sealed record Confluent(IReadOnlyList<string> Lines) : Assertion
    {
        /// <inheritdoc/>
        public override string Key => "confluent";
    }

    /// <summary>Every assertion key, in the order of spec/conformance.md.</summary>
    public static IReadOnlyList<string> Keys { get; } =
        ["stdout", "stdout-one-of", "stdout-multiset", "residual", "error", "malformed", "budget-exhausted", "diverges", "confluent"];

    /// <summary>Reads the assertion stored under <paramref name="key"/>; a null value is a placeholder for <c>regen</c>.</summary>
    internal static Assertion? FromJson(string key, JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }
        return key switch
        {
            "stdout" => new Stdout(ReadLines(value)),
            "stdout-one-of" => new StdoutOneOf(value.AsArray().Select(s => ReadLines(s!)).ToList()),
            "stdout-multiset" => new StdoutMultiset(ReadLines(value)),
            "residual" => new Residual(value.GetValue<string>()),
            "error" => new Error(
                value["kind"]!.GetValue<string>(),
                value["message"]?.GetValue<string>() ?? "",
                value["static"]?.GetValue<bool>() ?? false),
            "malformed" => new Malformed(value["line"]!.GetValue<int>(), value["col"]!.GetValue<int>()),
            "budget-exhausted" => new BudgetExhausted(value["maxStates"]!.GetValue<int>()),
            "diverges" => new Diverges(value["maxStates"]!.GetValue<int>()),
            "confluent" => new Confluent(ReadLines(value["stdout"]!)),
            _ => throw new FormatException($"unknown assertion '{key}' (expected one of {string.Join(", ", Keys)})"),
        };
    }

    /// <summary>The JSON value stored under <see cref="Key"/>.</summary>
    internal JsonNode ToJson() => this switch
    {
        Stdout s => ToArray(s.Lines),
        StdoutOneOf s => new JsonArray(s.Sequences.Select(q => (JsonNode)ToArray(q)).ToArray()),
        StdoutMultiset s => ToArray(s.Lines),
        Residual r => JsonValue.Create(r.Process),
        Error e => e.Static
            ? new JsonObject { ["kind"] = e.Kind, ["message"] = e.MessagePrefix, ["static"] = true }
            : new JsonObject { ["kind"] = e.Kind, ["message"] = e.MessagePrefix },
        Malformed m => new JsonObject { ["line"] = m.Line, ["col"] = m.Col },
        BudgetExhausted b => new JsonObject { ["maxStates"] = b.MaxStates },
        Diverges d => new JsonObject { ["maxStates"] = d.MaxStates },
        Confluent c => new JsonObject { ["stdout"] = ToArray(c.Lines) },
        // Stryker disable once String : unreachable guard (Assertion's constructor is private protected and every subclass is sealed and handled above); its text is diagnostic
        _ => throw Errors.RhoException.Crash($"unknown assertion {GetType().Name}"),
    };

    private static List<string> ReadLines(JsonNode value) => value.AsArray().Select(v => v!.GetValue<string>()).ToList();

    private static JsonArray ToArray(IEnumerable<string> lines) => new(lines.Select(l => (JsonNode)JsonValue.Create(l)!).ToArray());
}
