using Rho.Machine.Space;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Evaluation;

namespace Rho.Machine.Execution;

/// <summary>
/// Primitive operations (<c>Prim/…</c>): handlers registered by opcode. The execution loop never names an
/// operation; it asks the registry, directly (<c>Prim/direct</c>) or over the machine's private channel
/// (<c>Prim/channel</c>). Adding a primitive is adding a handler.
/// </summary>
internal static class Primitives
{
    private static readonly Dictionary<Op, Func<Proc[], SourcePos, Proc>> Handlers = Build();

    public static bool IsPrimitive(Op op) => Handlers.ContainsKey(op);

    /// <summary><c>Prim/direct</c>: runs the handler inline.</summary>
    public static Proc Apply(Op op, Proc[] operands, SourcePos pos) => Handlers[op](operands, pos);

    /// <summary>
    /// <c>Prim/channel</c>: the machine sends <c>(opcode, operands, k)</c> on its private channel; the processor
    /// receives it, runs the handler and answers <c>(true, result)</c> or <c>(false, error#)</c> on k; the machine
    /// receives the answer. Every message goes through the RSpace.
    /// </summary>
    public static Proc ViaChannel(IRSpace<Continuation> space, Proc privateChannel, Proc k, Op op, Proc[] operands, SourcePos pos)
    {
        var errors = new List<RhoException>();
        space.Produce(privateChannel, Seq.Of<Proc>(new GInt((byte)op), new ETuple(operands.ToSeq()), k), persistent: false);
        space.Consume(Seq.Of(privateChannel), Seq.Of(Three), ReceiveKind.Linear, ProcessorContinuation.Instance);
        var request = space.Poll(privateChannel) ?? throw RhoException.Crash("primitive processor found no request");
        Serve(space, request.Bindings, pos, errors);
        space.Consume(Seq.Of(k), Seq.Of(Two), ReceiveKind.Linear, AnswerContinuation.Instance);
        var answer = space.Poll(k) ?? throw RhoException.Crash("primitive answer lost");
        return answer.Bindings[0] is GBool { Value: true }
            ? answer.Bindings[1]
            : throw errors[(int)((GInt)answer.Bindings[1]).Value];
    }

    private static readonly BindPattern Three = new(Seq.Of<Proc>(new FreeVar(0), new FreeVar(1), new FreeVar(2)), null, 3);

    private static readonly BindPattern Two = new(Seq.Of<Proc>(new FreeVar(0), new FreeVar(1)), null, 2);

    private static void Serve(IRSpace<Continuation> space, Seq<Proc> request, SourcePos pos, List<RhoException> errors)
    {
        var op = (Op)(byte)((GInt)request[0]).Value;
        var operands = ((ETuple)request[1]).Items.ToArray();
        Seq<Proc> reply;
        try
        {
            reply = Seq.Of<Proc>(new GBool(true), Apply(op, operands, pos));
        }
        catch (RhoException e) when (e.Error.Class == ErrorClass.Runtime)
        {
            errors.Add(e);
            reply = Seq.Of<Proc>(new GBool(false), new GInt(errors.Count - 1));
        }
        space.Produce(request[2], reply, persistent: false);
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
