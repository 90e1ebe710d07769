using System.Text.Json;
using System.Xml.Linq;

namespace Rho.Cli.Tests.Conformance;

/// <summary><c>rho conformance</c>: implementations, report files and exit codes.</summary>
public sealed class ConformanceCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rho-conf-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Corpus => Path.Combine(WrongAdapterTests.RepoRoot(), "conformance");

    [Theory]
    [InlineData("machine")]
    [InlineData("reducer")]
    public void Conformance_OnAFilteredCorpus_PassesAndWritesJsonAndJUnit(string impl)
    {
        var json = Path.Combine(_dir, "r.json");
        var junit = Path.Combine(_dir, "r.xml");
        var (code, stdout, _) = RhoCommandTests.Rho("conformance", "--impl", impl, "--dir", Corpus, "--filter", "Op/add", "--json", json, "--junit", junit);
        Assert.Equal(0, code);
        Assert.Contains($"{impl}: ", stdout, StringComparison.Ordinal);
        Assert.Contains("by rule:", stdout, StringComparison.Ordinal);
        Assert.Contains("by category:", stdout, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var passed = doc.RootElement.GetProperty("passed").GetInt32();
        Assert.True(passed > 0);
        var xml = XDocument.Parse(File.ReadAllText(junit));
        Assert.Equal(passed, xml.Descendants("testcase").Count(t => !t.Elements("failure").Any() && !t.Elements("skipped").Any()));
        Assert.Contains(xml.Descendants("property"), p => (string?)p.Attribute("value") == "Op/add");
    }

    [Fact]
    public void Conformance_AWrongCommand_Exits1_AndJUnitHoldsTheMismatchReport()
    {
        var junit = Path.Combine(_dir, "r.xml");
        var (code, stdout, stderr) = RhoCommandTests.Rho("conformance", "--impl", "printf '%s\\n' 6; true", "--dir", Corpus, "--filter", "operators/add-int", "--junit", junit);
        Assert.Equal(1, code);
        Assert.Contains("FAIL operators/add-int", stdout, StringComparison.Ordinal);
        Assert.Contains("FAIL operators/add-int", stderr, StringComparison.Ordinal);
        var failure = Assert.Single(XDocument.Parse(File.ReadAllText(junit)).Descendants("testcase")
            .Where(t => (string?)t.Attribute("name") == "operators/add-int")
            .SelectMany(t => t.Elements("failure")));
        Assert.Contains("expected stdout [\"5\"], got [\"6\"]", (string?)failure.Attribute("message"), StringComparison.Ordinal);
        Assert.Contains("path:     s0", failure.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Conformance_Tap_PrintsOnePlanLineAndOneResultPerCase()
    {
        var (code, stdout, _) = RhoCommandTests.Rho("conformance", "--dir", Corpus, "--filter", "operators/add-int", "--tap");
        Assert.Equal(0, code);
        Assert.StartsWith("TAP version 13", stdout, StringComparison.Ordinal);
        Assert.Contains("ok 1 - operators/add-int", stdout, StringComparison.Ordinal);
    }
}
