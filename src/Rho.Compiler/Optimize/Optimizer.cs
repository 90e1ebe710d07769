using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Evaluation;

namespace Rho.Compiler.Optimize;

/// <summary>
/// The per-sequence optimizer (spec/bytecode.md, "Optimizer"). Each code is rewritten on its own
/// by the folding rules (<c>Opt/fold-*</c>), the peephole rules (<c>Opt/match-const</c>,
/// <c>Opt/branch-const</c>, <c>Opt/short-pass</c>, <c>Opt/jump-thread</c>, <c>Opt/jump-next</c>,
/// <c>Opt/push-pop</c>) and <c>Opt/dead-code</c> until none applies, then its pool is rebuilt in
/// order of first use and its source map carried over (each instruction keeps the position of
/// the instruction it came from). Code units (receive
/// bodies, match branches) are optimized; QUOTE payloads are not, because they are name
/// identities (<c>Law/quote</c>). No rule changes an observable behaviour (<c>Law/optimizer</c>):
/// folding uses the evaluator itself and never folds an operation that raises.
/// </summary>
internal static partial class Optimizer
{
    /// <summary>Each optimized unit body (by reference) and the body it was optimized from (<c>Opt/original</c>).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CompiledProcess, CompiledProcess> Originals = [];

    public static CompiledProcess Process(CompiledProcess p)
    {
        var optimized = CompiledProcess.Of(
            p.Sequences.Select(Code),
            p.Links.Select(g => g with { Body = Process(g.Body) }));
        if (!ReferenceEquals(optimized, p))
        {
            Originals.AddOrUpdate(optimized, OriginalOf(p));
        }
        return optimized;
    }

    public static CompiledProcess OriginalOf(CompiledProcess p) => Originals.TryGetValue(p, out var original) ? original : p;

    public static Code Code(Code c)
    {
        var ins = Bytecode.Decoder.Decode(c).Select(x => new Op(x.Op, [.. x.Operands], x.Offset)).ToList();
        var pool = c.Pool.Select(k => k is UnitConst u ? u with { Body = Process(u.Body) } : k).ToList();
        bool changed;
        do
        {
            changed = Fold(ins, pool) | FoldShort(ins, pool) | Peephole(ins, pool) | DeadCode(ins);
        }
        while (changed);
        return Encode(ins, pool, c.Meta);
    }

    /// <summary>An instruction being rewritten; jump operands hold the <see cref="Offset"/> of their target.</summary>
    private sealed record Op(Opcode Code, int[] Operands, int Offset);

    /// <summary>
    /// <c>Opt/fold-unary</c>, <c>Opt/fold-binary</c>: constant operands of a pure operation become its value
    /// (SHORT_AND and SHORT_OR too: the machine computes them with the evaluator, as <see cref="Evaluate"/> does).
    /// One fold per call, like the peephole rules; <see cref="Code"/> repeats until none applies.
    /// </summary>
    private static bool Fold(List<Op> ins, List<Const> pool)
    {
        for (var i = 0; i < ins.Count; i++)
        {
            Proc? folded = null;
            var width = 0;
            if (OpInfo.UnaryOf(ins[i].Code) is { } u && i >= 1 && Const(ins, pool, i - 1) is { } a && !IsTarget(ins, ins[i]))
            {
                folded = Evaluate(new EUnary(u, a));
                width = 2;
            }
            else if (OpInfo.BinaryOf(ins[i].Code) is { } b && i >= 2
                && Const(ins, pool, i - 2) is { } l && Const(ins, pool, i - 1) is { } r
                && !IsTarget(ins, ins[i]) && !IsTarget(ins, ins[i - 1]))
            {
                folded = Evaluate(new EBinary(b, l, r));
                width = 3;
            }
            if (folded is not null)
            {
                var first = ins[i - width + 1];
                ins.RemoveRange(i - width + 1, width);
                ins.Insert(i - width + 1, new Op(Opcode.PushConst, [Intern(pool, new ValueConst(folded))], first.Offset));
                return true;
            }
        }
        return false;
    }

    /// <summary><c>Opt/fold-short</c>: <c>PUSH_CONST false; DUP; JUMP_IF_FALSE L; …; L:</c> is <c>PUSH_CONST false</c> (and <c>true</c> for <c>||</c>).</summary>
    private static bool FoldShort(List<Op> ins, List<Const> pool)
    {
        for (var i = 0; i + 2 < ins.Count; i++)
        {
            if (ins[i + 1].Code == Opcode.Dup && Const(ins, pool, i) is GBool b
                && ((ins[i + 2].Code == Opcode.JumpIfFalse && !b.Value) || (ins[i + 2].Code == Opcode.JumpIfTrue && b.Value))
                && !IsTarget(ins, ins[i + 1]) && !IsTarget(ins, ins[i + 2]))
            {
                var end = IndexOf(ins, ins[i + 2].Operands[0]);
                // Stryker disable once Equality : end = i + 2 is a jump to itself, and a jump that is a target was excluded above
                var forward = end > i + 2;
                if (forward && ins.Skip(i + 3).Take(end - i - 3).All(x => !IsTarget(ins, x) && x.Code is not (Opcode.Halt or Opcode.Jump)))
                {
                    ins.RemoveRange(i + 1, end - i - 1);
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary><c>Opt/dead-code</c>: instructions no path from the start reaches (after a HALT or JUMP) are removed.</summary>
    private static bool DeadCode(List<Op> ins)
    {
        var reached = new bool[ins.Count];
        var work = new Stack<int>();
        work.Push(0);
        while (work.Count > 0)
        {
            var i = work.Pop();
            if (i == ins.Count || reached[i])
            {
                continue;
            }
            reached[i] = true;
            var x = ins[i];
            var t = TargetSlot(x.Code);
            if (t >= 0)
            {
                work.Push(IndexOf(ins, x.Operands[t]));
            }
            if (x.Code is not (Opcode.Halt or Opcode.Jump))
            {
                work.Push(i + 1);
            }
        }
        var keep = ins.Where((_, i) => reached[i]).ToList();
        if (keep.Count == ins.Count)
        {
            return false;
        }
        ins.Clear();
        ins.AddRange(keep);
        return true;
    }

    private static Proc? Const(List<Op> ins, List<Const> pool, int i) =>
        ins[i].Code == Opcode.PushConst && pool[ins[i].Operands[0]] is ValueConst v ? v.Value : null;

    private static bool IsTarget(List<Op> ins, Op x) =>
        ins.Any(y => TargetSlot(y.Code) is >= 0 and var t && y.Operands[t] == x.Offset);

    /// <summary>The evaluator's value of a closed pure expression, or null when it raises or is not a ground value.</summary>
    private static Proc? Evaluate(Proc e)
    {
        Proc? v;
        try
        {
            v = Evaluator.EvalPar(e);
        }
        catch (RhoException ex) when (ex.Error.Class == ErrorClass.Runtime)
        {
            v = null;
        }
        // Stryker disable once Conditional : operations on the pool's ground values give ground values or raise; the check keeps a value entry ground (Verify/pool) should one ever not
        return v is GBool or GInt or GBigInt or GString or GUri or GByteArray ? v : null;
    }

    private static int Intern(List<Const> pool, Const k)
    {
        var i = pool.IndexOf(k);
        if (i < 0)
        {
            pool.Add(k);
            i = pool.Count - 1;
        }
        return i;
    }

    /// <summary>Re-encodes: new offsets, jump operands remapped, pool rebuilt in order of first use.</summary>
    private static Code Encode(List<Op> ins, List<Const> pool, CodeMeta meta)
    {
        var newOffset = new Dictionary<int, int>();
        var at = 0;
        foreach (var x in ins)
        {
            newOffset[x.Offset] = at;
            at += 1 + (4 * x.Operands.Length);
        }
        var used = new List<Const>();
        var remap = new Dictionary<int, int>();
        int Use(int k)
        {
            if (!remap.TryGetValue(k, out var j))
            {
                j = used.Count;
                used.Add(pool[k]);
                remap[k] = j;
            }
            return j;
        }
        var w = new ByteWriter();
        var oldMap = meta.SourceMap.Items.OrderBy(e => e.Offset).ToArray();
        var map = new List<SourceMapEntry>();
        foreach (var x in ins)
        {
            if (PositionAt(oldMap, x.Offset) is { } pos && (map.Count == 0 || map[^1].Pos != pos))
            {
                map.Add(new SourceMapEntry(newOffset[x.Offset], pos));
            }
            var info = OpInfo.Of(x.Code);
            w.U8((byte)x.Code);
            for (var i = 0; i < x.Operands.Length; i++)
            {
                var kind = x.Code == Opcode.Receive ? (i < 2 ? OperandKind.Count : OperandKind.Pool) : info.Operands[i];
                w.U32(kind switch
                {
                    OperandKind.Pool => Use(x.Operands[i]),
                    OperandKind.Target => newOffset[x.Operands[i]],
                    _ => x.Operands[i],
                });
            }
        }
        return new Code(Seq.Of(w.ToArray()), used.ToSeq()) { Meta = new CodeMeta(map.ToSeq(), meta.FileOffset) };
    }

    /// <summary>The position of the old instruction at <paramref name="offset"/>: the last map entry at or before it.</summary>
    private static SourcePos? PositionAt(SourceMapEntry[] map, int offset)
    {
        SourcePos? pos = null;
        foreach (var e in map)
        {
            if (e.Offset > offset)
            {
                break;
            }
            pos = e.Pos;
        }
        return pos;
    }
}
