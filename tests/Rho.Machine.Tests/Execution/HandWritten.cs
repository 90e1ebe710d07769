using System.Buffers.Binary;
using System.Text;
using Rho.Compiler;
using Rho.Compiler.Bytecode;
using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests.Execution;

/// <summary>
/// Hand-written bytecode for the machine tests: one sequence in the text format of spec/bytecode.md §8, assembled and
/// verified (the verifier accepts it: only the machine decides what it does), with helpers for its pool entries.
/// </summary>
internal static class HandWritten
{
    /// <summary>A value pool entry: the Int <paramref name="n"/> (tag 11, then i64 little-endian; spec/bytecode.md §5).</summary>
    public static string Int(long n)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, n);
        return $"value x'0b{Convert.ToHexStringLower(bytes)}'  ; {n}";
    }

    /// <summary>A value pool entry: the String <paramref name="s"/> (tag 13, then u32 length and UTF-8 bytes).</summary>
    public static string Str(string s)
    {
        var utf8 = Encoding.UTF8.GetBytes(s);
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, utf8.Length);
        return $"value x'0d{Convert.ToHexStringLower(length)}{Convert.ToHexStringLower(utf8)}'  ; \"{s}\"";
    }

    /// <summary>
    /// A process of one sequence: <paramref name="instructions"/> (one per line, <c>offset NAME operands</c>), then
    /// <paramref name="pool"/> (entry i as <c>#i</c>; an entry's further lines, as a quote's process, indented below it).
    /// </summary>
    public static CompiledProcess Sequence(string[] instructions, params string[] pool)
    {
        var lines = new List<string> { "rhoc 1 sha256 0", "process", "  sequence" };
        lines.AddRange(instructions.Select(i => "    " + i));
        lines.Add("    pool");
        lines.AddRange(pool.Select((e, k) => $"      #{k} " + e.Replace("\n", "\n      ", StringComparison.Ordinal)));
        var p = RhoCompiler.Assemble(string.Join("\n", lines));
        RhoCompiler.Verify(p);
        return p;
    }

    /// <summary>A quote pool entry: the process of one sequence <c>INERT #0; HALT</c> whose inert term is <paramref name="term"/> (hex).</summary>
    public static string QuoteOfInert(string term) =>
        "quote\n  process\n    sequence\n      0000 INERT #0\n      0005 HALT\n      pool\n        #0 inert x'" + term + "'";

    /// <summary>The one sequence of <paramref name="p"/> with the source map <paramref name="map"/> (offset → position).</summary>
    public static CompiledProcess WithSourceMap(CompiledProcess p, params (int Offset, int Line, int Col)[] map)
    {
        var code = Assert.Single(p.Sequences);
        var entries = map.Select(e => new SourceMapEntry(e.Offset, new SourcePos(e.Line, e.Col))).ToSeq();
        return CompiledProcess.Of([code with { Meta = new CodeMeta(entries, -1) }], []);
    }

    /// <summary>Runs <paramref name="p"/> with the primitives inline.</summary>
    public static MachineResult Run(CompiledProcess p, long maxSteps = 10_000) =>
        RhoMachine.Run(p, new MachineOptions(Primitives: PrimitivePath.Direct, MaxSteps: maxSteps));

    /// <summary>The reducer's initial state of <paramref name="source"/> (no step taken), printed as a residual.</summary>
    public static string State(string source) => Printer.Print(Reducer.Initial(Rholang.Compile(source)).Residual);
}
