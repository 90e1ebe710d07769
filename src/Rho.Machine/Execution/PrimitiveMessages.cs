using Op = Rho.Compiler.Bytecode.Opcode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Machine.Execution;

/// <summary>
/// <c>Prim/channel</c>: the message <c>(opcode, operands, k, position)</c> a machine sends on its private channel,
/// where the primitive processor listens (<c>Prim/partition</c>: it is held here, not in the shared RSpace). The
/// blocked machine waits on <see cref="Reply"/>, a fresh private name. A machine has at most one request pending, so
/// it keeps one message object and refills it for each request (<see cref="StateMachine.Request"/>).
/// </summary>
/// <param name="machine">The machine that sends it, blocked until the answer arrives.</param>
internal sealed class PrimitiveRequest(StateMachine machine)
{
    /// <summary>The machine that sent it, blocked until the answer arrives.</summary>
    public StateMachine Machine { get; } = machine;

    /// <summary>The id of the continuation channel k (the name itself is built only when asked for).</summary>
    public long ReplyId { get; private set; }

    /// <summary>The primitive's opcode.</summary>
    public Op Op { get; private set; }

    /// <summary>Its value operands.</summary>
    public Proc[] Operands { get; private set; } = [];

    /// <summary>The instruction's source position, for errors.</summary>
    public SourcePos Pos { get; private set; }

    /// <summary>The continuation channel k.</summary>
    public GUnforgeable Reply => new(ReplyId);

    /// <summary>The private channel the request travels on: its machine's.</summary>
    public GUnforgeable Channel => Machine.PrivateChannel;

    /// <summary>Fills the message for a new request on the fresh continuation channel numbered <paramref name="replyId"/>.</summary>
    /// <returns>This message.</returns>
    public PrimitiveRequest Set(long replyId, Op op, Proc[] operands, SourcePos pos)
    {
        ReplyId = replyId;
        Op = op;
        Operands = operands;
        Pos = pos;
        return this;
    }
}

/// <summary>
/// <c>Prim/processor</c>: the processor's answer on the continuation channel <paramref name="Reply"/>:
/// <c>(true, Value)</c>, or <c>(false, Error)</c>.
/// </summary>
/// <param name="Machine">The machine waiting on <paramref name="Reply"/>.</param>
/// <param name="Reply">The continuation channel k.</param>
/// <param name="Value">The result, when the handler returned one.</param>
/// <param name="Error">The runtime error the handler raised, otherwise.</param>
internal sealed record PrimitiveAnswer(StateMachine Machine, GUnforgeable Reply, Proc? Value, RhoException? Error);

/// <summary>
/// What the handler gives for a request (<c>Prim/processor</c>): a value or a runtime error. It becomes a
/// <see cref="PrimitiveAnswer"/> object only when the budget stops the run before the machine takes it.
/// </summary>
/// <param name="Value">The result, when the handler returned one.</param>
/// <param name="Error">The runtime error the handler raised, otherwise.</param>
internal readonly record struct PrimitiveResult(Proc? Value, RhoException? Error);
