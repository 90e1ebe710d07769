namespace Rho.Cli.Tests;

/// <summary><c>rho compile</c> end to end: disassembly of every example, the content hash, the optimizer and the verifier's errors.</summary>
public sealed class CompileCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rho-compile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The repository root, found above the test binaries (source paths are mapped away in CI builds).</summary>
    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "RhoSpec.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("RhoSpec.sln not found above the test binaries");
    }

    public static TheoryData<string> Examples() =>
        [.. Directory.GetFiles(Path.Combine(Root(), "examples"), "*.rho").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    [Trait("Rule", "Law/roundtrip")]
    public void Disasm_EveryExample_PrintsReadableCodeThatAssemblesBack(string example)
    {
        var (code, text, err) = RhoCommandTests.Rho("compile", Path.Combine(Root(), "examples", example), "--disasm");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        Assert.StartsWith("rhoc 1 sha256 ", text, StringComparison.Ordinal);
        Assert.Contains("sequence", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^ +0000 [A-Z_]+", text);
        Assert.Equal(text, Compiler.RhoCompiler.Disassemble(Compiler.RhoCompiler.Assemble(text)));
    }

    [Fact]
    [Trait("Rule", "Law/canonical")]
    public void Hash_EqualExactlyForCongruentFiles()
    {
        string Hash(string source)
        {
            var (code, text, _) = RhoCommandTests.Rho("compile", File($"h{source.GetHashCode(StringComparison.Ordinal):x}.rho", source), "--hash");
            Assert.Equal(0, code);
            Assert.Matches("^[0-9a-f]{64}\n$", text.Replace("\r", "", StringComparison.Ordinal));
            return text;
        }
        var p = Hash("new a, b in { a!(1) | for (@x <- b) { a!(x + 1) } }");
        Assert.Equal(p, Hash("new x, y in { Nil | for (@z <- y) { x!(z + 1) } | { x!(1) | Nil } }"));
        Assert.Equal(p, Hash("new a, b in { for (@x <- b) { a!(x + 1) } | a!(1) }"));
        Assert.NotEqual(p, Hash("new y, x in { for (@z <- y) { x!(z + 1) } | x!(1) }"));
        Assert.NotEqual(p, Hash("new a, b in { a!(1) | for (@x <- b) { a!(x + 2) } }"));
        Assert.NotEqual(p, Hash("new a, b in { a!(1) | for (@x <= b) { a!(x + 1) } }"));
        Assert.NotEqual(p, Hash("new a, b in { a!(1) | a!(1) | for (@x <- b) { a!(x + 1) } }"));
        Assert.NotEqual(Hash("@0!(1 + 2)"), Hash("@0!(3)"));
    }

    [Fact]
    [Trait("Rule", "Opt/fold-binary")]
    public void Optimize_PrintsOptimizedCodeButHashesTheCompiledOne()
    {
        var path = File("fold.rho", "@0!(1 + 2)");
        Assert.Contains("ADD", RhoCommandTests.Rho("compile", path).Out, StringComparison.Ordinal);
        Assert.DoesNotContain("ADD", RhoCommandTests.Rho("compile", path, "-O").Out, StringComparison.Ordinal);
        Assert.Equal(RhoCommandTests.Rho("compile", path, "--hash").Out, RhoCommandTests.Rho("compile", path, "--hash", "-O").Out);
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Verifier_MalformedFile_FileOffsetMessageAndExit1()
    {
        var bad = Path.Combine(Root(), "tests", "Rho.Compiler.Tests", "Verify", "Malformed", "stack-underflow.rhoc");
        foreach (var command in new[] { "compile", "run" })
        {
            var (code, text, err) = RhoCommandTests.Rho(command, bad);
            Assert.Equal(1, code);
            Assert.Equal("", text);
            Assert.Equal($"{bad}: error: offset 20: POP: pops 1 values but the stack holds 0\n", err.Replace("\r", "", StringComparison.Ordinal));
        }
    }
}
