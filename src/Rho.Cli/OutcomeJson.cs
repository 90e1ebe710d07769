using System.Text;
using System.Text.Json;
using Rho.Semantics.Reduction;

namespace Rho.Cli;

/// <summary>Spelling of verdicts in output.</summary>
internal static class Verdicts
{
    public static string Name(Verdict v) => v switch
    {
        Verdict.Complete => "complete",
        Verdict.CutOff => "cut off",
        Verdict.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(v)),
    };
}

/// <summary>
/// The <c>rho reduce --json</c> document:
/// <c>{"complete": bool, "verdict": "...", "states": N, "divergent": bool, "outcomes": [{"stdout": [...], "stderr": [...], "errors": [{"kind", "message", "rule", "line", "col"}], "state": "..."}]}</c>.
/// </summary>
internal static class OutcomeJson
{
    public static string Write(Exploration exploration)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteBoolean("complete", exploration.IsComplete);
            w.WriteString("verdict", Verdicts.Name(exploration.Verdict));
            w.WriteNumber("states", exploration.States.Count);
            w.WriteBoolean("divergent", exploration.Divergent);
            w.WriteStartArray("outcomes");
            foreach (var o in exploration.Outcomes)
            {
                w.WriteStartObject();
                WriteStrings(w, "stdout", o.Stdout);
                WriteStrings(w, "stderr", o.Stderr);
                w.WriteStartArray("errors");
                foreach (var e in o.Errors)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", e.Kind);
                    w.WriteString("message", e.Message);
                    w.WriteString("rule", e.Rule);
                    w.WriteNumber("line", e.Pos.Line);
                    w.WriteNumber("col", e.Pos.Col);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteString("state", o.Residual);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (exploration.Failure is { } f)
            {
                w.WriteString("failure", f.Message);
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }
        w.WriteEndArray();
    }
}

/// <summary>The human-readable form of <c>rho reduce</c>.</summary>
internal static class OutcomeText
{
    public static void Write(Exploration exploration, TextWriter stdout)
    {
        stdout.WriteLine($"{exploration.Outcomes.Count} outcome(s), {exploration.States.Count} states, {Verdicts.Name(exploration.Verdict)}{(exploration.Divergent ? ", has non-terminating runs" : "")}");
        var n = 0;
        foreach (var o in exploration.Outcomes)
        {
            stdout.WriteLine($"outcome {++n}:");
            foreach (var line in o.Stdout)
            {
                stdout.WriteLine($"  stdout: {line}");
            }
            foreach (var line in o.Stderr)
            {
                stdout.WriteLine($"  stderr: {line}");
            }
            foreach (var e in o.Errors)
            {
                stdout.WriteLine($"  error: {e.Pos}: {e.Rule}: {e.Message}");
            }
            stdout.WriteLine($"  state: {o.Residual}");
        }
        if (exploration.Failure is { } f)
        {
            stdout.WriteLine($"exploration failed: {f.Message}");
        }
    }
}
