using Rho.Semantics;
using Rho.Semantics.Congruence;
using Rho.Semantics.Reduction;

namespace Rho.Compiler.Tests.Laws;

/// <summary>The compiler laws on the named example programs of <c>examples/</c>, through the whole front end.</summary>
public class ExampleLawTests
{
    public static TheoryData<string> Examples()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RhoSpec.sln")))
        {
            dir = dir.Parent;
        }
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(dir!.FullName, "examples"), "*.rho").Order(StringComparer.Ordinal))
        {
            data.Add(f);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    [Trait("Rule", "Law/roundtrip")]
    [Trait("Rule", "Law/verify")]
    public void Example_CompilesVerifiesRoundTripsAndDecompiles(string path)
    {
        var p = Rholang.Compile(File.ReadAllText(path));
        var c = RhoCompiler.Compile(p);
        Assert.Equal(c, RhoCompiler.Load(RhoCompiler.Serialize(c)));
        Assert.Equal(c, RhoCompiler.Assemble(RhoCompiler.Disassemble(c)));
        Assert.Equal(p, Canon.Of(RhoCompiler.Decompile(c)));
        RhoCompiler.Verify(RhoCompiler.Optimize(c));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    [Trait("Rule", "Law/optimizer")]
    public void Example_OptimizedCodeHasTheSameOutcomes(string path)
    {
        var c = RhoCompiler.Compile(Rholang.Compile(File.ReadAllText(path)));
        var options = new ExploreOptions(MaxStates: 3000);
        var plain = Explorer.Explore(RhoCompiler.Decompile(c), options);
        var optimized = Explorer.Explore(RhoCompiler.Decompile(RhoCompiler.Optimize(c)), options);
        Assert.Equal(plain.Verdict, optimized.Verdict);
        if (plain.IsComplete)
        {
            static HashSet<string> Seen(Exploration e) => e.Outcomes
                .Select(o => string.Join("|", o.Stdout) + "#" + string.Join("|", o.Stderr) + "#" + string.Join("|", o.Errors.Select(x => x.Kind + x.Message)))
                .ToHashSet();
            Assert.Equal(Seen(plain), Seen(optimized));
        }
    }

    [Fact]
    [Trait("Rule", "Law/canonical")]
    [Trait("Rule", "Law/order")]
    public void Hash_EqualForCongruentSourcesAndDifferentOtherwise()
    {
        static string H(string src) => RhoCompiler.HashHex(RhoCompiler.Compile(Rholang.Compile(src)));
        var a = "new x, y in { x!(1 + 2) | for (@v <- x) { y!(v) } | Nil }";
        var b = "new q, r in { for (@w <- q) { r!(w) } | { q!(1 + 2) | Nil } }";
        Assert.Equal(H(a), H(b));
        Assert.NotEqual(H(a), H("new x, y in { x!(3) | for (@v <- x) { y!(v) } }"));
        Assert.NotEqual(H(a), H("new x, y in { x!!(1 + 2) | for (@v <- x) { y!(v) } }"));
        Assert.Equal(H("@\"a\"!(*@{Nil | 1})"), H("@\"a\"!(1)"));
    }
}
