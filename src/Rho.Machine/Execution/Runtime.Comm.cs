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
        var data = args; // the caller's fresh array (SEND's operands): canonicalized in place
        // Stryker disable once Block : verified code sends only canonical values (ground pool values; QUOTE, BUNDLE, PAR and the evaluator canonicalize; bound values are parts of canonical data), so this loop only guards the RSpace's invariant; the verifier admits no other pool value (tried: a hand-written `2 | 1` value entry is rejected)
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = Codes.Canonical(data[i]);
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
        Space.Produce(c, Codes.Own(data), persistent, out var ready);
        if (ready)
        {
            Enqueue(c);
        }
    }

    /// <summary><c>Mach/receive</c>: sources are unbundled (read); the join is consumed in the RSpace (<c>RSpace/consume</c>).</summary>
    public void Receive(Proc[] channels, BindConst[] binds, ReceiveKind kind, UnitConst unit, Image[] images, Proc[] env, SourcePos pos, Func<Proc, Proc> close)
    {
        var cs = channels.Select(c => Codes.Canonical(Unbundle(c, write: false, pos))).ToSeq();
        var patterns = binds
            .Select(b => new BindPattern(b.Patterns.Map(close), b.Remainder is null ? null : close(b.Remainder), b.FreeCount))
            .ToSeq();
        Space.Consume(cs, patterns, kind, new ReceiveContinuation(unit, images, env, binds.ToSeq()), out var ready);
        if (ready)
        {
            Enqueue(cs[0]);
        }
    }

    /// <summary><c>RSpace/comm</c> then <c>Mach/resume</c>: one communication; its body is linked with the bindings in front of the receive's environment.</summary>
    private void Fire(Proc channel, Random? random)
    {
        if (!Space.TryPoll(channel, random, out var comm, out var bindings, out var again))
        {
            return;
        }
        if (comm.Continuation is not ReceiveContinuation k)
        {
            // Stryker disable once all : unreachable guard (the RSpace holds only receives); its text is diagnostic
            throw RhoException.Crash("unknown continuation");
        }
        Link(k.Unit.Body, Codes.Concat(bindings, k.Env), k.Images);
        if (again)
        {
            Enqueue(channel);
        }
    }

    /// <summary>
    /// <c>Prim/processor</c>: the two communications of the request <paramref name="m"/> blocked on, fired at once:
    /// the request with the processor on the machine's private channel, then the answer with the machine on k. Each
    /// is a step (<c>Sched/budget</c>); when the budget runs out between them, the pending message is queued, with
    /// the machine inside it, and the run stops there.
    /// </summary>
    /// <returns>Whether the machine took its answer (it is runnable again, or failing at its next step).</returns>
    private bool Communicate(StateMachine m, Worker? w)
    {
        var request = m.TakeRequest();
        if (!TryStep(w))
        {
            Enqueue(request);
            return false;
        }
        var answer = Primitives.Serve(request);
        if (!TryStep(w))
        {
            Enqueue(new PrimitiveAnswer(m, request.Reply, answer.Value, answer.Error));
            return false;
        }
        if (answer.Error is { } error)
        {
            m.Fail(error);
        }
        else
        {
            // Stryker disable once String : unreachable guard (an answer has a value or an error); its text is diagnostic
            m.Resume(answer.Value ?? throw RhoException.Crash("primitive answer without a value"));
        }
        return true;
    }
}
