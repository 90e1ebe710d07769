using Rho.Semantics.Core;

namespace Rho.Semantics.Congruence;

// Structural congruence by canonical representative (spec/congruence.md). Canon.Of rewrites a
// term bottom-up so that every law of ≡ is applied in one direction, to a fixed choice:
//   Cong/par-nil, Cong/par-comm, Cong/par-assoc   Par flattened, Nil dropped, items sorted
//   Cong/alpha                                     pattern variables numbered canonically
//   Cong/join-order                                the binds of a join sorted
//   Cong/set, Cong/map                             sets sorted and deduplicated, maps by key
//   Cong/bundle-nest                               nested bundles merged
//   Cong/quote-eval, Cong/eval-quote               hold by representation (no node to rewrite)
//
// Metavariables: p, q : Proc; ps : items of a Par.

/// <summary>
/// Structural congruence by canonical representative (spec/congruence.md): P ≡ Q exactly when
/// <c>Canon.Of(P) == Canon.Of(Q)</c>.
/// </summary>
/// <remarks>
/// Recursive in the nesting depth of the term (callers run it inside <see cref="DeepStack.Run{T}"/>);
/// long flat Pars, lists and sets are handled by iteration. Raises only Crash (an unknown term).
/// </remarks>
public static partial class Canon
{
    /// <summary>The canonical form of <paramref name="p"/>; idempotent, provenance kept.</summary>
    public static Proc Of(Proc p)
    {
        // Stryker disable once Statement : without it Go(null) reaches Traversal.MapChildren, which throws the same ArgumentNullException for a parameter of the same name (p)
        ArgumentNullException.ThrowIfNull(p);
        return Go(p);
    }

    /// <summary>P ≡ Q.</summary>
    public static bool Equivalent(Proc p, Proc q) => Of(p) == Of(q);

    /// <summary>
    /// The parallel composition of <paramref name="ps"/>, each already canonical, in canonical
    /// form (Cong/par-nil, Cong/par-comm, Cong/par-assoc): nested Pars flattened, Nil dropped,
    /// items sorted by <see cref="ProcOrder.ParItems"/>; no items give Nil, one item is itself.
    /// </summary>
    public static Proc Par(IEnumerable<Proc> ps)
    {
        ArgumentNullException.ThrowIfNull(ps);
        var items = new List<Proc>();
        foreach (var p in ps)
        {
            // Stryker disable once Boolean : Par's items are canonical by contract (its callers pass canonical terms), and on a canonical term Go is the identity (Law/canon-idempotent); true only redoes that work
            AddFlat(items, p, canonicalize: false);
        }
        return MakePar(items, Prov.None);
    }

    private static Proc Go(Proc p) => p switch
    {
        Core.Par par => CanonPar(par),
        Bundle b => CanonBundle(b),
        ESet s => CanonSet(s),
        EMap m => CanonMap(m),
        Receive r => CanonReceive(r),
        Match m => CanonMatch(m),
        EMatches m => CanonMatches(m),
        _ => Traversal.MapChildren(p, static (c, _) => Go(c)),
    };

    /// <summary>Cong/par-nil, Cong/par-comm, Cong/par-assoc.</summary>
    private static Proc CanonPar(Core.Par par)
    {
        var items = new List<Proc>(par.Procs.Count);
        AddFlat(items, par, canonicalize: true);
        return MakePar(items, par.At);
    }

    /// <summary>Adds the items of <paramref name="p"/>, flattening nested Pars with an explicit stack.</summary>
    private static void AddFlat(List<Proc> items, Proc p, bool canonicalize)
    {
        var todo = new Stack<Proc>();
        todo.Push(p);
        while (todo.Count > 0)
        {
            var q = todo.Pop();
            if (q is Core.Par inner)
            {
                for (var i = inner.Procs.Count - 1; i >= 0; i--)
                {
                    todo.Push(inner.Procs[i]);
                }
                continue;
            }
            var c = q;
            if (canonicalize)
            {
                c = Go(q);
            }
            switch (c)
            {
                case Nil:
                    break;
                case Core.Par flat:
                    // Stryker disable once Statement : unreachable: q is never a Par here (Pars are expanded above) and Go maps every other kind to the same kind, so c is never a Par
                    items.AddRange(flat.Procs);
                    break;
                default:
                    items.Add(c);
                    break;
            }
        }
    }

    private static Proc MakePar(List<Proc> items, Prov at)
    {
        switch (items.Count)
        {
            case 0:
                return Nil.Instance;
            case 1:
                return items[0];
            default:
                items.Sort(ProcOrder.ParItems);
                return new Core.Par(items.ToSeq()) { At = at };
        }
    }

    /// <summary>Cong/bundle-nest: <c>bundle_a { bundle_b { p } } ≡ bundle_(a∧b) { p }</c>.</summary>
    private static Proc CanonBundle(Bundle b)
    {
        var body = Go(b.Body);
        return body is Bundle inner
            ? b with { Body = inner.Body, Read = b.Read && inner.Read, Write = b.Write && inner.Write }
            : b with { Body = body };
    }

    /// <summary>Cong/set: items sorted by <see cref="ProcOrder"/>, duplicates removed.</summary>
    private static Proc CanonSet(ESet s)
    {
        var items = new List<Proc>(s.Items.Count);
        foreach (var x in s.Items)
        {
            items.Add(Go(x));
        }
        items.Sort(ProcOrder.Instance);
        var distinct = new List<Proc>(items.Count);
        foreach (var x in items)
        {
            if (distinct.Count == 0 || distinct[^1] != x)
            {
                distinct.Add(x);
            }
        }
        return s with { Items = distinct.ToSeq(), Remainder = s.Remainder is null ? null : Go(s.Remainder) };
    }

    /// <summary>Cong/map: pairs sorted by key; of two pairs with one key, the later one stays.</summary>
    private static Proc CanonMap(EMap m)
    {
        var byKey = new Dictionary<Proc, KeyValue>();
        foreach (var kv in m.Pairs)
        {
            var key = Go(kv.Key);
            byKey[key] = new KeyValue(key, Go(kv.Value));
        }
        var pairs = byKey.Values.ToList();
        pairs.Sort((x, y) => ProcOrder.Instance.Compare(x.Key, y.Key));
        return m with { Pairs = pairs.ToSeq(), Remainder = m.Remainder is null ? null : Go(m.Remainder) };
    }
}
