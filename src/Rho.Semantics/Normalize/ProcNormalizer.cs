using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Syntax;

namespace Rho.Semantics.Normalize;

// Metavariables: p, q : SProc (syntax); t : Proc (core); n : SName; env : Env (bound variables);
// free : FreeScope (the pattern variables, wildcards and connectives of the enclosing pattern, or
// of the top level). Every case reads like its row in spec/normalization.md.

/// <summary>
/// Concrete syntax tree to core term (spec/normalization.md). One method per construct; the
/// free scope is threaded through the children in source order, so pattern variables are
/// numbered in order of first occurrence.
/// </summary>
internal sealed partial class ProcNormalizer
{
    private readonly Desugar _desugar = new();

    /// <summary>Normalizes the process <paramref name="p"/> in <paramref name="env"/>, adding to <paramref name="free"/>.</summary>
    public Proc Norm(SProc p, Env env, FreeScope free) => p switch
    {
        SPar par => Par(par, env, free),
        SNil nil => new Nil { At = nil.Pos },
        SBool b => new GBool(b.Value) { At = b.Pos },
        SInt i => new GInt(Literals.Int(i.Digits, negative: false, i.Pos)) { At = i.Pos },
        SBigInt i => new GBigInt(Literals.BigInt(i.Digits)) { At = i.Pos },
        SString s => new GString(Literals.String(s.Raw)) { At = s.Pos },
        SUri u => new GUri(Literals.Uri(u.Raw)) { At = u.Pos },
        SList l => new EList(Many(l.Items, env, free), Remainder(l.Remainder, free)) { At = l.Pos },
        STuple t => new ETuple(Many(t.Items, env, free)) { At = t.Pos },
        SSet s => new ESet(Many(s.Items, env, free), Remainder(s.Remainder, free)) { At = s.Pos },
        SMap m => new EMap(Pairs(m.Pairs, env, free), Remainder(m.Remainder, free)) { At = m.Pos },
        SVar v => ProcVar(v.Var, env, free),
        SVarRef r => VarRef(r, env),
        SSimpleType st => new ConnType(st.Type) { At = st.Pos },
        SNegation neg => Negation(neg, env, free),
        SConjunction c => Conjunction(c, env, free),
        SDisjunction d => Disjunction(d, env, free),
        SEval e => Name(e.Name, env, free),
        SMethod m => Method(m, env, free),
        SUnary u => Unary(u, env, free),
        SBinary b => Binary(b, env, free),
        SMatches m => Matches(m, env, free),
        SSend s => Send(s, env, free),
        SSendSync s => Norm(_desugar.SendSync(s), env, free),
        SContract c => Norm(Desugar.Contract(c), env, free),
        SFor f => For(f, env, free),
        SSelect s => throw RhoException.Invalid(ErrorKinds.Unsupported, s.Pos, "select is not supported (the reference rejects it too)"),
        SMatch m => Match(m, env, free),
        SBundle b => Bundle(b, env, free),
        SLet l => Let(l, env, free),
        SIf i => Norm(Desugar.If(i), env, free),
        SNew n => New(n, env, free),
        _ => throw RhoException.Crash($"Normalizer: unknown syntax {p.GetType().Name}"),
    };

    /// <summary>Normalizes the name <paramref name="n"/>: <c>@P</c> is P, a name variable is the variable.</summary>
    public Proc Name(SName n, Env env, FreeScope free) => n switch
    {
        SNameWildcard w => Wildcard(w.Pos, free),
        SNameVar v => Variable(v.Name, VarSort.Name, v.Pos, env, free),
        SNameQuote q => Norm(q.Proc, env, free),
        _ => throw RhoException.Crash($"Normalizer: unknown name {n.GetType().Name}"),
    };

    /// <summary><c>P | Q</c>, flattened, with <c>Nil</c> parts dropped (the unit of <c>|</c>).</summary>
    private Proc Par(SPar par, Env env, FreeScope free)
    {
        // Long chains of `|` are walked with an explicit stack, left to right.
        var parts = new List<Proc>();
        var todo = new Stack<SProc>();
        todo.Push(par);
        while (todo.Count > 0)
        {
            var p = todo.Pop();
            if (p is SPar pp)
            {
                todo.Push(pp.Right);
                todo.Push(pp.Left);
                continue;
            }
            var t = Norm(p, env, free);
            if (t is Par inner)
            {
                parts.AddRange(inner.Procs);
            }
            else if (t is not Nil)
            {
                parts.Add(t);
            }
        }
        return parts.Count switch
        {
            0 => new Nil { At = par.Pos },
            1 => parts[0],
            _ => new Par(parts.ToSeq()) { At = par.Pos },
        };
    }

    private Seq<Proc> Many(Seq<SProc> ps, Env env, FreeScope free) => ps.Map(p => Norm(p, env, free));

    private Seq<KeyValue> Pairs(Seq<SKeyValue> pairs, Env env, FreeScope free) =>
        pairs.Map(kv =>
        {
            var key = Norm(kv.Key, env, free);
            return new KeyValue(key, Norm(kv.Value, env, free));
        });

    /// <summary><c>...x</c> or <c>..._</c>: always a new process-sort pattern variable (or a wildcard).</summary>
    internal static Proc? Remainder(SProcVar? r, FreeScope free) =>
        r is null ? null
        : r.IsWildcard ? Wildcard(r.Pos, free)
        : PatternVar(r.Name!, VarSort.Proc, r.Pos, free);

    private static Proc ProcVar(SProcVar v, Env env, FreeScope free) =>
        v.IsWildcard ? Wildcard(v.Pos, free) : Variable(v.Name!, VarSort.Proc, v.Pos, env, free);

    private static Wildcard Wildcard(SourcePos pos, FreeScope free)
    {
        free.Wildcards.Add(pos);
        return new Wildcard { At = pos };
    }

    /// <summary>
    /// A variable <c>x</c> used in the position of <paramref name="sort"/>: the bound variable if a
    /// binder of this pattern level binds x (<c>Static/wrong-sort</c> if of the other sort),
    /// otherwise a new pattern variable (<c>Static/variable-reuse</c> if x is already one).
    /// </summary>
    private static Proc Variable(string x, VarSort sort, SourcePos pos, Env env, FreeScope free)
    {
        if (env.Lookup(x) is not { } found)
        {
            return PatternVar(x, sort, pos, free);
        }
        if (found.Binding.Sort != sort)
        {
            var message = sort == VarSort.Proc
                ? $"name variable {x} (bound at {found.Binding.Pos}) used as a process; write *{x}"
                : $"process variable {x} (bound at {found.Binding.Pos}) used as a name; write @{x}";
            throw RhoException.Invalid(ErrorKinds.WrongVariableSort, pos, message);
        }
        return new BoundVar(found.Index) { At = pos };
    }

    private static FreeVar PatternVar(string x, VarSort sort, SourcePos pos, FreeScope free)
    {
        if (free.Get(x) is { } first)
        {
            throw RhoException.Invalid(
                ErrorKinds.VariableReuse,
                pos,
                $"variable {x} is bound twice in one pattern (first at {first.Pos}); use =x to match an earlier value");
        }
        return new FreeVar(free.Add(new Binding(x, sort, pos))) { At = pos };
    }

    /// <summary><c>=x</c> and <c>=*x</c>: the bound variable x, looked up through patterns (<c>Static/unbound-ref</c>).</summary>
    private static VarRef VarRef(SVarRef r, Env env)
    {
        var written = r.IsName ? "=*" + r.Name : "=" + r.Name;
        if (env.LookupRef(r.Name) is not { } found)
        {
            throw RhoException.Invalid(ErrorKinds.UnboundVariable, r.Pos, $"{written} refers to {r.Name}, which is not bound here");
        }
        if (found.Binding.Sort == VarSort.Name && !r.IsName)
        {
            throw RhoException.Invalid(ErrorKinds.WrongVariableSort, r.Pos, $"{written} refers to name variable {r.Name}; write =*{r.Name}");
        }
        if (found.Binding.Sort == VarSort.Proc && r.IsName)
        {
            throw RhoException.Invalid(ErrorKinds.WrongVariableSort, r.Pos, $"{written} refers to process variable {r.Name}; write ={r.Name}");
        }
        return new VarRef(found.Index) { At = r.Pos };
    }
}
