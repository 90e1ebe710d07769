using System.Text.Json.Nodes;
using Rho.Semantics.Fuzz;
using Rho.Semantics.Reduction;

namespace Rho.Semantics.Tests.Fuzz;

/// <summary>
/// The fuzzer's artifacts (spec/conformance.md, "Fuzzing"): the program, its expectation in the
/// corpus format, and the reducer's graph.
/// </summary>
public class FuzzMutArtifactsTests
{
    private const string Out = "new o(`rho:io:stdout`) in ";

    private static Exploration Reduce(string source) => Rholang.Reduce(source, new ExploreOptions(MaxStates: 2000));

    private static string Compact(JsonObject o) => o.ToJsonString();

    [Fact]
    public void Expectation_OneSequence_IsStdout_WithTheGraphsRulesSorted()
    {
        var json = FuzzArtifacts.Expectation(Reduce(Out + "{ new c in { c!(12) | for (@x <- c) { o!(x) } } }"));
        var rules = json["rules"]!.AsArray().Select(r => r!.GetValue<string>()).ToList();
        Assert.True(rules.Count >= 2, Compact(json));
        Assert.Equal(rules.Order(StringComparer.Ordinal), rules);
        Assert.Equal("""{"stdout":["12"]}""", json["expect"]!.ToJsonString());
    }

    [Fact]
    public void Expectation_SeveralSequences_IsStdoutOneOf_EachSequenceOnce()
    {
        var json = FuzzArtifacts.Expectation(Reduce(Out + "{ new c in { c!(0) | c!(1) | for (@x <- c) { match x { 0 => o!(12) _ => { o!(1) | o!(2) } } } } }"));
        var seqs = json["expect"]!["stdout-one-of"]!.AsArray();
        Assert.Equal(3, seqs.Count);
    }

    [Fact]
    public void Expectation_TheSameFirstErrorEverywhere_IsARuntimeError()
    {
        var json = FuzzArtifacts.Expectation(Reduce("@\"x\"!(1 / 0)"));
        var e = json["expect"]!["error"]!.AsObject();
        Assert.Equal("div-zero", e["kind"]!.GetValue<string>());
        Assert.False(e.ContainsKey("static"));
    }

    [Fact]
    public void Expectation_AnErrorInOnlySomeOutcomes_IsNotAnErrorAssertion()
    {
        var json = FuzzArtifacts.Expectation(Reduce("new c in { c!(0) | c!(1) | for (@x <- c) { @\"r\"!(1 / x) } }"));
        Assert.Equal("""{"stdout":[]}""", json["expect"]!.ToJsonString());
    }

    [Fact]
    public void Expectation_NoOutcome_IsAnEmptyStdoutOneOf()
    {
        var json = FuzzArtifacts.Expectation(Reduce("new c in { contract c(@n) = { c!(n) } | c!(1) }"));
        Assert.Equal("""{"stdout-one-of":[]}""", json["expect"]!.ToJsonString());
    }

    [Fact]
    public void Write_CreatesTheDirectoryAndTheThreeFiles()
    {
        var root = Directory.CreateTempSubdirectory("fuzzmut-art").FullName;
        try
        {
            var dir = Path.Combine(root, "a", "b");
            var source = Out + "{ o!(\"<q>\") }";
            var paths = FuzzArtifacts.Write(new FuzzMismatch(42, "orig", source, "problem", Reduce(source)), dir);
            var stem = Path.Combine(dir, "fuzz-42");
            Assert.Equal([stem + ".rho", stem + ".json", stem + ".dot"], paths);
            Assert.Equal(source + "\n", File.ReadAllText(stem + ".rho"));
            var json = File.ReadAllText(stem + ".json");
            Assert.EndsWith("}\n", json, StringComparison.Ordinal);
            Assert.Contains("\n  \"expect\": {\n    \"stdout\": [\n      \"\\\"<q>\\\"\"\n    ]\n  }", json, StringComparison.Ordinal);
            Assert.StartsWith("digraph", File.ReadAllText(stem + ".dot"), StringComparison.Ordinal);
            Assert.Throws<ArgumentNullException>(() => FuzzArtifacts.Write(null!, dir));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }
}
