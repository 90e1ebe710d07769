using Rho.Semantics.Core;
using Rho.Semantics.Matching;
using Rho.Semantics.Mutation;
using Rho.Semantics.Printing;

namespace Rho.Semantics.Reduction;

public static partial class Reducer
{
    /// <summary>
    /// The observable steps among the passive processes of a state (all of them when
    /// <paramref name="passive"/> is null): every COMM between a receive and sends that match it,
    /// and every send on a system channel. A send or receive whose channel or arguments still
    /// need evaluating takes part in no communication until <c>Eval/send</c> or
    /// <c>Eval/receive</c> has fired.
    /// </summary>
    private static List<Transition> Communications(State s, bool[]? passive)
    {
        bool Passive(int i) => passive is null || passive[i];
        var sendsByChannel = new Dictionary<Proc, List<int>>();
        for (var i = 0; i < s.Procs.Count; i++)
        {
            if (s.Procs[i] is Send snd && Passive(i))
            {
                if (!sendsByChannel.TryGetValue(snd.Chan, out var list))
                {
                    sendsByChannel[snd.Chan] = list = [];
                }
                list.Add(i);
            }
        }
        var result = new List<Transition>();
        for (var i = 0; i < s.Procs.Count; i++)
        {
            if (!Passive(i))
            {
                continue;
            }
            switch (s.Procs[i])
            {
                case Receive r:
                    result.AddRange(Comm(s, i, r, sendsByChannel));
                    break;
                case Send { Chan: GSysChannel sys } snd:
                    result.AddRange(SystemSend(s, i, sys, snd));
                    break;
                default:
                    break;
            }
        }
        return result;
    }

    /// <summary>
    /// <c>Comm/linear</c>, <c>Comm/persistent</c>, <c>Comm/peek</c>, <c>Comm/join</c>:
    /// <c>for (ps1 &lt;- c1 &amp; … &amp; psk &lt;- ck) { P } | c1!(vs1) | … | ck!(vsk) → P{bindings}</c>
    /// for every choice of one send per channel whose arguments match the bind's patterns, and
    /// every distinct binding. A linear receive and linear sends are consumed; persistent ones
    /// stay; a peek leaves the sends in place.
    /// </summary>
    private static IEnumerable<Transition> Comm(State s, int receiveIndex, Receive r, Dictionary<Proc, List<int>> sendsByChannel)
    {
        // For each bind: the candidate (send index, bindings) pairs.
        var perBind = new List<List<(int Send, Proc[] Bindings)>>();
        foreach (var bind in r.Binds)
        {
            var candidates = new List<(int, Proc[])>();
            if (sendsByChannel.TryGetValue(bind.Source, out var sends))
            {
                foreach (var si in sends)
                {
                    var snd = (Send)s.Procs[si];
                    var matches = SpatialMatcher.MatchArgs(snd.Args, bind.Patterns, bind.Remainder, bind.FreeCount);
                    foreach (var b in Mutants.IsOn(Mutant.CommIgnoresPatterns) && !matches.Any() && snd.Args.Count == bind.Patterns.Count ? [NilBindings(bind.FreeCount)] : matches)
                    {
                        candidates.Add((si, b));
                    }
                }
            }
            if (candidates.Count == 0 && Mutants.IsOn(Mutant.JoinPartial) && perBind.Count > 0)
            {
                candidates.Add((-1, NilBindings(bind.FreeCount)));
            }
            if (candidates.Count == 0)
            // Stryker disable once Block,Statement : a bind without candidates makes the cartesian product below empty, so no COMM fires either way
            {
                yield break;
            }
            perBind.Add(candidates);
        }
        foreach (var choice in CartesianProduct(perBind))
        {
            yield return Fire(s, receiveIndex, r, choice);
        }
    }

    private static Transition Fire(State s, int receiveIndex, Receive r, IReadOnlyList<(int Send, Proc[] Bindings)> choice)
    {
        var consumed = new HashSet<int>();
        if (r.Kind != ReceiveKind.Persistent || Mutants.IsOn(Mutant.PersistenceDropped))
        {
            consumed.Add(receiveIndex);
        }
        var anyPersistentSend = false;
        foreach (var (si, _) in choice.Where(c => c.Send >= 0))
        {
            var persistent = ((Send)s.Procs[si]).Persistent && !Mutants.IsOn(Mutant.PersistenceDropped);
            if (persistent)
            {
                anyPersistentSend = true;
            }
            if (!persistent && (r.Kind != ReceiveKind.Peek || Mutants.IsOn(Mutant.PeekConsumes)))
            {
                consumed.Add(si);
            }
        }
        var values = choice.SelectMany(c => c.Bindings).ToArray();
        var body = Substitution.Open(r.Body, values);
        // Stryker disable once Linq : StateBuilder.Make sorts the processes into canonical order, so where the body is added does not matter
        var procs = s.Procs.Where((_, i) => !consumed.Contains(i)).Append(body);
        var rule = r.Binds.Count > 1 ? Rules.CommJoin
            : r.Kind == ReceiveKind.Peek ? Rules.CommPeek
            : r.Kind == ReceiveKind.Persistent || anyPersistentSend ? Rules.CommPersistent
            : Rules.CommLinear;
        return new Transition(rule, StateBuilder.Make(procs, s.Stdout, s.Stderr, s.Errors));
    }

    /// <summary>
    /// <c>Sys/stdout</c>, <c>Sys/stdoutAck</c>, <c>Sys/stderr</c>, <c>Sys/stderrAck</c>: a send
    /// of the right arity on a system channel prints its first argument (and, for the Ack forms,
    /// sends Nil on the second). A send of another arity matches no system consumer and waits,
    /// as in the reference.
    /// </summary>
    private static IEnumerable<Transition> SystemSend(State s, int index, GSysChannel sys, Send snd)
    {
        if (!Rules.SystemChannels.TryGetValue(sys.Uri, out var arity) || snd.Args.Count != arity)
        {
            yield break;
        }
        var text = Printer.Print(snd.Args[0]);
        var toErr = sys.Uri.StartsWith("rho:io:stderr", StringComparison.Ordinal);
        var ack = arity == 2 && !Mutants.IsOn(Mutant.StdoutAckNeverAcks) ? new Proc[] { new Send(snd.Args[1], Seq.Of<Proc>(Nil.Instance), false) } : [];
        var procs = snd.Persistent ? s.Procs.Concat(ack) : s.Procs.Where((_, i) => i != index).Concat(ack);
        var stdout = toErr ? s.Stdout : new Seq<string>(s.Stdout.Items.Add(text));
        var stderr = toErr ? new Seq<string>(s.Stderr.Items.Add(text)) : s.Stderr;
        var rule = sys.Uri switch
        {
            "rho:io:stdout" => Rules.SysStdout,
            "rho:io:stdoutAck" => Rules.SysStdoutAck,
            "rho:io:stderr" => Rules.SysStderr,
            _ => Rules.SysStderrAck,
        };
        yield return new Transition(
            rule,
            StateBuilder.Make(procs, stdout, stderr, s.Errors),
            new Output(toErr ? Stream.Stderr : Stream.Stdout, text));
    }

    /// <summary>Nil for each of <paramref name="count"/> pattern variables (what the COMM mutants bind).</summary>
    private static Proc[] NilBindings(int count) => Enumerable.Repeat<Proc>(Nil.Instance, count).ToArray();

    private static IEnumerable<List<(int, Proc[])>> CartesianProduct(List<List<(int, Proc[])>> lists)
    {
        IEnumerable<List<(int, Proc[])>> acc = [[]];
        foreach (var options in lists)
        {
            acc = acc.SelectMany(prefix => options.Select(o => new List<(int, Proc[])>(prefix) { o }));
        }
        return acc;
    }
}
