using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Matching;

/// <summary>
/// How many items of each kind a pattern can match (spec/matching.md, "Connectives in a par").
/// A plain pattern item matches exactly one target item of its own kind, so a pattern's counts
/// bound the sub-par it can match. The matcher uses the bounds only to prune the sub-pars it
/// offers a connective; they never change the set of results. The counts are per kind because
/// a par's items fall into the reference's seven kinds.
/// </summary>
internal sealed class ItemBounds
{
    /// <summary>The number of item kinds.</summary>
    public const int Kinds = 7;

    /// <summary>No upper bound.</summary>
    public const int Unbounded = int.MaxValue;

    private ItemBounds(int[] min, int[] max)
    {
        Min = min;
        Max = max;
    }

    /// <summary>Least count per kind.</summary>
    public int[] Min { get; }

    /// <summary>Greatest count per kind (<see cref="Unbounded"/> for none).</summary>
    public int[] Max { get; }

    /// <summary>Exactly zero items.</summary>
    public static ItemBounds Zero => new(new int[Kinds], new int[Kinds]);

    /// <summary>Any number of items.</summary>
    public static ItemBounds Any => new(new int[Kinds], Filled(Unbounded));

    /// <summary>The kind of a target or plain pattern item (0 … 6).</summary>
    public static int KindOf(Proc item) => item switch
    {
        Send => 0,
        Receive => 1,
        New => 2,
        Match => 4,
        GUnforgeable or GSysChannel => 5,
        Bundle => 6,
        Par or Nil => throw RhoException.Crash("matcher: a par item is never a Par or Nil"),
        _ => 3, // every expression: ground values, collections, operators, bound variables
    };

    /// <summary>The bounds of a whole pattern seen as a par of items.</summary>
    public static ItemBounds Of(Proc pattern)
    {
        var min = new int[Kinds];
        var max = new int[Kinds];
        var open = false;
        var connectives = new List<ItemBounds>();
        foreach (var q in Pattern.Items(pattern))
        {
            switch (q)
            {
                case FreeVar or Wildcard:
                    open = true;
                    break;
                case ConnAnd or ConnOr or ConnNot or ConnType:
                    connectives.Add(OfConnective(q));
                    break;
                default:
                    min[KindOf(q)]++;
                    max[KindOf(q)]++;
                    break;
            }
        }
        var result = new ItemBounds(min, open ? Filled(Unbounded) : max);
        foreach (var c in connectives)
        {
            result = result.Plus(c);
        }
        return result;
    }

    /// <summary>The bounds of one connective.</summary>
    public static ItemBounds OfConnective(Proc c) => c switch
    {
        ConnAnd a => a.Parts.Select(Of).Aggregate(Any, (acc, b) => new(Pointwise(acc.Min, b.Min, Math.Max), Pointwise(acc.Max, b.Max, Math.Min))),
        ConnOr o => o.Parts.Select(Of).Aggregate(
            new ItemBounds(Filled(Unbounded), new int[Kinds]),
            (acc, b) => new(Pointwise(acc.Min, b.Min, Math.Min), Pointwise(acc.Max, b.Max, Math.Max))),
        ConnNot => Any,
        ConnType => OneExpr(),
        _ => throw RhoException.Crash($"matcher: {c.GetType().Name} is not a connective"),
    };

    /// <summary>The pointwise sum (saturating at <see cref="Unbounded"/>).</summary>
    public ItemBounds Plus(ItemBounds other) => new(Pointwise(Min, other.Min, Add), Pointwise(Max, other.Max, Add));

    private static ItemBounds OneExpr()
    {
        var one = new int[Kinds];
        one[3] = 1;
        return new ItemBounds(one, (int[])one.Clone());
    }

    // Stryker disable once Logical,Equality : counts are >= 0, so the overflow test alone already gives Unbounded when either side is Unbounded, a + b == Unbounded when a == Unbounded - b, and finite counts (item counts of one pattern) never reach int.MaxValue
    private static int Add(int a, int b) => a == Unbounded || b == Unbounded || a > Unbounded - b ? Unbounded : a + b;

    private static int[] Filled(int v) => Enumerable.Repeat(v, Kinds).ToArray();

    private static int[] Pointwise(int[] a, int[] b, Func<int, int, int> f)
    {
        var r = new int[Kinds];
        for (var k = 0; k < Kinds; k++)
        {
            r[k] = f(a[k], b[k]);
        }
        return r;
    }
}
