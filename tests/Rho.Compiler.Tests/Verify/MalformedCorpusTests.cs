using Rho.Semantics.Errors;

namespace Rho.Compiler.Tests.Verify;

/// <summary>
/// The corpus of hand-made malformed files (<c>Verify/Malformed/NAME.rhoc</c>), each rejected by
/// the loader with the exact line in <c>NAME.expected</c>: <c>NAME.rhoc: error: offset N: message</c>.
/// </summary>
public class MalformedCorpusTests
{
    /// <summary>The corpus folder, found above the test binaries (source paths are mapped away in CI builds).</summary>
    private static string Dir()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RhoSpec.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("RhoSpec.sln not found above the test binaries"), "tests", "Rho.Compiler.Tests", "Verify", "Malformed");
    }

    public static TheoryData<string> Names() => [.. MalformedCorpus.All.Select(x => x.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    [Trait("Rule", "Verify/opcode")]
    [Trait("Rule", "Verify/stack")]
    [Trait("Rule", "Verify/target")]
    [Trait("Rule", "Verify/local")]
    [Trait("Rule", "Verify/pool")]
    [Trait("Rule", "Verify/unit")]
    [Trait("Rule", "Verify/quote")]
    [Trait("Rule", "Verify/limits")]
    public void Corpus_EachFile_RejectedWithItsExactMessage(string name)
    {
        var file = Path.Combine(Dir(), name + ".rhoc");
        var expected = File.ReadAllText(Path.Combine(Dir(), name + ".expected")).TrimEnd('\n');
        var e = Assert.Throws<RhoException>(() => RhoCompiler.Load(File.ReadAllBytes(file)));
        Assert.Equal(RhoCompiler.BytecodeErrorKind, e.Error.Kind);
        Assert.Equal(expected, e.Error.Format(name + ".rhoc"));
        Assert.Matches(@"^[a-z-]+\.rhoc: error: offset \d+: \S", expected);
    }

    /// <summary>The files are the definitions' bytes; with <c>RHO_WRITE_MALFORMED=1</c> they (and their expected lines) are rewritten.</summary>
    [Fact]
    public void Corpus_FilesAreTheDefinitions()
    {
        var write = Environment.GetEnvironmentVariable("RHO_WRITE_MALFORMED") == "1";
        foreach (var (name, bytes) in MalformedCorpus.All)
        {
            var file = Path.Combine(Dir(), name + ".rhoc");
            if (write)
            {
                Directory.CreateDirectory(Dir());
                File.WriteAllBytes(file, bytes);
                var e = Assert.Throws<RhoException>(() => RhoCompiler.Load(bytes));
                File.WriteAllText(Path.Combine(Dir(), name + ".expected"), e.Error.Format(name + ".rhoc") + "\n");
            }
            Assert.Equal(bytes, File.ReadAllBytes(file));
        }
        Assert.Equal(MalformedCorpus.All.Count, Directory.GetFiles(Dir(), "*.rhoc").Length);
    }
}
