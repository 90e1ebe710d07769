using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Congruence;

// The total order on core terms (spec/congruence.md, "Order", rule Cong/order).
//
// Every term is compared as the reference compares its *Par*: a sequence of items (a Par's items,
// no items for Nil, the term itself otherwise), lexicographically, a shorter sequence first. Two
// items compare by their kind's rank first (the reference's score tags, Tags below), then by
// their fields in the reference's score order. Terms whose item sequences are equal but whose
// shapes differ (x and Par[x], Nil and Par[]) — never canonical — are told apart by shape last,
// so Compare == 0 exactly when the records are equal.
//
// Metavariables: p, q : Proc (compared as Pars); a, b : single items.

/// <summary>
/// The total order on core terms (spec/congruence.md, rule <c>Cong/order</c>). It is consistent
/// with record equality (Compare is 0 exactly when the terms are equal, provenance ignored) and
/// agrees with the reference's sorter on values, so sets and maps list their items in the
/// reference's order. Sets and map keys are sorted by it; the items of a Par are sorted by
/// <see cref="ParItems"/>.
/// </summary>
public sealed partial class ProcOrder : IComparer<Proc>
{
    /// <summary>The one instance.</summary>
    public static readonly ProcOrder Instance = new();

    /// <summary>
    /// The order of the items of a canonical Par: the reference's grouping (sends, receives,
    /// expressions and variables, news, matches, bundles, connectives, unforgeable names) first,
    /// then <see cref="Instance"/> within a group (spec/congruence.md, rule <c>Cong/par-comm</c>).
    /// </summary>
    public static readonly IComparer<Proc> ParItems = new ParItemOrder();

    private ProcOrder()
    {
    }

    /// <inheritdoc/>
    public int Compare(Proc? x, Proc? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }
        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }
        return ComparePar(x, y);
    }

    /// <summary>Compares two terms as Pars: item sequences lexicographically, then shape.</summary>
    internal static int ComparePar(Proc p, Proc q)
    {
        // Stryker disable once Block : a shortcut: one term's items equal themselves (CompareItem has the same shortcut for items of unknown kinds), lengths and shapes too, so the loop also gives 0
        if (ReferenceEquals(p, q))
        {
            return 0;
        }
        var ip = new Items(p);
        var iq = new Items(q);
        var n = Math.Min(ip.Count, iq.Count);
        for (var i = 0; i < n; i++)
        {
            var c = CompareItem(ip[i], iq[i]);
            if (c != 0)
            {
                return c;
            }
        }
        var byLength = ip.Count.CompareTo(iq.Count);
        return byLength != 0 ? byLength : Shape(p).CompareTo(Shape(q));
    }

    /// <summary>The group of a Par item in the reference's Par layout (Cong/par-comm).</summary>
    internal static int ParGroup(Proc a) => a switch
    {
        Send => 0,
        Receive => 1,
        New => 3,
        Match => 4,
        Bundle => 5,
        ConnAnd or ConnOr or ConnNot or ConnType or VarRef => 6,
        GUnforgeable or GSysChannel => 7,
        Nil or Par => 8,
        _ => 2,
    };

    private static int Shape(Proc p) => p switch
    {
        Nil => 0,
        Par => 1,
        _ => 2,
    };

    /// <summary>The items of a term seen as a Par, without allocating.</summary>
    private readonly struct Items
    {
        private readonly Proc _single;
        private readonly Seq<Proc> _many;

        public Items(Proc p)
        {
            _single = p;
            (_many, Count) = p switch
            {
                Nil => (Seq<Proc>.Empty, 0),
                Par par => (par.Procs, par.Procs.Count),
                _ => (Seq<Proc>.Empty, 1),
            };
        }

        public int Count { get; }

        public Proc this[int i] => _single is Par ? _many[i] : _single;
    }

    private sealed class ParItemOrder : IComparer<Proc>
    {
        public int Compare(Proc? x, Proc? y)
        {
            if (x is null || y is null)
            {
                return x is null ? (y is null ? 0 : -1) : 1;
            }
            var g = ParGroup(x).CompareTo(ParGroup(y));
            return g != 0 ? g : Instance.Compare(x, y);
        }
    }

    private static RhoException Unknown(Proc a) =>
        RhoException.Crash($"ProcOrder: unknown term {a.GetType().Name}");
}
