using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Compiler.Compile;

/// <summary>
/// <c>[| · |]</c>, clause by clause (spec/bytecode.md, "Compilation"). Metavariables:
/// p, q : Proc; e : Emitter (the code being built). The input is a canonical core term: the
/// compiler adds no ordering of its own except the byte order of multisets.
/// </summary>
internal static partial class Compiler
{
    /// <summary>
    /// <c>Compile/par</c>, <c>Compile/nil</c>, <c>Compile/new</c>: <c>[| p1 | … | pn |]</c> is the
    /// multiset of the components' sequences (nested pars flattened, Nil dropped); a component
    /// <c>new</c> becomes a link group of the linking table.
    /// </summary>
    public static CompiledProcess Process(Proc p)
    {
        var seqs = new List<Code>();
        var links = new List<LinkGroup>();
        foreach (var c in Components(p))
        {
            if (c is New n)
            {
                links.Add(new LinkGroup(n.Count, n.Uris, Process(n.Body)));
            }
            else
            {
                seqs.Add(Sequence(c));
            }
        }
        return CompiledProcess.Of(seqs, links);
    }

    /// <summary>The parallel components of p: nested pars flattened, Nil dropped.</summary>
    public static IEnumerable<Proc> Components(Proc p)
    {
        var stack = new Stack<Proc>();
        stack.Push(p);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case Nil:
                    break;
                case Par par:
                    for (var i = par.Procs.Count - 1; i >= 0; i--)
                    {
                        stack.Push(par.Procs[i]);
                    }
                    break;
                case var q:
                    yield return q;
                    break;
            }
        }
    }

    /// <summary>The sequence of one component that is neither a par, Nil nor a new: its code, then <c>Op/HALT</c>.</summary>
    private static Code Sequence(Proc p)
    {
        var e = new Emitter();
        Component(e, p);
        e.Op(Opcode.Halt, null);
        return e.Build();
    }

    private static void Component(Emitter e, Proc p)
    {
        switch (p)
        {
            case Send s:
                // Compile/send: channel and arguments are evaluated (Eval/send), then sent.
                Value(e, s.Chan);
                foreach (var a in s.Args)
                {
                    Value(e, a);
                }
                e.Op(s.Persistent ? Opcode.SendPersistent : Opcode.Send, p, s.Args.Count);
                break;
            case Receive r:
                EmitReceive(e, r);
                break;
            case Match m:
                EmitMatch(e, m);
                break;
            case Bundle b:
                // Compile/bundle: Eval/bundle runs the body, which is not evaluated first.
                e.Op(Opcode.Quote, p, e.Intern(new QuoteConst(Process(b.Body))));
                e.Op(Opcode.Bundle, p, (b.Read ? 1 : 0) | (b.Write ? 2 : 0));
                e.Op(Opcode.Eval, p);
                break;
            case BoundVar v:
                // Compile/eval: *x runs the process x names.
                e.Op(Opcode.LoadLocal, p, v.Index);
                e.Op(Opcode.Eval, p);
                break;
            case EMethod:
                // Compile/method: Eval/method runs the method's result.
                Value(e, p);
                e.Op(Opcode.Eval, p);
                break;
            case GBool or GInt or GBigInt or GString or GUri or GByteArray or GUnforgeable or GSysChannel
                or EList or ETuple or ESet or EMap or EUnary or EBinary or EMatches:
                // Compile/inert: Expr/inert discards data in process position without evaluating it.
                e.Op(Opcode.Inert, p, e.Intern(new InertConst(p)));
                break;
            case Nil or Par or New:
                // Stryker disable once String : unreachable guard (Process hands Sequence only components that are not Nil, Par or New); diagnostic text
                throw RhoException.Crash($"Compiler: {p.GetType().Name} is not a sequence component");
            default:
                throw RhoException.Crash($"Compiler: {p.GetType().Name} cannot occur in process position of a closed program");
        }
    }

    /// <summary>
    /// <c>Compile/receive</c>: the sources are evaluated (Eval/receive), then <c>Op/RECEIVE</c>
    /// installs the join with one bind entry per channel and the body as a unit binding all the
    /// binds' variables (Comm/linear, Comm/persistent, Comm/peek, Comm/join).
    /// </summary>
    private static void EmitReceive(Emitter e, Receive r)
    {
        foreach (var b in r.Binds)
        {
            Value(e, b.Source);
        }
        var operands = new List<int> { (int)r.Kind, r.Binds.Count };
        foreach (var b in r.Binds)
        {
            operands.Add(e.Intern(new BindConst(b.Patterns, b.Remainder, b.FreeCount)));
        }
        operands.Add(e.Intern(new UnitConst(r.BindCount, Process(r.Body))));
        e.Op(Opcode.Receive, r, [.. operands]);
    }

    /// <summary>
    /// <c>Compile/match</c>: the target is evaluated; each case is <c>MATCH k L; SPAWN u f; HALT</c>
    /// and falls to the next case at L (Match/case); after the last, <c>POP</c> (Match/none).
    /// </summary>
    private static void EmitMatch(Emitter e, Match m)
    {
        Value(e, m.Target);
        foreach (var c in m.Cases)
        {
            var next = e.Label();
            e.OpTo(Opcode.Match, m, next, e.Intern(new PatternConst(c.Pattern, c.FreeCount)));
            e.Op(Opcode.Spawn, m, e.Intern(new UnitConst(c.FreeCount, Process(c.Body))), c.FreeCount);
            e.Op(Opcode.Halt, null);
            e.Mark(next);
        }
        e.Op(Opcode.Pop, m);
    }
}
