using System.Globalization;
using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Compiler.Text;
using Rho.Semantics.Core;

namespace Rho.Compiler.Tests.Optimize;

/// <summary>
/// Hand-made codes for the optimizer's windows (spec/bytecode.md, "Optimizer"), in a small text:
/// one instruction per string, <c>NAME operand…</c>, where a target is <c>@n</c> (the n-th
/// instruction) and any other operand a number (a pool index for pool operands). Each code is
/// verified before it is optimized, so every window is one the optimizer can meet; the optimized
/// code is read back in the same text, with a value or pattern operand shown as its term, so
/// the pool's order does not show.
/// </summary>
internal static class Window
{
    /// <summary>Pattern <c>1</c> (closed, no binders): decided on a constant.</summary>
    public static readonly PatternConst One = new(new GInt(1), 0);

    /// <summary>Pattern <c>_</c> (no binders).</summary>
    public static readonly PatternConst Any = new(new Wildcard(), 0);

    /// <summary>A unit with no sequences and no link groups.</summary>
    public static readonly UnitConst NilUnit = new(0, CompiledProcess.Empty);

    /// <summary>A value entry.</summary>
    public static ValueConst V(long n) => new(new GInt(n));

    /// <summary>A Bool value entry.</summary>
    public static ValueConst V(bool b) => new(new GBool(b));

    /// <summary>An inert entry (a marker instruction that does nothing).</summary>
    public static InertConst Mark(string s) => new(new GString(s));

    /// <summary>The code the lines spell, with <paramref name="pool"/>.</summary>
    public static Code Build(Const[] pool, params string[] lines)
    {
        var parsed = lines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        var offsets = new List<int> { 0 };
        foreach (var p in parsed)
        {
            offsets.Add(offsets[^1] + 1 + (4 * (p.Length - 1)));
        }
        var w = new ByteWriter();
        foreach (var p in parsed)
        {
            var info = OpInfo.TryNamed(p[0]) ?? throw new ArgumentException("unknown opcode " + p[0]);
            w.U8((byte)info.Op);
            foreach (var operand in p.Skip(1))
            {
                w.U32(operand.StartsWith('@') ? offsets[int.Parse(operand[1..], CultureInfo.InvariantCulture)] : int.Parse(operand, CultureInfo.InvariantCulture));
            }
        }
        return new Code(Seq.Of(w.ToArray()), Seq.Of(pool)) { Meta = new CodeMeta(Seq<SourceMapEntry>.Empty, -1) };
    }

    /// <summary>The code with source-map entries: instruction index, line, column.</summary>
    public static Code WithMap(Code c, params (int Index, int Line, int Col)[] entries)
    {
        var starts = Bytecode.Decoder.Decode(c).Select(x => x.Offset).ToList();
        var map = entries.Select(e => new SourceMapEntry(starts[e.Index], new SourcePos(e.Line, e.Col)));
        return c with { Meta = new CodeMeta(map.ToSeq(), -1) };
    }

    /// <summary>Verifies <paramref name="c"/> (top level) and optimizes it.</summary>
    public static Code Optimized(Code c)
    {
        Verifier.Code(c, 0);
        return Rho.Compiler.Optimize.Optimizer.Code(c);
    }

    /// <summary>The code in the text of <see cref="Build"/>, pool operands shown as their terms.</summary>
    public static string[] Show(Code c)
    {
        var ins = Bytecode.Decoder.Decode(c);
        var index = ins.Select((x, i) => (x.Offset, i)).ToDictionary(p => p.Offset, p => p.i);
        return [.. ins.Select(x => string.Join(' ', [x.Info.Name, .. x.Operands.Select((k, i) => x.Info.Operands[i] switch
        {
            OperandKind.Target => "@" + index[k].ToString(CultureInfo.InvariantCulture),
            OperandKind.Pool => c.Pool[k] switch
            {
                ValueConst v => TermShow.Show(v.Value),
                PatternConst p => TermShow.Show(p.Pattern),
                InertConst m => TermShow.Show(m.Term),
                UnitConst => "unit",
                _ => "#" + k.ToString(CultureInfo.InvariantCulture),
            },
            _ => k.ToString(CultureInfo.InvariantCulture),
        })]))];
    }

    /// <summary>Builds, verifies, optimizes and shows.</summary>
    public static string[] Run(Const[] pool, params string[] lines) => Show(Optimized(Build(pool, lines)));

    /// <summary>The source map of <paramref name="c"/>: instruction index, line, column.</summary>
    public static (int Index, int Line, int Col)[] Map(Code c)
    {
        var index = Bytecode.Decoder.Decode(c).Select((x, i) => (x.Offset, i)).ToDictionary(p => p.Offset, p => p.i);
        return [.. c.Meta.SourceMap.Select(e => (index[e.Offset], e.Pos.Line, e.Pos.Col))];
    }
}
