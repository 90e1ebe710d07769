using Rho.Semantics;
using Rho.Semantics.Congruence;
using Rho.Semantics.Errors;

namespace Rho.Compiler.Tests.Laws;

/// <summary>
/// The round-trip and decompile laws on every program of the conformance corpus
/// (<c>conformance/**/*.rho</c>) that compiles: the corpus holds the pattern, bundle, method and
/// operator forms the generator leaves out, so the term codec and the text form see them all.
/// </summary>
public class CorpusLawTests
{
    public static TheoryData<string> Cases()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RhoSpec.sln")))
        {
            dir = dir.Parent;
        }
        var data = new TheoryData<string>();
        var root = Path.Combine(dir!.FullName, "conformance");
        foreach (var f in Directory.GetFiles(root, "*.rho", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, f));
        }
        return data;
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "RhoSpec.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir.FullName, "conformance");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    [Trait("Rule", "Law/roundtrip")]
    public void Corpus_CompiledCaseRoundTripsAndDecompiles(string relativePath)
    {
        Semantics.Core.Proc p;
        try
        {
            p = Rholang.Compile(File.ReadAllText(Path.Combine(Root(), relativePath)));
        }
        catch (RhoException)
        {
            return; // a static-error case: nothing to compile
        }
        var c = RhoCompiler.Compile(p);
        Assert.Equal(c, RhoCompiler.Load(RhoCompiler.Serialize(c)));
        Assert.Equal(c, RhoCompiler.Load(RhoCompiler.Serialize(c, withSourceMap: false)));
        var text = RhoCompiler.Disassemble(c);
        Assert.Equal(c, RhoCompiler.Assemble(text));
        Assert.Equal(p, Canon.Of(RhoCompiler.Decompile(c)));
        var optimized = RhoCompiler.Optimize(c);
        Assert.Equal(optimized, RhoCompiler.Load(RhoCompiler.Serialize(optimized)));
    }
}
