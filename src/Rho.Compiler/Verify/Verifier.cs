using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Compiler.Compile;
using Rho.Semantics.Core;

namespace Rho.Compiler;

/// <summary>
/// The bytecode verifier every load goes through (spec/bytecode.md, "Verification"). It checks,
/// for every code of a compiled process with the environment depth it runs under:
/// <c>Verify/opcode</c> (known opcodes, complete operands), <c>Verify/pool</c> (pool indices of
/// the right kind), <c>Verify/local</c> (variable indices below the environment depth),
/// <c>Verify/target</c> (jumps land on instruction starts), <c>Verify/stack</c> (no underflow,
/// one depth per instruction on every path, empty at HALT, no falling off the end),
/// <c>Verify/unit</c> (unit arities agree with their spawners), <c>Verify/quote</c> (QUOTE
/// payloads verify) and <c>Verify/limits</c>. Errors are bytecode errors at file offsets.
/// </summary>
internal static partial class Verifier
{
    /// <summary>Largest count operand, environment depth and stack depth (<c>Verify/limits</c>).</summary>
    public const int MaxCount = 1 << 20;

    /// <summary>The file offset of byte <paramref name="pc"/> of a code (relative when not read from a file).</summary>
    public static long FileOffset(Code c, int pc) => Math.Max(c.Meta.FileOffset, 0) + pc;

    /// <summary>Verifies a compiled process whose environment has <paramref name="env"/> variables.</summary>
    public static void Process(CompiledProcess p, int env)
    {
        foreach (var c in p.Sequences)
        {
            Code(c, env);
        }
        foreach (var g in p.Links)
        {
            var at = g.Body.Sequences.IsEmpty ? 0 : FileOffset(g.Body.Sequences[0], 0);
            if (g.Count < g.Uris.Count || g.Count > MaxCount)
            {
                throw BytecodeErrors.At(at, $"link group of {g.Count} names with {g.Uris.Count} URIs is malformed");
            }
            if ((long)env + g.Count > MaxCount)
            {
                throw BytecodeErrors.At(at, $"environment deeper than {MaxCount}");
            }
            Process(g.Body, env + g.Count);
        }
    }

    /// <summary>Verifies one code under an environment of <paramref name="env"/> variables.</summary>
    public static void Code(Code c, int env)
    {
        var instrs = Decoder.Decode(c);
        var starts = new Dictionary<int, int>();
        for (var i = 0; i < instrs.Count; i++)
        {
            starts[instrs[i].Offset] = i;
        }
        foreach (var ins in instrs)
        {
            Operands(c, ins, env, starts);
        }
        Stack(c, instrs, starts);
        Pool(c, env);
    }

    private static void Operands(Code c, Instruction ins, int env, Dictionary<int, int> starts)
    {
        var at = FileOffset(c, ins.Offset);
        var name = ins.Info.Name;
        for (var i = 0; i < ins.Info.Operands.Count; i++)
        {
            var x = ins.Operands[i];
            switch (ins.Info.Operands[i])
            {
                case OperandKind.Pool:
                    PoolEntry(c, at, name, x, ins.Info.PoolKind!);
                    break;
                case OperandKind.Local when x >= env:
                    throw BytecodeErrors.At(at, $"{name}: variable {x} is outside the environment of {env}");
                case OperandKind.Target when !starts.ContainsKey(x):
                    throw BytecodeErrors.At(at, $"{name}: jump target {x} is not the start of an instruction");
                case OperandKind.Count when x > MaxCount:
                    throw BytecodeErrors.At(at, $"{name}: count {x} exceeds {MaxCount}");
                case OperandKind.Flags when x > 3:
                    throw BytecodeErrors.At(at, $"{name}: flags {x} are not a permission set (0..3)");
                case OperandKind.ReceiveKind when x > 2:
                    throw BytecodeErrors.At(at, $"{name}: unknown receive kind {x}");
                default:
                    break;
            }
        }
        switch (ins.Op)
        {
            case Opcode.Receive:
                var free = 0L;
                foreach (var b in ins.ReceiveBinds)
                {
                    free += ((BindConst)PoolEntry(c, at, name, b, typeof(BindConst))).FreeCount;
                }
                var unit = (UnitConst)PoolEntry(c, at, name, ins.ReceiveUnit, typeof(UnitConst));
                if (unit.Binds != free)
                {
                    throw BytecodeErrors.At(at, $"RECEIVE: body unit binds {unit.Binds} variables but the binds bind {free}");
                }
                break;
            case Opcode.Spawn when ((UnitConst)c.Pool[ins.Operands[0]]).Binds != ins.Operands[1]:
                throw BytecodeErrors.At(at, $"SPAWN: unit binds {((UnitConst)c.Pool[ins.Operands[0]]).Binds} variables but {ins.Operands[1]} are given");
            default:
                break;
        }
    }

    private static Const PoolEntry(Code c, long at, string name, int index, Type kind)
    {
        if (index >= c.Pool.Count)
        {
            throw BytecodeErrors.At(at, $"{name}: pool index {index} is outside the pool of {c.Pool.Count}");
        }
        var k = c.Pool[index];
        return k.GetType() == kind
            ? k
            : throw BytecodeErrors.At(at, $"{name}: pool entry #{index} is a {KindName(k.GetType())}, expected a {KindName(kind)}");
    }

    /// <summary>The text-format name of a pool entry kind.</summary>
    public static string KindName(Type t) => t.Name.Replace("Const", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary><c>Verify/pool</c>, <c>Verify/quote</c>: each pool entry is well formed under the environment.</summary>
    private static void Pool(Code c, int env)
    {
        var at = FileOffset(c, c.Instrs.Count);
        for (var i = 0; i < c.Pool.Count; i++)
        {
            string? problem = c.Pool[i] switch
            {
                ValueConst v => v.Value is GBool or GInt or GBigInt or GString or GUri or GByteArray or GUnforgeable or GSysChannel
                    ? null : "a value entry must be a ground value",
                InertConst k => Scope(k.Term, env),
                PatternConst p => Scope(p.Pattern, env) ?? Binds(p.Pattern, p.FreeCount),
                BindConst b => b.Patterns.Append(b.Remainder ?? Nil.Instance)
                    .Select(x => Scope(x, env) ?? Binds(x, b.FreeCount)).FirstOrDefault(m => m is not null),
                QuoteConst q => Nested(() => Process(q.Process, env)),
                UnitConst u => (long)env + u.Binds > MaxCount ? $"environment deeper than {MaxCount}" : Nested(() => Process(u.Body, env + u.Binds)),
                MethodConst m => m.Name.Length == 0 ? "empty method name" : null,
                _ => "unknown pool entry",
            };
            if (problem is not null)
            {
                throw BytecodeErrors.At(at, $"pool entry #{i}: {problem}");
            }
        }
    }

    private static string? Nested(Action verify)
    {
        verify();
        return null;
    }

    private static string? Scope(Proc term, int env)
    {
        var max = MaxFree(term, 0);
        return max >= env ? $"variable {max} is outside the environment of {env}" : null;
    }

    private static string? Binds(Proc pattern, int freeCount) =>
        freeCount > MaxCount || PatternVars.Count(pattern) > freeCount
            ? $"pattern variables exceed the declared {freeCount}"
            : null;

    /// <summary>
    /// The greatest environment index that a variable of <paramref name="p"/>, under <paramref name="depth"/>
    /// binders, refers to; negative when none refers past those binders (an environment size is never negative).
    /// </summary>
    private static int MaxFree(Proc p, int depth) => p switch
    {
        BoundVar v => v.Index - depth,
        VarRef r => r.Index - depth,
        _ => Traversal.Children(p).Select(x => MaxFree(x.Child, depth + x.Binds)).DefaultIfEmpty(-1).Max(),
    };
}
