using Rho.Compiler;
using Rho.Compiler.Bytecode;
using Rho.Machine.Space;
using Rho.Semantics.Core;

namespace Rho.Machine.Execution;

/// <summary>
/// <c>Mach/readback</c>: the machine's residual state as a process: every waiting datum as a send, every blocked
/// receive as a receive whose patterns and body are decompiled and closed over its environment.
/// </summary>
internal static class Readback
{
    public static Proc Residual(IRSpace<Continuation> space) => Residual(space, [], []);

    /// <summary>
    /// The residual of a run stopped with work left (the budget ran out): besides the RSpace, every machine still
    /// in the active queue or blocked on a primitive reads back as its sequence closed over its locals, when it has
    /// not acted yet (it has only computed values, which it will compute again), and every repeating system send as
    /// a persistent send. A machine stopped after acting (possible only in hand-written code with several effects
    /// in one sequence; compiled sequences act last) cannot be read back and is left out: the count is returned. A
    /// machine stopped after acting with only HALT left is done and reads back as nothing.
    /// </summary>
    public static (Proc Residual, int Unreadable) Residual(IRSpace<Continuation> space, Runtime rt)
    {
        var machines = rt.LiveMachines();
        var unreadable = machines.Count(m => m.Acted && !m.AtHalt);
        return (Residual(space, machines.Where(m => !m.Acted), rt.RepeatingSends()), unreadable);
    }

    private static Proc Residual(IRSpace<Continuation> space, IEnumerable<StateMachine> machines, IEnumerable<Proc> repeating)
    {
        var parts = new List<Proc>();
        foreach (var m in machines)
        {
            var open = Codes.OpenTerm(CompiledProcess.Of([m.Code], []), m.Env.Length);
            parts.Add(Substitution.Open(open, m.Env));
        }
        parts.AddRange(repeating);
        // Primitive requests and answers never enter the RSpace (Prim/partition): every datum here is program state.
        foreach (var d in space.WaitingData())
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
        // Stryker disable once Conditional : with an empty environment Open substitutes nothing (the false replacement); the true one is killed, but one comment covers both
        return k.Env.Length == 0 ? open : Substitution.Open(open, k.Env);
    }
}
