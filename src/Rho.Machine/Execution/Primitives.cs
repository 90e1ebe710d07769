using Op = Rho.Compiler.Bytecode.Opcode;
using Rho.Machine.Space;
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
    public static Proc Apply(Op op, Proc[] operands, SourcePos pos) => IntFast(op, operands) ?? Handlers[op](operands, pos);

    /// <summary>The registered handler alone, without the Int fast path (tests compare the two).</summary>
    public static Proc ApplyHandler(Op op, Proc[] operands, SourcePos pos) => Handlers[op](operands, pos);

    /// <summary>
    /// <c>Prim/channel</c>, first half: the machine sends <c>(opcode, operands, k, line, column)</c> on its private
    /// channel, where the primitive processor is listening, and waits on k (the caller blocks the machine).
    /// </summary>
    public static void Request(IRSpace<Continuation> space, StateMachine m, Proc k, Op op, Proc[] operands, SourcePos pos)
    {
        space.Produce(
            m.PrivateChannel,
            Seq.Of<Proc>(new GInt((byte)op), new ETuple(operands.ToSeq()), k, new GInt(pos.Line), new GInt(pos.Col)),
            persistent: false);
        space.Consume(Seq.Of<Proc>(m.PrivateChannel), Seq.Of(Request5), ReceiveKind.Linear, ProcessorContinuation.Instance);
        space.Consume(Seq.Of(k), Seq.Of(Answer2), ReceiveKind.Linear, new AnswerContinuation(m));
    }

    /// <summary>
    /// <c>Prim/processor</c>: the processor runs the handler registered for the request's opcode and answers
    /// <c>(true, result)</c> or <c>(false, error#)</c> on the request's continuation channel.
    /// </summary>
    /// <returns>The continuation channel it answered on.</returns>
    public static Proc Serve(IRSpace<Continuation> space, Seq<Proc> request, Func<RhoException, long> record)
    {
        var op = (Op)(byte)((GInt)request[0]).Value;
        var operands = ((ETuple)request[1]).Items.ToArray();
        operands = Mutants.IsOn(Mutant.ChannelTrickSubSwapped) && op == Op.Sub ? [.. operands.Reverse()] : operands;
        var pos = new SourcePos((int)((GInt)request[3]).Value, (int)((GInt)request[4]).Value);
        Seq<Proc> reply;
        try
        {
            reply = Seq.Of<Proc>(new GBool(true), Apply(op, operands, pos));
        }
        catch (RhoException e) when (e.Error.Class == ErrorClass.Runtime)
        {
            reply = Seq.Of<Proc>(new GBool(false), new GInt(record(e)));
        }
        space.Produce(request[2], reply, persistent: false);
        return request[2];
    }

    private static readonly BindPattern Request5 = new(Enumerable.Range(0, 5).Select(i => (Proc)new FreeVar(i)).ToSeq(), null, 5);

    private static readonly BindPattern Answer2 = new(Seq.Of<Proc>(new FreeVar(0), new FreeVar(1)), null, 2);

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
