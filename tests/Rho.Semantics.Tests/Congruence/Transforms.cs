using Rho.Semantics.Core;

namespace Rho.Semantics.Tests.Congruence;

/// <summary>
/// Rewrites by the laws of ≡, written independently of Canon: reorder and regroup Pars and insert
/// Nil, shuffle and duplicate set items, renumber pattern variables and reorder the binds of joins.
/// </summary>
internal static class Transforms
{
    private static List<T> Shuffle<T>(IEnumerable<T> xs, Random rng) => xs.OrderBy(_ => rng.Next()).ToList();

    /// <summary>Cong/par-comm, Cong/par-assoc, Cong/par-nil, Cong/set on every Par and set.</summary>
    public static Proc Scramble(Proc p, Random rng)
    {
        var q = Traversal.MapChildren(p, (c, _) => Scramble(c, rng));
        switch (q)
        {
            case Par par:
                var items = Shuffle(par.Procs, rng);
                if (rng.Next(2) == 0)
                {
                    items.Add(Nil.Instance);
                }
                if (items.Count >= 2 && rng.Next(2) == 0)
                {
                    var cut = rng.Next(1, items.Count);
                    return new Par(Seq.Of<Proc>(new Par(items.Take(cut).ToSeq()), new Par(items.Skip(cut).ToSeq())));
                }
                return new Par(items.ToSeq());
            case ESet set:
                var xs = Shuffle(set.Items, rng);
                if (xs.Count > 0 && rng.Next(2) == 0)
                {
                    xs.Add(xs[rng.Next(xs.Count)]);
                }
                return set with { Items = xs.ToSeq() };
            case EMap map:
                return map with { Pairs = Shuffle(map.Pairs, rng).ToSeq() };
            default:
                return rng.Next(8) == 0 ? new Par(Seq.Of(q, Nil.Instance)) : q;
        }
    }

    /// <summary>Cong/alpha and Cong/join-order: random renumbering of pattern variables, random bind order.</summary>
    public static Proc Rename(Proc p, Random rng)
    {
        var q = Traversal.MapChildren(p, (c, _) => Rename(c, rng));
        switch (q)
        {
            case Receive r:
                var n = r.Binds.Count;
                var perms = r.Binds.Select(b => Shuffle(Enumerable.Range(0, b.FreeCount), rng).ToArray()).ToArray();
                var binds = r.Binds.Select((b, j) => b with
                {
                    Patterns = b.Patterns.Map(x => RenameFree(x, perms[j])),
                    Remainder = b.Remainder is null ? null : RenameFree(b.Remainder, perms[j]),
                }).ToArray();
                var order = Shuffle(Enumerable.Range(0, n), rng);
                var oldOffset = new int[n];
                for (var j = 1; j < n; j++)
                {
                    oldOffset[j] = oldOffset[j - 1] + binds[j - 1].FreeCount;
                }
                var body = new int[r.BindCount];
                var at = 0;
                foreach (var j in order)
                {
                    for (var k = 0; k < binds[j].FreeCount; k++)
                    {
                        body[oldOffset[j] + k] = at + perms[j][k];
                    }
                    at += binds[j].FreeCount;
                }
                return r with { Binds = order.Select(j => binds[j]).ToSeq(), Body = RenameBound(r.Body, body, 0) };
            case Match m:
                return m with
                {
                    Cases = m.Cases.Map(c =>
                    {
                        var perm = Shuffle(Enumerable.Range(0, c.FreeCount), rng).ToArray();
                        return c with { Pattern = RenameFree(c.Pattern, perm), Body = RenameBound(c.Body, perm, 0) };
                    }),
                };
            default:
                return q;
        }
    }

    private static Proc RenameFree(Proc p, int[] perm) => p is FreeVar v
        ? new FreeVar(perm[v.Level])
        : Traversal.MapChildren(p, (c, _) => RenameFree(c, perm));

    private static Proc RenameBound(Proc p, int[] perm, int depth) => p switch
    {
        BoundVar v when v.Index >= depth && v.Index < depth + perm.Length => new BoundVar(depth + perm[v.Index - depth]),
        _ => Traversal.MapChildren(p, (c, n) => RenameBound(c, perm, depth + n)),
    };
}
