using System.Text.Json;
using System.Text.Json.Nodes;
using Rho.Semantics.Conformance;
using Rho.Semantics.Reduction;

namespace Rho.Semantics.Fuzz;

/// <summary>
/// The files <c>rho fuzz</c> writes for a mismatch: <c>fuzz-SEED.rho</c> (the shrunk program),
/// <c>fuzz-SEED.json</c> (its expectation in the corpus format, spec/conformance.md, so the file
/// pair can join the corpus) and <c>fuzz-SEED.dot</c> (the reducer's graph, <see cref="DotWriter"/>).
/// </summary>
public static class FuzzArtifacts
{
    /// <summary>Writes the three files into <paramref name="dir"/> (created if missing) and returns their paths.</summary>
    public static IReadOnlyList<string> Write(FuzzMismatch mismatch, string dir)
    {
        ArgumentNullException.ThrowIfNull(mismatch);
        Directory.CreateDirectory(dir);
        var stem = Path.Combine(dir, $"fuzz-{mismatch.Seed}");
        File.WriteAllText(stem + ".rho", mismatch.Source + "\n");
        File.WriteAllText(stem + ".json", Expectation(mismatch.Exploration).ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        File.WriteAllText(stem + ".dot", DotWriter.Write(mismatch.Exploration));
        return [stem + ".rho", stem + ".json", stem + ".dot"];
    }

    /// <summary>
    /// The case sidecar for an exploration: its rules are the rule ids on the graph's edges; its
    /// assertion is <c>error</c> when every outcome raises the same first error, else <c>stdout</c>
    /// when every outcome prints the same lines, else <c>stdout-one-of</c>.
    /// </summary>
    public static JsonObject Expectation(Exploration x)
    {
        ArgumentNullException.ThrowIfNull(x);
        var rules = x.Graph.Edges.Select(e => e.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
        var firstErrors = x.Outcomes.Select(o => o.Errors.Count > 0 ? o.Errors[0] : null).ToList();
        Assertion expect;
        var sequences = x.Outcomes.Select(o => (IReadOnlyList<string>)o.Stdout.Items).DistinctBy(s => string.Join("\n", s)).ToList();
        if (firstErrors.Count > 0 && firstErrors.All(e => e is not null && e.Kind == firstErrors[0]!.Kind && e.Message == firstErrors[0]!.Message))
        {
            expect = new Assertion.Error(firstErrors[0]!.Kind, firstErrors[0]!.Message, Static: false);
        }
        else if (sequences.Count == 1)
        {
            expect = new Assertion.Stdout(sequences[0]);
        }
        else
        {
            expect = new Assertion.StdoutOneOf(sequences);
        }
        return new JsonObject
        {
            ["rules"] = new JsonArray(rules.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray()),
            ["expect"] = new JsonObject { [expect.Key] = expect.ToJson() },
        };
    }
}
