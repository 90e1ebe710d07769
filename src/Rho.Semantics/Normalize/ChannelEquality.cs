using Rho.Semantics.Core;

namespace Rho.Semantics.Normalize;

/// <summary>
/// Equality of two normalized channels up to the order of parallel parts and <c>Nil</c> parts,
/// for <c>Static/same-channel</c> (the reference compares the sorted terms). Other congruences
/// (set and map order) are not applied.
/// </summary>
internal static class ChannelEquality
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are the same term up to par order.</summary>
    public static bool Same(Proc a, Proc b)
    {
        var xs = Parts(a);
        var ys = Parts(b);
        if (xs.Count != ys.Count)
        {
            return false;
        }
        // Stryker disable once Block : for one part on each side the greedy loop below gives the same answer (SameNode of the two parts); this branch only skips it
        if (xs.Count == 1)
        {
            return SameNode(xs[0], ys[0]);
        }
        // Equality is an equivalence, so matching each part greedily is complete.
        var used = new bool[ys.Count];
        foreach (var x in xs)
        {
            var k = Enumerable.Range(0, ys.Count).FirstOrDefault(i => !used[i] && SameNode(x, ys[i]), -1);
            if (k < 0)
            {
                return false;
            }
            used[k] = true;
        }
        return true;
    }

    private static List<Proc> Parts(Proc p)
    {
        var parts = new List<Proc>();
        void Add(Proc q)
        {
            switch (q)
            {
                case Par par:
                    foreach (var r in par.Procs)
                    {
                        Add(r);
                    }
                    break;
                case Nil:
                    break;
                default:
                    parts.Add(q);
                    break;
            }
        }
        Add(p);
        return parts;
    }

    private static bool SameNode(Proc a, Proc b)
    {
        // Same constructor and same non-term fields (the children blanked out), then same children.
        static Proc Shape(Proc p) => Traversal.MapChildren(p, (_, _) => Nil.Instance);
        if (Shape(a) != Shape(b))
        {
            return false;
        }
        var xs = Traversal.Children(a).ToList();
        var ys = Traversal.Children(b).ToList();
        return xs.Count == ys.Count && xs.Zip(ys).All(z => Same(z.First.Child, z.Second.Child));
    }
}
