using Rho.Semantics.Core;

namespace Rho.Laws.Compiler;

/// <summary>
/// Near-misses of a term for <c>Law/canonical</c>: one Int leaf changed, one persistent flag
/// flipped, one receive kind changed, a component's multiplicity changed. Each may or may not be
/// congruent to the original (a changed leaf under a wildcard-free pattern usually is not).
/// </summary>
internal static class Mutations
{
    public static IEnumerable<Proc> Of(Proc p)
    {
        yield return new Par(Seq.Of(p, p));
        var leaves = 0;
        Count(p, ref leaves);
        for (var i = 0; i < Math.Min(leaves, 6); i++)
        {
            var k = i;
            yield return Rewrite(p, x => x switch
            {
                GInt g when k-- == 0 => new GInt(g.Value + 1),
                Send s when k-- == 0 => s with { Persistent = !s.Persistent },
                Receive r when k-- == 0 => r with { Kind = (ReceiveKind)(((int)r.Kind + 1) % 3) },
                _ => null,
            });
        }
    }

    private static void Count(Proc p, ref int n)
    {
        if (p is GInt or Send or Receive)
        {
            n++;
        }
        foreach (var (c, _) in Traversal.Children(p))
        {
            Count(c, ref n);
        }
    }

    /// <summary>Rewrites the first node (preorder) for which <paramref name="f"/> answers.</summary>
    private static Proc Rewrite(Proc p, Func<Proc, Proc?> f) => f(p) ?? Traversal.MapChildren(p, (c, _) => Rewrite(c, f));
}
