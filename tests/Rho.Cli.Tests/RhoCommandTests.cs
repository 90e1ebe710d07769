using System.Text.Json;

namespace Rho.Cli.Tests;

/// <summary>The <c>rho</c> command end to end, in process: outputs, error formats and exit codes.</summary>
public sealed class RhoCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rho-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    internal static (int Code, string Out, string Err) Rho(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = RhoCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Reduce_Json_GivesTheExactOutcomeSet()
    {
        var path = File("choice.rho", "new out(`rho:io:stdout`), c in { c!(1) | c!(2) | for (@x <- c) { out!(x) } }");
        var (code, stdout, _) = Rho("reduce", path, "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("complete").GetBoolean());
        Assert.True(root.GetProperty("states").GetInt32() > 0);
        var prints = root.GetProperty("outcomes").EnumerateArray()
            .Select(o => string.Join(",", o.GetProperty("stdout").EnumerateArray().Select(s => s.GetString())))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["1", "2"], prints);
        var first = root.GetProperty("outcomes")[0];
        Assert.Equal(JsonValueKind.Array, first.GetProperty("stderr").ValueKind);
        Assert.Equal(JsonValueKind.Array, first.GetProperty("errors").ValueKind);
        Assert.Equal(JsonValueKind.String, first.GetProperty("state").ValueKind);
    }

    [Fact]
    public void Reduce_RuntimeError_AppearsInJsonWithKindRuleAndPosition()
    {
        var path = File("err.rho", "new out(`rho:io:stdout`) in {\n  out!(1 / 0)\n}");
        var (code, stdout, _) = Rho("reduce", path, "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var error = doc.RootElement.GetProperty("outcomes")[0].GetProperty("errors")[0];
        Assert.Equal("div-zero", error.GetProperty("kind").GetString());
        Assert.Equal("Error/div-zero", error.GetProperty("rule").GetString());
        Assert.Equal(2, error.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Reduce_SyntaxError_PrintsFileLineColAndExits1()
    {
        var path = File("bad.rho", "new x in {\n  x!(1 +)\n}");
        var (code, stdout, stderr) = Rho("reduce", path);
        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Matches(@"^.*bad\.rho:2:\d+: error: .+", stderr.Trim());
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Reduce_StaticError_PrintsFileLineColAndExits1()
    {
        var path = File("free.rho", "x!(1)");
        var (code, _, stderr) = Rho("reduce", path);
        Assert.Equal(1, code);
        Assert.Matches(@"free\.rho:1:1: error: .+", stderr);
    }

    [Fact]
    public void Reduce_MissingFile_Exits1WithMessage()
    {
        var (code, _, stderr) = Rho("reduce", Path.Combine(_dir, "nope.rho"));
        Assert.Equal(1, code);
        Assert.Contains("error: cannot read file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_IsAUsageError_Exit2()
    {
        var (code, _, stderr) = Rho("reduce", "x.rho", "--no-such-option");
        Assert.Equal(2, code);
        Assert.Contains("rho:", stderr, StringComparison.Ordinal);
        Assert.Equal(2, Rho("no-such-command").Code);
        Assert.Equal(2, Rho().Code);
        Assert.Equal(2, Rho("reduce", "x.rho", "--max-states", "many").Code);
    }

    [Fact]
    public void Reduce_BudgetExhausted_Exits3()
    {
        var path = File("loop.rho", "new c in { contract c(@n) = { c!(n + 1) } | c!(0) }");
        var (code, stdout, _) = Rho("reduce", path, "--max-states", "50");
        Assert.Equal(3, code);
        Assert.Contains("cut off", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CongruentFiles_PrintTheSameText()
    {
        var a = File("a.rho", "new x in { x!(1) | for (@y <- x) { Nil } }");
        var b = File("b.rho", "new z in { for (@w <- z) { Nil | Nil } | z!(1) }");
        var c = File("c.rho", "new z in { for (@w <- z) { Nil } | z!(2) }");
        var (_, pa, _) = Rho("parse", a);
        var (_, pb, _) = Rho("parse", b);
        var (_, pc, _) = Rho("parse", c);
        Assert.Equal(pa, pb);
        Assert.NotEqual(pa, pc);
    }

    [Fact]
    public void Graph_WritesDotWithRuleLabels()
    {
        var src = File("g.rho", "new c in { c!(1) | for (_ <- c) { Nil } }");
        var dot = Path.Combine(_dir, "out.dot");
        var (code, _, _) = Rho("graph", src, "-o", dot);
        Assert.Equal(0, code);
        var text = System.IO.File.ReadAllText(dot);
        Assert.StartsWith("digraph", text, StringComparison.Ordinal);
        Assert.Contains("Comm/linear", text, StringComparison.Ordinal);
        Assert.Contains("peripheries=2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_PrintsWhatTheProgramPrints()
    {
        var path = File("hello.rho", "new out(`rho:io:stdout`) in { out!(\"hi\") | out!([1, 2]) }");
        var (code, stdout, _) = Rho("run", path, "--scheduler", "fifo");
        Assert.Equal(0, code);
        Assert.Equal(["\"hi\"", "[1, 2]"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Run_RuntimeError_ReportsPositionAndExits1()
    {
        var path = File("err.rho", "new out(`rho:io:stdout`) in {\n  out!(1 / 0) | out!(2)\n}");
        var (code, stdout, stderr) = Rho("run", path);
        Assert.Equal(1, code);
        Assert.Contains("2", stdout, StringComparison.Ordinal);
        Assert.Matches(@"err\.rho:2:\d+: error: ", stderr);
    }

    [Fact]
    public void Run_NonTerminating_BudgetExhaustedExits3()
    {
        var path = File("loop.rho", "new c in { contract c(@n) = { c!(n + 1) } | c!(0) }");
        var (code, _, stderr) = Rho("run", path, "--max-steps", "1000");
        Assert.Equal(3, code);
        Assert.Contains("budget exhausted", stderr + "", StringComparison.Ordinal);
    }

    [Fact]
    public void Run_CompiledFile_RunsAfterVerification_AndTruncatedFileIsRejected()
    {
        var src = File("p.rho", "new out(`rho:io:stdout`) in { out!(7) }");
        var bin = Path.Combine(_dir, "p.rhoc");
        Assert.Equal(0, Rho("compile", src, "-o", bin).Code);
        var (code, stdout, _) = Rho("run", bin);
        Assert.Equal(0, code);
        Assert.Equal("7", stdout.Trim());
        var bytes = System.IO.File.ReadAllBytes(bin);
        var broken = Path.Combine(_dir, "broken.rhoc");
        System.IO.File.WriteAllBytes(broken, bytes[..(bytes.Length / 2)]);
        var (bad, _, err) = Rho("run", broken);
        Assert.Equal(1, bad);
        Assert.Matches(@"broken\.rhoc: error: offset \d+: ", err);
    }
}
