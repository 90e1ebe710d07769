using Rho.Compiler.Bytecode;
using Rho.Machine.Space;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Execution;

internal sealed partial class Runtime
{
    /// <summary>
    /// <c>Mach/send</c>: the channel is unbundled (write), then a system channel of the right arity prints
    /// (<c>Sys/…</c>, choosing the system consumer); any other send is produced in the RSpace and a communication
    /// on its channel is scheduled (<c>RSpace/produce</c>).
    /// </summary>
    public void Send(Proc chan, Proc[] args, bool persistent, SourcePos pos)
    {
        var c = Codes.Canonical(Unbundle(chan, write: true, pos));
        var data = new Proc[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            data[i] = Codes.Canonical(args[i]);
        }
        if (c is GSysChannel sys && Rules.SystemChannels.TryGetValue(sys.Uri, out var arity) && arity == data.Length)
        {
            if (persistent)
            {
                // A persistent send on a system channel prints forever, as in the reducer: the budget ends it.
                Enqueue(new RepeatSend(sys, data, pos));
            }
            else
            {
                Print(sys, data, pos);
            }
            return;
        }
        Space.Produce(c, data.ToSeq(), persistent);
        if (Space.MayCommunicate(c))
        {
            Enqueue(new PollTask(c));
        }
    }

    /// <summary><c>Mach/receive</c>: sources are unbundled (read); the join is consumed in the RSpace (<c>RSpace/consume</c>).</summary>
    public void Receive(Proc[] channels, BindConst[] binds, ReceiveKind kind, UnitConst unit, Proc[] env, SourcePos pos, Func<Proc, Proc> close)
    {
        var cs = channels.Select(c => Codes.Canonical(Unbundle(c, write: false, pos))).ToSeq();
        var patterns = binds
            .Select(b => new BindPattern(b.Patterns.Map(close), b.Remainder is null ? null : close(b.Remainder), b.FreeCount))
            .ToSeq();
        Space.Consume(cs, patterns, kind, new ReceiveContinuation(unit, env, binds.ToSeq()));
        if (Space.MayCommunicate(cs[0]))
        {
            Enqueue(new PollTask(cs[0]));
        }
    }

    /// <summary><c>RSpace/comm</c> then <c>Mach/resume</c>: one communication; its body is linked with the bindings in front of the receive's environment.</summary>
    private void Fire(Proc channel, Random? random)
    {
        var comm = Space.Poll(channel, random);
        if (comm is null)
        {
            return;
        }
        if (comm.Continuation.Continuation is not ReceiveContinuation k)
        {
            throw RhoException.Crash("unknown continuation");
        }
        Link(k.Unit.Body, [.. comm.Bindings, .. k.Env]);
        if (Space.MayCommunicate(channel))
        {
            Enqueue(new PollTask(channel));
        }
    }

    /// <summary>
    /// The communication on the continuation channel: the blocked machine takes the answer (<c>Mach/resume</c>) and
    /// goes back to the queue, or raises the error at its next step (<c>Mach/error</c>).
    /// </summary>
    private void Answer(PrimitiveAnswer a)
    {
        if (a.Error is { } error)
        {
            a.Machine.Fail(error);
        }
        else
        {
            a.Machine.Resume(a.Value ?? throw RhoException.Crash("primitive answer without a value"));
        }
        Enqueue(a.Machine);
    }
}
