using Rho.Compiler.Bytecode;
using Rho.Laws.Compiler;
using Rho.Semantics.Core;

namespace Rho.Compiler.Tests.Laws;

/// <summary>Our compiler (<see cref="RhoCompiler"/>) as the law library's <see cref="ICompiler{TCode}"/>.</summary>
public sealed class RhoCompilerLaws : ICompiler<CompiledProcess>
{
    /// <summary>The one instance.</summary>
    public static RhoCompilerLaws Instance { get; } = new();

    public CompiledProcess Compile(Proc p) => RhoCompiler.Compile(p);

    public CompiledProcess Union(CompiledProcess a, CompiledProcess b) => a.Union(b);

    public bool IsEmpty(CompiledProcess code) => code.IsEmpty;

    public string Hash(CompiledProcess code) => RhoCompiler.HashHex(code);

    public byte[] Serialize(CompiledProcess code, bool withSourceMap) => RhoCompiler.Serialize(code, withSourceMap);

    public CompiledProcess Load(byte[] file) => RhoCompiler.Load(file);

    public string Disassemble(CompiledProcess code) => RhoCompiler.Disassemble(code);

    public CompiledProcess Assemble(string text) => RhoCompiler.Assemble(text);

    public Proc Decompile(CompiledProcess code) => RhoCompiler.Decompile(code);

    public void Verify(CompiledProcess code) => RhoCompiler.Verify(code);

    public CompiledProcess Optimize(CompiledProcess code) => RhoCompiler.Optimize(code);

    public IEnumerable<CompiledProcess> QuotedCode(CompiledProcess code) =>
        code.Sequences.SelectMany(s => s.Pool).OfType<QuoteConst>().Select(q => q.Process);
}
