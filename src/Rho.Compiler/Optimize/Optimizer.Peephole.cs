using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Matching;

namespace Rho.Compiler.Optimize;

/// <summary>
/// The peephole rules (spec/bytecode.md, "Optimizer"). Each rewrites a window of adjacent
/// instructions into fewer with the same effect on every path through the window. A rule never
/// fires when control can enter the window other than at its first instruction, except where the
/// rule says why entering there is still correct.
/// </summary>
internal static partial class Optimizer
{
    private static bool Peephole(List<Op> ins, List<Const> pool) =>
        MatchConst(ins, pool) | MatchAny(ins, pool) | SpawnNil(ins, pool) | BranchConst(ins, pool) | ShortPass(ins, pool) | JumpThread(ins, pool) | JumpNext(ins) | PushPop(ins);

    /// <summary>
    /// <c>Opt/match-const</c>: <c>PUSH_CONST v; MATCH #p L</c> with a closed pattern without binders is
    /// decided now: when v matches p both go (the match consumes v and binds nothing); otherwise the
    /// MATCH becomes <c>JUMP L</c>, which reaches L with v on the stack as the failed match would.
    /// </summary>
    private static bool MatchConst(List<Op> ins, List<Const> pool)
    {
        for (var i = 0; i + 1 < ins.Count; i++)
        {
            if (ins[i + 1].Code == Opcode.Match && Const(ins, pool, i) is { } v && Decide(v, pool[ins[i + 1].Operands[0]]) is { } matches
                && !IsTarget(ins, ins[i]) && !IsTarget(ins, ins[i + 1]))
            {
                if (matches)
                {
                    ins.RemoveRange(i, 2);
                }
                else
                {
                    ins[i + 1] = new Op(Opcode.Jump, [ins[i + 1].Operands[1]], ins[i + 1].Offset);
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <c>Opt/match-any</c>: <c>MATCH #p L</c> with the pattern <c>_</c> (no binders) always matches and binds
    /// nothing: it is <c>POP</c>, and L is reached only from elsewhere (or no longer, for <c>Opt/dead-code</c>).
    /// </summary>
    private static bool MatchAny(List<Op> ins, List<Const> pool)
    {
        for (var i = 0; i < ins.Count; i++)
        {
            if (ins[i].Code == Opcode.Match && pool[ins[i].Operands[0]] is PatternConst { FreeCount: 0, Pattern: Wildcard })
            {
                ins[i] = new Op(Opcode.Pop, [], ins[i].Offset);
                return true;
            }
        }
        return false;
    }

    /// <summary><c>Opt/spawn-nil</c>: <c>SPAWN #u 0</c> of a unit with no sequences and no link groups starts nothing and goes.</summary>
    private static bool SpawnNil(List<Op> ins, List<Const> pool)
    {
        for (var i = 0; i + 1 < ins.Count; i++)
        {
            if (ins[i].Code == Opcode.Spawn && ins[i].Operands[1] == 0 && pool[ins[i].Operands[0]] is UnitConst { Binds: 0, Body.IsEmpty: true })
            {
                Retarget(ins, ins[i].Offset, ins[i + 1].Offset);
                ins.RemoveAt(i);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <c>Opt/branch-const</c>: <c>PUSH_CONST b; JUMP_IF_FALSE L</c> (or <c>JUMP_IF_TRUE</c>) with a Bool b:
    /// a branch never taken goes with its constant; a branch always taken becomes <c>JUMP L</c>, which
    /// keeps the constant's offset, so a jump into the window still lands on it.
    /// </summary>
    private static bool BranchConst(List<Op> ins, List<Const> pool)
    {
        for (var i = 0; i + 2 < ins.Count; i++)
        {
            if (ins[i + 1].Code is Opcode.JumpIfFalse or Opcode.JumpIfTrue && Const(ins, pool, i) is GBool b && !IsTarget(ins, ins[i + 1]))
            {
                var taken = b.Value == (ins[i + 1].Code == Opcode.JumpIfTrue);
                if (taken)
                {
                    ins[i] = new Op(Opcode.Jump, [ins[i + 1].Operands[0]], ins[i].Offset);
                    // Stryker disable once Statement : the branch left after the new JUMP is unreachable and no jump targets it (checked above), so Opt/dead-code removes it in the same pass
                    ins.RemoveAt(i + 1);
                }
                else
                {
                    Retarget(ins, ins[i].Offset, ins[i + 2].Offset);
                    ins.RemoveRange(i, 2);
                }
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <c>Opt/short-pass</c>: <c>PUSH_CONST b; DUP; JUMP_IF_FALSE L</c> with b = true (for <c>&amp;&amp;</c>; false and
    /// <c>JUMP_IF_TRUE</c> for <c>||</c>) never jumps: it is <c>PUSH_CONST b</c>. The decided case is <c>Opt/fold-short</c>.
    /// </summary>
    private static bool ShortPass(List<Op> ins, List<Const> pool)
    {
        for (var i = 0; i + 2 < ins.Count; i++)
        {
            if (ins[i + 1].Code == Opcode.Dup && Const(ins, pool, i) is GBool b
                && ((ins[i + 2].Code == Opcode.JumpIfFalse && b.Value) || (ins[i + 2].Code == Opcode.JumpIfTrue && !b.Value))
                && !IsTarget(ins, ins[i + 1]) && !IsTarget(ins, ins[i + 2]))
            {
                ins.RemoveRange(i + 1, 2);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <c>Opt/jump-thread</c>: a forward branch to a forward <c>JUMP L2</c> branches to L2 (only forward, so
/// threading ends even on verified code with cycles); a <c>JUMP</c> to <c>HALT</c> is
    /// <c>HALT</c> (the verifier's consistent depths make the stack empty there too); and
    /// <c>PUSH_CONST v; JUMP L</c> to a <c>MATCH #p L3</c> that <c>Opt/match-const</c> decides goes past
    /// the match (dropping v) or on to L3.
    /// </summary>
    private static bool JumpThread(List<Op> ins, List<Const> pool)
    {
        for (var i = 0; i < ins.Count; i++)
        {
            var x = ins[i];
            var t = TargetSlot(x.Code);
            if (t < 0)
            {
                continue;
            }
            var j = IndexOf(ins, x.Operands[t]);
            var y = ins[j];
            // Stryker disable once Equality : y = x would be a jump to itself, whose target is not forward
            var forward = y.Offset > x.Offset;
            if (y.Code == Opcode.Jump && y.Operands[0] > y.Offset && forward)
            {
                ins[i] = x with { Operands = WithOperand(x.Operands, t, y.Operands[0]) };
                return true;
            }
            if (x.Code == Opcode.Jump && y.Code == Opcode.Halt)
            {
                ins[i] = new Op(Opcode.Halt, [], x.Offset);
                return true;
            }
            if (x.Code == Opcode.Jump && i >= 1 && y.Code == Opcode.Match && j + 1 < ins.Count && Const(ins, pool, i - 1) is { } v
                && Decide(v, pool[y.Operands[0]]) is { } matches && !IsTarget(ins, ins[i - 1]) && !IsTarget(ins, x))
            {
                if (matches)
                {
                    ins[i] = x with { Operands = [ins[j + 1].Offset] };
                    ins.RemoveAt(i - 1);
                }
                else
                {
                    ins[i] = x with { Operands = [y.Operands[1]] };
                }
                return true;
            }
        }
        return false;
    }

    /// <summary><c>Opt/jump-next</c>: a <c>JUMP</c> to the next instruction does nothing and goes; jumps to it go to the next.</summary>
    private static bool JumpNext(List<Op> ins)
    {
        for (var i = 0; i + 1 < ins.Count; i++)
        {
            if (ins[i].Code == Opcode.Jump && ins[i].Operands[0] == ins[i + 1].Offset)
            {
                Retarget(ins, ins[i].Offset, ins[i + 1].Offset);
                ins.RemoveAt(i);
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// <c>Opt/push-pop</c>: <c>PUSH_CONST k; POP</c>, <c>LOAD_LOCAL i; POP</c> and <c>DUP; POP</c> do nothing
    /// (none of the pushes can raise) and go; jumps to the push go past the pair.
    /// </summary>
    private static bool PushPop(List<Op> ins)
    {
        for (var i = 0; i + 2 < ins.Count; i++)
        {
            if (ins[i].Code is Opcode.PushConst or Opcode.LoadLocal or Opcode.Dup && ins[i + 1].Code == Opcode.Pop && !IsTarget(ins, ins[i + 1]))
            {
                Retarget(ins, ins[i].Offset, ins[i + 2].Offset);
                ins.RemoveRange(i, 2);
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="v"/> matches pattern entry <paramref name="k"/>, when that is decidable now (closed, no binders).</summary>
    private static bool? Decide(Proc v, Const k) =>
        k is PatternConst { FreeCount: 0 } p && Substitution.IsClosed(p.Pattern)
            ? SpatialMatcher.MatchAll(v, p.Pattern, 0).Any()
            : null;

    /// <summary>The operand index holding a jump target, or -1.</summary>
    private static int TargetSlot(Opcode code) => code switch
    {
        Opcode.Jump or Opcode.JumpIfFalse or Opcode.JumpIfTrue => 0,
        Opcode.Match => 1,
        _ => -1,
    };

    private static int IndexOf(List<Op> ins, int offset) => ins.FindIndex(y => y.Offset == offset);

    private static int[] WithOperand(int[] operands, int slot, int value)
    {
        var copy = (int[])operands.Clone();
        copy[slot] = value;
        return copy;
    }

    /// <summary>Every jump to the instruction at <paramref name="from"/> goes to <paramref name="to"/> instead.</summary>
    private static void Retarget(List<Op> ins, int from, int to)
    {
        for (var i = 0; i < ins.Count; i++)
        {
            var t = TargetSlot(ins[i].Code);
            if (t >= 0 && ins[i].Operands[t] == from)
            {
                ins[i] = ins[i] with { Operands = WithOperand(ins[i].Operands, t, to) };
            }
        }
    }
}
