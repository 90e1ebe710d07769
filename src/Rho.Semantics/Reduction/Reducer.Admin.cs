using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Evaluation;
using Rho.Semantics.Matching;
using Rho.Semantics.Mutation;

namespace Rho.Semantics.Reduction;

public static partial class Reducer
{
    /// <summary>The administrative steps of top-level process <paramref name="index"/> (empty when it is passive).</summary>
    private static IReadOnlyList<Transition> Administrative(State s, int index)
    {
        var p = s.Procs[index];
        try
        {
            return p switch
            {
                New n => [NewFresh(s, index, n)],
                Match m => MatchStep(s, index, m),
                Send snd => EvalSend(s, index, snd),
                Receive r => EvalReceive(s, index, r),
                EMethod => [new Transition(Rules.EvalMethod, Replace(s, index, [Evaluator.EvalPar(p)]))],
                Bundle b => [new Transition(Rules.EvalBundle, Replace(s, index, [b.Body]))],
                _ => [new Transition(Rules.ExprInert, Replace(s, index, []))],
            };
        }
        catch (RhoException e) when (e.Error.Class == ErrorClass.Runtime)
        {
            return [Fail(s, index, e.Error)];
        }
    }

    /// <summary><c>New/fresh</c>: <c>new x1…xn in P → P{u_k/x_k}</c> with fresh unforgeable names; URI-bound names become system channels.</summary>
    private static Transition NewFresh(State s, int index, New n)
    {
        var next = StateBuilder.NameCount(s);
        var plain = n.Count - n.Uris.Count;
        var values = new Proc[n.Count];
        for (var k = 0; k < plain; k++)
        {
            values[k] = new GUnforgeable((Mutants.IsOn(Mutant.NewNotFresh) ? 0 : next) + k);
        }
        for (var k = 0; k < n.Uris.Count; k++)
        {
            values[plain + k] = new GSysChannel(n.Uris[k]);
        }
        return new Transition(Rules.NewFresh, Replace(s, index, [Substitution.Open(n.Body, values)]));
    }

    /// <summary>
    /// <c>Match/case</c>: the target is evaluated and the first case whose pattern matches fires,
    /// once per distinct binding. <c>Match/none</c>: no case matches, and the match is discarded.
    /// </summary>
    private static List<Transition> MatchStep(State s, int index, Match m)
    {
        var target = Evaluator.EvalPar(m.Target);
        foreach (var c in Mutants.IsOn(Mutant.MatchLastCase) ? m.Cases.Reverse() : m.Cases)
        {
            var bindings = SpatialMatcher.MatchAll(target, c.Pattern, c.FreeCount).ToList();
            if (bindings.Count > 0)
            {
                return bindings
                    .Select(b => new Transition(Rules.MatchCase, Replace(s, index, [Substitution.Open(c.Body, b)])))
                    .ToList();
            }
        }
        return [new Transition(Rules.MatchNone, Replace(s, index, []))];
    }

    /// <summary>
    /// <c>Eval/send</c>: evaluates the channel and the arguments; a bundle channel must allow
    /// writing and is unwrapped. A send that is already evaluated is passive (no step).
    /// </summary>
    private static IReadOnlyList<Transition> EvalSend(State s, int index, Send snd)
    {
        var chan = Unbundle(Evaluator.EvalPar(snd.Chan), write: true, snd.At.Pos);
        var args = snd.Args.Map(Evaluator.EvalPar);
        var evaluated = snd with { Chan = chan, Args = args };
        return evaluated == snd ? [] : [new Transition(Rules.EvalSend, Replace(s, index, [evaluated]))];
    }

    /// <summary>
    /// <c>Eval/receive</c>: evaluates each source; a bundle source must allow reading and is
    /// unwrapped. A receive whose sources are evaluated is passive.
    /// </summary>
    private static IReadOnlyList<Transition> EvalReceive(State s, int index, Receive r)
    {
        var binds = r.Binds.Map(b => b with { Source = Unbundle(Evaluator.EvalPar(b.Source), write: false, r.At.Pos) });
        var evaluated = r with { Binds = binds };
        return evaluated == r ? [] : [new Transition(Rules.EvalReceive, Replace(s, index, [evaluated]))];
    }

    /// <summary>Unwraps a bundle channel, checking its polarity (spec/semantics.md, "Bundles").</summary>
    private static Proc Unbundle(Proc chan, bool write, SourcePos pos)
    {
        if (chan is not Bundle b)
        {
            return chan;
        }
        if (Mutants.IsOn(Mutant.BundlePermissionUnchecked))
        {
            return b.Body;
        }
        if (write && !b.Write)
        {
            throw RhoException.Runtime(ErrorKinds.BundlePermission, "Error/" + ErrorKinds.BundlePermission, pos, "Trying to send on non-writeable channel.");
        }
        if (!write && !b.Read)
        {
            throw RhoException.Runtime(ErrorKinds.BundlePermission, "Error/" + ErrorKinds.BundlePermission, pos, "Trying to read from non-readable channel.");
        }
        return b.Body;
    }
}
