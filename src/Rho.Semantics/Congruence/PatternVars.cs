using Rho.Semantics.Core;

namespace Rho.Semantics.Congruence;

/// <summary>
/// Canonical numbering of the variables of one pattern binder (spec/congruence.md, rule
/// <c>Cong/alpha</c>). The binder's own variables are the <see cref="FreeVar"/>s of its patterns
/// outside the patterns of binders nested in them. They are numbered by first occurrence in a
/// traversal that visits the items of Pars, sets and maps in the order of their terms with all
/// variable identities erased; the patterns are then renumbered and canonicalized again, until
/// the numbering no longer changes.
/// </summary>
internal static class PatternVars
{
    /// <summary>Renumbering rounds before giving up on a fixed point (see spec/congruence.md, "Limits").</summary>
    private const int MaxRounds = 8;

    /// <summary>Up to this many variables, the numbering is chosen by trying every permutation.</summary>
    private const int ExactLimit = 6;

    /// <summary>
    /// The canonical forms of <paramref name="patterns"/> (one binder, <paramref name="count"/>
    /// variables) and the permutations that produce them: old variable k is new variable perm[k].
    /// With at most <see cref="ExactLimit"/> variables the patterns are the least, by
    /// <see cref="ProcOrder"/>, over all numberings, and every numbering reaching them is returned
    /// (more than one when the patterns are symmetric), so that the caller can pick the least body.
    /// With more variables, the numbering by first occurrence is used alone.
    /// </summary>
    public static (Seq<Proc> Patterns, List<int[]> Perms) Canonical(Seq<Proc> patterns, int count) =>
        Canonical(patterns, count, MaxRounds);

    /// <summary>
    /// <see cref="Canonical(Seq{Proc}, int)"/> with at most <paramref name="maxRounds"/> rounds of
    /// renumbering by first occurrence (tests use fewer rounds to see where the limit bites).
    /// </summary>
    internal static (Seq<Proc> Patterns, List<int[]> Perms) Canonical(Seq<Proc> patterns, int count, int maxRounds)
    {
        var canon = patterns.Map(Canon.Of);
        var total = Enumerable.Range(0, count).ToArray();
        // Stryker disable once Block : a shortcut only: with fewer than two variables the first round's numbering is the identity and the search over Permutations(0 or 1) gives back (canon, [total])
        if (count < 2)
        {
            // Fewer than two variables have one numbering only.
            return (canon, [total]);
        }
        for (var round = 0; round < maxRounds; round++)
        {
            var perm = FirstOccurrence(canon, count);
            if (IsIdentity(perm))
            {
                // Stryker disable once Statement : without the break the loop applies the identity numbering again: canon and total do not change
                break;
            }
            canon = canon.Map(p => Canon.Of(RenameFree(p, perm)));
            total = Compose(total, perm);
        }
        if (count > ExactLimit)
        {
            return (canon, [total]);
        }
        var best = canon;
        var bestPerms = new List<int[]>();
        foreach (var perm in Permutations(count))
        {
            var candidate = canon;
            if (!IsIdentity(perm))
            {
                candidate = canon.Map(p => Canon.Of(RenameFree(p, perm)));
            }
            var c = ProcOrder.CompareSeq(candidate, best);
            if (c < 0)
            {
                best = candidate;
                bestPerms.Clear();
            }
            if (c <= 0)
            {
                bestPerms.Add(Compose(total, perm));
            }
        }
        return (best, bestPerms);
    }

    /// <summary>First <paramref name="first"/>, then <paramref name="then"/>.</summary>
    public static int[] Compose(int[] first, int[] then) => first.Select(k => then[k]).ToArray();

    private static IEnumerable<int[]> Permutations(int n)
    {
        var perm = Enumerable.Range(0, n).ToArray();
        return Go(0);

        IEnumerable<int[]> Go(int at)
        {
            if (at == n)
            {
                yield return (int[])perm.Clone();
                // Stryker disable once Statement : after the last position the loop below runs from n to n, zero times
                yield break;
            }
            for (var i = at; i < n; i++)
            {
                (perm[at], perm[i]) = (perm[i], perm[at]);
                foreach (var p in Go(at + 1))
                {
                    yield return p;
                }
                (perm[at], perm[i]) = (perm[i], perm[at]);
            }
        }
    }

    /// <summary>The number of variables of the binder whose pattern is <paramref name="p"/>.</summary>
    public static int Count(Proc p) => p switch
    {
        FreeVar v => v.Level + 1,
        _ => Own(p).Select(Count).DefaultIfEmpty(0).Max(),
    };

    /// <summary>
    /// Permutes the variables of the binder right above <paramref name="body"/>: bound variable
    /// k (k &lt; perm.Length) becomes perm[k]; var refs alike.
    /// </summary>
    public static Proc RenameBound(Proc body, int[] perm)
    {
        var renamed = body;
        if (!IsIdentity(perm))
        {
            renamed = RenameBound(body, perm, 0);
        }
        return renamed;
    }

    private static Proc RenameBound(Proc p, int[] perm, int depth) => p switch
    {
        BoundVar v when v.Index >= depth && v.Index < depth + perm.Length => v with { Index = depth + perm[v.Index - depth] },
        VarRef r when r.Index >= depth && r.Index < depth + perm.Length => r with { Index = depth + perm[r.Index - depth] },
        _ => Traversal.MapChildren(p, (c, n) => RenameBound(c, perm, depth + n)),
    };

    private static Proc RenameFree(Proc p, int[] perm) => p switch
    {
        FreeVar v when v.Level < perm.Length => v with { Level = perm[v.Level] },
        _ => MapOwn(p, c => RenameFree(c, perm)),
    };

    private static int[] FirstOccurrence(Seq<Proc> patterns, int count)
    {
        var seen = new List<int>(count);
        foreach (var p in patterns)
        {
            Visit(p, seen);
        }
        var perm = Enumerable.Repeat(-1, count).ToArray();
        var next = 0;
        foreach (var k in seen.Concat(Enumerable.Range(0, count)))
        {
            if (k < count && perm[k] < 0)
            {
                perm[k] = next++;
            }
        }
        return perm;
    }

    /// <summary>Visits the binder's own variables in canonical order, recording first occurrences.</summary>
    private static void Visit(Proc p, List<int> seen)
    {
        switch (p)
        {
            case FreeVar v:
                if (!seen.Contains(v.Level))
                {
                    seen.Add(v.Level);
                }
                break;
            case Par par:
                foreach (var x in ErasedOrder(par.Procs, x => x))
                {
                    Visit(x, seen);
                }
                break;
            case ESet s:
                foreach (var x in ErasedOrder(s.Items, x => x))
                {
                    Visit(x, seen);
                }
                VisitOpt(s.Remainder, seen);
                break;
            case EMap m:
                foreach (var kv in ErasedOrder(m.Pairs, kv => kv.Key))
                {
                    Visit(kv.Key, seen);
                    Visit(kv.Value, seen);
                }
                VisitOpt(m.Remainder, seen);
                break;
            default:
                foreach (var c in Own(p))
                {
                    Visit(c, seen);
                }
                break;
        }
    }

    private static void VisitOpt(Proc? p, List<int> seen)
    {
        if (p is not null)
        {
            Visit(p, seen);
        }
    }

    /// <summary>The items in the order of their keys with variable identities erased (stable).</summary>
    private static IEnumerable<T> ErasedOrder<T>(Seq<T> items, Func<T, Proc> key) =>
        items.Select(x => (Erased: Erase(key(x)), Item: x))
            .OrderBy(e => e.Erased, ProcOrder.Instance)
            .Select(e => e.Item);

    private static Proc Erase(Proc p) => p is FreeVar
        ? new FreeVar(0)
        : Traversal.MapChildren(p, static (c, _) => Erase(c));

    /// <summary>The children of <paramref name="p"/> that belong to the binder: not the patterns of nested binders.</summary>
    private static List<Proc> Own(Proc p)
    {
        var children = new List<Proc>();
        MapOwn(p, c =>
        {
            children.Add(c);
            return c;
        });
        return children;
    }

    private static Proc MapOwn(Proc p, Func<Proc, Proc> f) => p switch
    {
        Receive r => r with
        {
            Binds = r.Binds.Map(b => b with { Source = f(b.Source) }),
            Body = f(r.Body),
        },
        Match m => m with { Target = f(m.Target), Cases = m.Cases.Map(c => c with { Body = f(c.Body) }) },
        EMatches m => m with { Target = f(m.Target) },
        _ => Traversal.MapChildren(p, (c, _) => f(c)),
    };

    private static bool IsIdentity(int[] perm)
    {
        for (var k = 0; k < perm.Length; k++)
        {
            if (perm[k] != k)
            {
                return false;
            }
        }
        // Stryker disable once Boolean : IsIdentity only guards shortcuts (stop iterating, skip renaming); renaming by the identity gives the same terms
        return true;
    }
}
