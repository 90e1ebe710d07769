using Rho.Compiler.Bytecode;
using Rho.Compiler.Tests.Laws;
using Rho.Semantics.Core;

namespace Rho.Laws.Tests.Compiler;

/// <summary>The compiler law set catches a broken compiler: one whose hash ignores the code, one whose union drops a side.</summary>
public class BrokenCompilerTests
{
    /// <summary>Our compiler with one operation replaced.</summary>
    private sealed class Broken(Func<CompiledProcess, string>? hash = null, Func<CompiledProcess, CompiledProcess, CompiledProcess>? union = null)
        : Rho.Laws.Compiler.ICompiler<CompiledProcess>
    {
        private static readonly RhoCompilerLaws Ours = RhoCompilerLaws.Instance;

        public CompiledProcess Compile(Proc p) => Ours.Compile(p);

        public CompiledProcess Union(CompiledProcess a, CompiledProcess b) => union is null ? Ours.Union(a, b) : union(a, b);

        public bool IsEmpty(CompiledProcess code) => Ours.IsEmpty(code);

        public string Hash(CompiledProcess code) => hash is null ? Ours.Hash(code) : hash(code);

        public byte[] Serialize(CompiledProcess code, bool withSourceMap) => Ours.Serialize(code, withSourceMap);

        public CompiledProcess Load(byte[] file) => Ours.Load(file);

        public string Disassemble(CompiledProcess code) => Ours.Disassemble(code);

        public CompiledProcess Assemble(string text) => Ours.Assemble(text);

        public Proc Decompile(CompiledProcess code) => Ours.Decompile(code);

        public void Verify(CompiledProcess code) => Ours.Verify(code);

        public CompiledProcess Optimize(CompiledProcess code) => Ours.Optimize(code);

        public IEnumerable<CompiledProcess> QuotedCode(CompiledProcess code) => Ours.QuotedCode(code);
    }

    [Fact]
    public void Canonical_ConstantHash_FailsWithACounterexample()
    {
        var results = LawRunner.Check(LawSets.Compiler<CompiledProcess>(), "Law/canonical", new Broken(hash: _ => "0"), new LawConfig(Tests: 50));
        var failed = Assert.Single(results, r => !r.Holds);
        Assert.Equal("Law/canonical", failed.Law);
        Assert.Contains("choices [", failed.Counterexample!.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Par_UnionThatDropsTheRightSide_Fails()
    {
        var result = Assert.Single(LawRunner.Check(LawSets.Compiler<CompiledProcess>(), "Law/par", new Broken(union: (a, _) => a), new LawConfig(Tests: 50)));
        Assert.False(result.Holds);
        Assert.Contains("RHO_PROPERTY_SEED=", result.ToString(), StringComparison.Ordinal);
        Assert.Contains("P2 = ", result.Counterexample!.Source, StringComparison.Ordinal);
    }
}
