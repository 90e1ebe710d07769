using Rho.Semantics.Conformance;

namespace Rho.Semantics.Tests.Conformance;

/// <summary>
/// What a case file means (spec/conformance.md, "The corpus"): the <c>.rho</c> program, its sidecar
/// with rules, one assertion and an optional skip, and the exact error for each malformed sidecar.
/// </summary>
public sealed class ConfMutCaseTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("confmut-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private string Write(string relative, string sidecar, string program = "Nil")
    {
        var path = Path.Combine(root, relative + ".rho");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, program);
        if (sidecar.Length > 0)
        {
            File.WriteAllText(Path.ChangeExtension(path, ".json"), sidecar);
        }
        return path;
    }

    private string LoadError(string sidecar)
    {
        var path = Write("cat/bad", sidecar);
        var e = Assert.Throws<FormatException>(() => ConformanceCase.Load(root, path));
        return e.Message.Replace(Path.ChangeExtension(path, ".json"), "SIDECAR", StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ACaseInACategory_ReadsEveryField()
    {
        var path = Write("cat/sub/one", """{"rules":["Op/add","Comm/linear"],"expect":{"stdout":["3"]}}""", "@0!(1 + 2)");
        var c = ConformanceCase.Load(root, path);
        Assert.Equal("cat/sub", c.Category);
        Assert.Equal("one", c.Name);
        Assert.Equal("cat/sub/one", c.Id);
        Assert.Equal(path, c.SourcePath);
        Assert.Equal(Path.ChangeExtension(path, ".json"), c.SidecarPath);
        Assert.Equal("@0!(1 + 2)", c.Source);
        Assert.Equal(["Op/add", "Comm/linear"], c.Rules);
        Assert.Equal("stdout", c.AssertionKey);
        Assert.Equal(["3"], Assert.IsType<Assertion.Stdout>(c.Expect).Lines);
        Assert.Null(c.Skip);
    }

    [Fact]
    public void Load_ACaseAtTheRoot_HasCategoryDot()
    {
        var c = ConformanceCase.Load(root, Write("top", """{"rules":["Op/add"],"expect":{"stdout":[]}}"""));
        Assert.Equal(".", c.Category);
        Assert.Equal("./top", c.Id);
    }

    [Fact]
    public void LoadAll_SortsByPathOrdinally()
    {
        const string sidecar = """{"rules":["Op/add"],"expect":{"stdout":[]}}""";
        Write("b/z", sidecar);
        Write("a/y", sidecar);
        Write("B/x", sidecar);
        Write("b/a", sidecar);
        Assert.Equal(["B/x", "a/y", "b/a", "b/z"], ConformanceCase.LoadAll(root).Select(c => c.Id));
    }

    [Theory]
    [InlineData("TEMPORARY", false)]
    [InlineData("PERMANENT", true)]
    public void Load_ASkip_KeepsItsHeadingAndReason(string heading, bool permanent)
    {
        var c = ConformanceCase.Load(root, Write("cat/s", """{"rules":["Op/add"],"expect":{"stdout":[]},"skip":{"heading":""" + $"\"{heading}\"" + ""","reason":"why"}}"""));
        Assert.Equal(new Skip(permanent, "why"), c.Skip);
        Assert.Equal(heading, c.Skip!.Heading);
    }

    [Fact]
    public void Load_APlaceholder_KeepsItsKeyWithNoAssertion()
    {
        var c = ConformanceCase.Load(root, Write("cat/p", """{"rules":["Op/add"],"expect":{"confluent":null}}"""));
        Assert.Equal("confluent", c.AssertionKey);
        Assert.Null(c.Expect);
    }

    [Theory]
    [InlineData("""{"rules":["Op/add"],"expect":{"stdout":[]},"skip":{"heading":"LATER","reason":"why"}}""")]
    [InlineData("""{"rules":["Op/add"],"expect":{"stdout":[]},"skip":{"reason":"why"}}""")]
    [InlineData("""{"rules":["Op/add"],"expect":{"stdout":[]},"skip":{"heading":"TEMPORARY","reason":" "}}""")]
    [InlineData("""{"rules":["Op/add"],"expect":{"stdout":[]},"skip":{"heading":"PERMANENT"}}""")]
    public void Load_ASkipWithoutAKnownHeadingOrAReason_IsRejected(string sidecar)
    {
        Assert.Equal("SIDECAR: a skip needs \"heading\": TEMPORARY or PERMANENT, and a \"reason\"", LoadError(sidecar));
    }

    [Fact]
    public void Load_WithoutASidecar_SaysWhichIsMissing()
    {
        var path = Write("cat/alone", "");
        var e = Assert.Throws<FormatException>(() => ConformanceCase.Load(root, path));
        Assert.Equal($"{path}: no sidecar alone.json", e.Message);
    }

    [Theory]
    [InlineData("""{"expect":{"stdout":[]}}""", "SIDECAR: no \"rules\"")]
    [InlineData("""{"rules":["Op/add"]}""", "SIDECAR: no \"expect\"")]
    [InlineData("""{"rules":["Op/add"],"expect":{}}""", "SIDECAR: \"expect\" must hold exactly one assertion")]
    [InlineData("""{"rules":["Op/add"],"expect":{"stdout":[],"confluent":null}}""", "SIDECAR: \"expect\" must hold exactly one assertion")]
    [InlineData("""{"rules":["Op/add"],"expect":{"stdouts":null}}""", "SIDECAR: unknown assertion 'stdouts'")]
    [InlineData("null", "empty document")]
    public void Load_AMalformedSidecar_SaysWhatIsWrong(string sidecar, string message)
    {
        Assert.Equal(message, LoadError(sidecar));
    }

    [Theory]
    [InlineData("""{"rules":["Op/add"],"expect":{"malformed":{"line":"x","col":1}}}""", "malformed")] // InvalidOperationException
    [InlineData("""{"rules":["Op/add"],"expect":{"error":{"message":"m"}}}""", "error")] // NullReferenceException
    [InlineData("""{"rules":["Op/add"],"expect":{"stdouts":[]}}""", "stdouts")] // FormatException
    public void Load_ABadAssertionValue_NamesTheAssertion(string sidecar, string key)
    {
        Assert.StartsWith($"SIDECAR: bad \"{key}\" assertion: ", LoadError(sidecar), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ASidecarThatIsNotJson_GivesTheParserMessage()
    {
        Assert.StartsWith("SIDECAR: ", LoadError("{\"rules\": ["), StringComparison.Ordinal);
    }

    [Fact]
    public void SidecarWith_WritesRulesAssertionAndSkipIndented()
    {
        var c = ConformanceCase.Load(root, Write("cat/w", """{"rules":["Op/add","Sys/stdout"],"expect":{"stdout":[]},"skip":{"heading":"PERMANENT","reason":"by design ≠"}}"""));
        var text = c.SidecarWith(new Assertion.Error("div-zero", "division by \"zero\"", false));
        Assert.Equal(
            "{\n  \"rules\": [\n    \"Op/add\",\n    \"Sys/stdout\"\n  ],\n  \"expect\": {\n    \"error\": {\n      \"kind\": \"div-zero\",\n"
            + "      \"message\": \"division by \\\"zero\\\"\"\n    }\n  },\n  \"skip\": {\n    \"heading\": \"PERMANENT\",\n    \"reason\": \"by design ≠\"\n  }\n}\n",
            text.ReplaceLineEndings("\n"));
        var plain = ConformanceCase.Load(root, Write("cat/v", """{"rules":["Op/add"],"expect":{"stdout":[]}}"""));
        Assert.Equal("{\n  \"rules\": [\n    \"Op/add\"\n  ],\n  \"expect\": {\n    \"malformed\": {\n      \"line\": 1,\n      \"col\": 2\n    }\n  }\n}\n",
            plain.SidecarWith(new Assertion.Malformed(1, 2)).ReplaceLineEndings("\n"));
    }
}
