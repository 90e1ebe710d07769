using Rho.Semantics.Core;

namespace Rho.Compiler.Bytecode;

/// <summary>What an operand means, so the verifier and the text format can check and print it.</summary>
internal enum OperandKind
{
    /// <summary>An index into the code's pool; the entry must have the kind the instruction names.</summary>
    Pool,

    /// <summary>A de Bruijn index into the environment.</summary>
    Local,

    /// <summary>A number of values (arguments, items, binds).</summary>
    Count,

    /// <summary>An absolute byte offset of an instruction in the same code.</summary>
    Target,

    /// <summary>Bundle permissions: bit 0 read, bit 1 write.</summary>
    Flags,

    /// <summary>A receive kind: 0 linear, 1 persistent, 2 peek.</summary>
    ReceiveKind,
}

/// <summary>
/// The static description of one opcode: its spec name, its fixed operands and the pool-entry
/// kind its pool operand must have (spec/bytecode.md, "Instruction set").
/// </summary>
internal sealed record OpInfo(Opcode Op, string Name, Seq<OperandKind> Operands, Type? PoolKind)
{
    /// <summary>The spec id, <c>Op/NAME</c>.</summary>
    public string Id => "Op/" + Name;

    /// <summary>The description of a known opcode.</summary>
    public static OpInfo Of(Opcode op) => ByOp[op];

    /// <summary>The description of the opcode byte <paramref name="b"/>, or null when no opcode has it.</summary>
    public static OpInfo? TryOf(byte b) => ByOp.GetValueOrDefault((Opcode)b);

    /// <summary>The description of the opcode named <paramref name="name"/> (text format), or null.</summary>
    public static OpInfo? TryNamed(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Every opcode.</summary>
    public static IEnumerable<OpInfo> All => ByOp.Values.OrderBy(i => (byte)i.Op);

    /// <summary>The binary operators, by core operator (spec/bytecode.md, "Primitive operations").</summary>
    public static readonly IReadOnlyDictionary<BinaryOp, Opcode> Binary = new Dictionary<BinaryOp, Opcode>
    {
        [BinaryOp.Or] = Opcode.Or,
        [BinaryOp.ShortOr] = Opcode.ShortOr,
        [BinaryOp.And] = Opcode.And,
        [BinaryOp.ShortAnd] = Opcode.ShortAnd,
        [BinaryOp.Eq] = Opcode.Eq,
        [BinaryOp.Neq] = Opcode.Neq,
        [BinaryOp.Lt] = Opcode.Lt,
        [BinaryOp.Lte] = Opcode.Lte,
        [BinaryOp.Gt] = Opcode.Gt,
        [BinaryOp.Gte] = Opcode.Gte,
        [BinaryOp.Add] = Opcode.Add,
        [BinaryOp.Sub] = Opcode.Sub,
        [BinaryOp.Concat] = Opcode.Concat,
        [BinaryOp.Diff] = Opcode.Diff,
        [BinaryOp.Mul] = Opcode.Mul,
        [BinaryOp.Div] = Opcode.Div,
        [BinaryOp.Mod] = Opcode.Mod,
        [BinaryOp.Interpolate] = Opcode.Interpolate,
    };

    private static readonly Dictionary<Opcode, OpInfo> ByOp = Build();

    private static readonly Dictionary<string, OpInfo> ByName =
        ByOp.Values.ToDictionary(i => i.Name, StringComparer.Ordinal);

    /// <summary>The core operator of a binary opcode, or null.</summary>
    public static BinaryOp? BinaryOf(Opcode op)
    {
        foreach (var (k, v) in Binary)
        {
            if (v == op)
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>The core operator of a unary opcode, or null.</summary>
    public static UnaryOp? UnaryOf(Opcode op) => op switch
    {
        Opcode.Not => UnaryOp.Not,
        Opcode.Neg => UnaryOp.Neg,
        _ => null,
    };

    private static Dictionary<Opcode, OpInfo> Build()
    {
        var none = Seq<OperandKind>.Empty;
        var d = new Dictionary<Opcode, OpInfo>();
        void Add(Opcode op, string name, Type? pool, params OperandKind[] operands) =>
            d[op] = new OpInfo(op, name, Seq.Of(operands), pool);
        Add(Opcode.Halt, "HALT", null);
        Add(Opcode.PushConst, "PUSH_CONST", typeof(ValueConst), OperandKind.Pool);
        Add(Opcode.LoadLocal, "LOAD_LOCAL", null, OperandKind.Local);
        Add(Opcode.Quote, "QUOTE", typeof(QuoteConst), OperandKind.Pool);
        Add(Opcode.Inert, "INERT", typeof(InertConst), OperandKind.Pool);
        Add(Opcode.Pop, "POP", null);
        Add(Opcode.Dup, "DUP", null);
        Add(Opcode.Send, "SEND", null, OperandKind.Count);
        Add(Opcode.SendPersistent, "SEND_PERSISTENT", null, OperandKind.Count);
        // RECEIVE kind n b1 … bn u: its operand list is variable; the decoder reads it specially.
        Add(Opcode.Receive, "RECEIVE", null, OperandKind.ReceiveKind, OperandKind.Count);
        Add(Opcode.Eval, "EVAL", null);
        Add(Opcode.Match, "MATCH", typeof(PatternConst), OperandKind.Pool, OperandKind.Target);
        Add(Opcode.Spawn, "SPAWN", typeof(UnitConst), OperandKind.Pool, OperandKind.Count);
        Add(Opcode.Jump, "JUMP", null, OperandKind.Target);
        Add(Opcode.JumpIfFalse, "JUMP_IF_FALSE", null, OperandKind.Target);
        Add(Opcode.JumpIfTrue, "JUMP_IF_TRUE", null, OperandKind.Target);
        Add(Opcode.Bundle, "BUNDLE", null, OperandKind.Flags);
        Add(Opcode.Par, "PAR", null, OperandKind.Count);
        Add(Opcode.Matches, "MATCHES", typeof(PatternConst), OperandKind.Pool);
        Add(Opcode.Method, "METHOD", typeof(MethodConst), OperandKind.Pool, OperandKind.Count);
        Add(Opcode.MakeList, "MAKE_LIST", null, OperandKind.Count);
        Add(Opcode.MakeTuple, "MAKE_TUPLE", null, OperandKind.Count);
        Add(Opcode.MakeSet, "MAKE_SET", null, OperandKind.Count);
        Add(Opcode.MakeMap, "MAKE_MAP", null, OperandKind.Count);
        Add(Opcode.Not, "NOT", null);
        Add(Opcode.Neg, "NEG", null);
        foreach (var (bop, op) in Binary)
        {
            d[op] = new OpInfo(op, BinaryName(bop), none, null);
        }
        return d;
    }

    private static string BinaryName(BinaryOp op) => op switch
    {
        BinaryOp.ShortOr => "SHORT_OR",
        BinaryOp.ShortAnd => "SHORT_AND",
        _ => op.ToString().ToUpperInvariant(),
    };
}
