using Op = Rho.Compiler.Bytecode.Opcode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Evaluation;
using Rho.Semantics.Mutation;

namespace Rho.Machine.Execution;

/// <summary>
/// Primitive operations (<c>Prim/…</c>): handlers registered by opcode. The execution loop never names an
/// operation; it asks the registry, directly (<c>Prim/direct</c>) or over the machine's private channel
/// (<c>Prim/channel</c>). Adding a primitive is adding a handler.
/// </summary>
internal static partial class Primitives
{
    private static readonly Dictionary<Op, Func<Proc[], SourcePos, Proc>> Handlers = Build();

    public static bool IsPrimitive(Op op) => Handlers.ContainsKey(op);

    /// <summary><c>Prim/direct</c>: runs the handler inline.</summary>
    // Stryker disable once NullCoalescing : the handler alone gives the value the Int fast path gives (PrimitiveFastPathTests)
    public static Proc Apply(Op op, Proc[] operands, SourcePos pos) => IntFast(op, operands) ?? Handlers[op](operands, pos);

    /// <summary>The registered handler alone, without the Int fast path (tests compare the two).</summary>
    public static Proc ApplyHandler(Op op, Proc[] operands, SourcePos pos) => Handlers[op](operands, pos);

    /// <summary>
    /// <c>Prim/processor</c>: the processor takes a request from a private channel, runs the handler registered for
    /// its opcode and gives the answer it sends on the request's continuation channel: <c>(true, result)</c>, or
    /// <c>(false, error)</c> for a runtime error.
    /// </summary>
    public static PrimitiveResult Serve(PrimitiveRequest q)
    {
        var operands = Mutants.IsOn(Mutant.ChannelTrickSubSwapped) && q.Op == Op.Sub ? [.. q.Operands.Reverse()] : q.Operands;
        try
        {
            return new PrimitiveResult(Apply(q.Op, operands, q.Pos), null);
        }
        catch (RhoException e) when (e.Error.Class == ErrorClass.Runtime)
        {
            return new PrimitiveResult(null, e);
        }
    }

    private static Dictionary<Op, Func<Proc[], SourcePos, Proc>> Build()
    {
        var table = new Dictionary<Op, Func<Proc[], SourcePos, Proc>>
        {
            [Op.Not] = Unary(UnaryOp.Not),
            [Op.Neg] = Unary(UnaryOp.Neg),
            [Op.Method] = (xs, pos) => Evaluator.ApplyMethod(((GString)xs[0]).Value, xs[1], xs.Skip(2).ToSeq(), pos),
        };
        for (var op = Op.Or; op <= Op.Interpolate; op++)
        {
            table[op] = Binary((BinaryOp)(op - Op.Or));
        }
        return table;
    }

    private static Func<Proc[], SourcePos, Proc> Unary(UnaryOp u) =>
        (xs, pos) => Evaluator.EvalPar(new EUnary(u, xs[0]) { At = new Prov(pos) });

    private static Func<Proc[], SourcePos, Proc> Binary(BinaryOp b) =>
        (xs, pos) => Evaluator.EvalPar(new EBinary(b, xs[0], xs[1]) { At = new Prov(pos) });
}
