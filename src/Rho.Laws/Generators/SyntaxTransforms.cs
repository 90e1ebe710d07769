using Rho.Semantics.Syntax;

namespace Rho.Laws.Generators;

/// <summary>
/// Meaning-preserving rewrites of generated syntax trees (reorder and regroup pars, insert Nil,
/// rename bound variables) and one meaning-changing rewrite (change one leaf). They cover the
/// constructs <see cref="ProcessGenerator"/> produces.
/// </summary>
public static class SyntaxTransforms
{
    /// <summary>Reorders and regroups every parallel composition at random.</summary>
    // Stryker disable once Linq : ordering by independent random keys, ascending or descending, is a random permutation either way
    public static SProc ShufflePars(SProc p, Random rng) => Map(p, q => q is SPar ? Regroup(Components(q).Select(c => ShufflePars(c, rng)).OrderBy(_ => rng.Next()).ToList(), rng) : null);

    /// <summary>Puts <c>| Nil</c> next to some processes.</summary>
    public static SProc InsertNil(SProc p, Random rng) =>
        Map(p, q => q is SPar or SNil || rng.Next(3) != 0 ? null : new SPar(q.Pos, MapChildren(q, c => InsertNil(c, rng)), new SNil(q.Pos)));

    /// <summary>Renames every bound variable to a fresh name (consistently, respecting scope).</summary>
    public static SProc RenameBound(SProc p) => new Renamer().Proc(p, new Dictionary<string, string>());

    /// <summary>Changes the first Int literal (in process position) to another value; null when there is none.</summary>
    public static SProc? ChangeOneLeaf(SProc p)
    {
        var changed = false;
        SProc? Change(SProc q)
        {
            if (changed || q is not SInt i)
            {
                return null;
            }
            changed = true;
            return i with { Digits = (long.Parse(i.Digits, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        }
        var result = Map(p, Change);
        return changed ? result : null;
    }

    private static List<SProc> Components(SProc p) => p is SPar par ? [.. Components(par.Left), .. Components(par.Right)] : [p];

    private static SProc Regroup(List<SProc> items, Random rng)
    {
        if (items.Count == 1)
        {
            return items[0];
        }
        var cut = 1 + rng.Next(items.Count - 1);
        return new SPar(items[0].Pos, Regroup(items[..cut], rng), Regroup(items[cut..], rng));
    }

    /// <summary>Bottom-up map: <paramref name="f"/> may replace a node (null keeps it and recurses).</summary>
    internal static SProc Map(SProc p, Func<SProc, SProc?> f) => f(p) ?? MapChildren(p, c => Map(c, f));

    /// <summary>Applies <paramref name="f"/> to the process children of a node of the generated subset.</summary>
    internal static SProc MapChildren(SProc p, Func<SProc, SProc> f)
    {
        SName N(SName n) => n is SNameQuote q ? q with { Proc = f(q.Proc) } : n;
        return p switch
        {
            SPar par => par with { Left = f(par.Left), Right = f(par.Right) },
            SSend s => s with { Chan = N(s.Chan), Args = s.Args.Map(f) },
            SNew n => n with { Body = f(n.Body) },
            SFor r => r with { Body = f(r.Body), Receipts = r.Receipts.Map(rc => rc with { Binds = rc.Binds.Map(b => b with { Names = b.Names.Map(N), Source = b.Source is SSimpleSource src ? src with { Name = N(src.Name) } : b.Source }) }) },
            SContract c => c with { Name = N(c.Name), Formals = c.Formals.Map(N), Body = f(c.Body) },
            SMatch m => m with { Target = f(m.Target), Cases = m.Cases.Map(c => c with { Pattern = f(c.Pattern), Body = f(c.Body) }) },
            SIf i => i with { Cond = f(i.Cond), Then = f(i.Then), Else = i.Else is null ? null : f(i.Else) },
            SEval e => e with { Name = N(e.Name) },
            SBinary b => b with { Left = f(b.Left), Right = f(b.Right) },
            SUnary u => u with { Operand = f(u.Operand) },
            SList l => l with { Items = l.Items.Map(f) },
            STuple t => t with { Items = t.Items.Map(f) },
            SSet st => st with { Items = st.Items.Map(f) },
            SMap m => m with { Pairs = m.Pairs.Map(kv => new SKeyValue(f(kv.Key), f(kv.Value))) },
            _ => p,
        };
    }

    private sealed class Renamer
    {
        private int _next;

        private string Fresh(string old) => "r" + _next++ + "_" + old;

        public SProc Proc(SProc p, Dictionary<string, string> env)
        {
            switch (p)
            {
                case SNew n:
                {
                    var inner = new Dictionary<string, string>(env);
                    var decls = n.Decls.Map(d => d with { Name = inner[d.Name] = Fresh(d.Name) });
                    return n with { Decls = decls, Body = Proc(n.Body, inner) };
                }
                case SFor r:
                {
                    var inner = new Dictionary<string, string>(env);
                    var receipts = r.Receipts.Map(rc => rc with
                    {
                        Binds = rc.Binds.Map(b => b with
                        {
                            Source = b.Source is SSimpleSource src ? src with { Name = Name(src.Name, env) } : b.Source,
                            Names = b.Names.Map(x => Pattern(x, inner)),
                        }),
                    });
                    return r with { Receipts = receipts, Body = Proc(r.Body, inner) };
                }
                case SContract c:
                {
                    var inner = new Dictionary<string, string>(env);
                    return c with { Name = Name(c.Name, env), Formals = c.Formals.Map(x => Pattern(x, inner)), Body = Proc(c.Body, inner) };
                }
                case SMatch m:
                    return m with
                    {
                        Target = Proc(m.Target, env),
                        Cases = m.Cases.Map(c =>
                        {
                            var inner = new Dictionary<string, string>(env);
                            var pattern = PatternProc(c.Pattern, inner);
                            return c with { Pattern = pattern, Body = Proc(c.Body, inner) };
                        }),
                    };
                case SVar { Var.Name: { } v } sv:
                    return sv with { Var = sv.Var with { Name = env[v] } };
                case SEval e:
                    return e with { Name = Name(e.Name, env) };
                case SSend s:
                    return s with { Chan = Name(s.Chan, env), Args = s.Args.Map(a => Proc(a, env)) };
                default:
                    return MapChildren(p, c => Proc(c, env));
            }
        }

        private SName Name(SName n, Dictionary<string, string> env) => n switch
        {
            SNameVar v => v with { Name = env[v.Name] },
            SNameQuote q => q with { Proc = Proc(q.Proc, env) },
            _ => n,
        };

        private SName Pattern(SName n, Dictionary<string, string> binders) => n switch
        {
            SNameVar v => v with { Name = binders[v.Name] = Fresh(v.Name) },
            SNameQuote q => q with { Proc = PatternProc(q.Proc, binders) },
            _ => n,
        };

        private SProc PatternProc(SProc p, Dictionary<string, string> binders) => p switch
        {
            SVar { Var.Name: { } v } sv => sv with { Var = sv.Var with { Name = binders[v] = Fresh(v) } },
            SList l => l with
            {
                Items = l.Items.Map(i => PatternProc(i, binders)),
                Remainder = l.Remainder is { Name: { } r } rem ? rem with { Name = binders[r] = Fresh(r) } : l.Remainder,
            },
            _ => p,
        };
    }
}
