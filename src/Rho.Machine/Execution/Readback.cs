using Rho.Compiler;
using Rho.Machine.Space;
using Rho.Semantics.Core;

namespace Rho.Machine.Execution;

/// <summary>
/// <c>Mach/readback</c>: the machine's residual state as a process: every waiting datum as a send, every blocked
/// receive as a receive whose patterns and body are decompiled and closed over its environment.
/// </summary>
internal static class Readback
{
    public static Proc Residual(IRSpace<Continuation> space)
    {
        var parts = new List<Proc>();
        // Private channels (negative ids) carry only primitive requests and answers: never program state.
        foreach (var d in space.WaitingData().Where(d => d.Channel is not GUnforgeable { Id: < 0 }))
        {
            parts.Add(new Send(d.Channel, d.Data, d.Persistent));
        }
        foreach (var w in space.WaitingContinuations())
        {
            if (w.Continuation is ReceiveContinuation k)
            {
                parts.Add(Receive(w, k));
            }
        }
        return parts.Count switch
        {
            0 => Nil.Instance,
            1 => parts[0],
            _ => new Par(parts.ToSeq()),
        };
    }

    private static Proc Receive(WaitingContinuation<Continuation> w, ReceiveContinuation k)
    {
        var binds = k.Binds.Items
            .Select((b, j) => new ReceiveBind(b.Patterns, w.Channels[j], b.Remainder, b.FreeCount))
            .ToSeq();
        var body = Codes.OpenTerm(RhoCompiler.Unoptimized(k.Unit.Body), k.Env.Length + k.Unit.Binds);
        var open = new Receive(binds, body, w.Kind, k.Unit.Binds);
        return k.Env.Length == 0 ? open : Substitution.Open(open, k.Env);
    }
}
