using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Matching;

/// <summary>
/// Static facts about patterns (spec/matching.md, "Pattern terms").
/// </summary>
internal static class Pattern
{
    /// <summary>
    /// <c>Pat/equal</c>: true when <paramref name="p"/> contains a pattern variable, a wildcard
    /// or a connective of its own, so that it cannot be matched by equality alone. The patterns
    /// of binders nested inside <paramref name="p"/> (receive binds, match cases, the right side
    /// of <c>matches</c>) belong to those binders and are compared by equality, so they are not
    /// looked at. A bundle is always compared by equality (its body cannot hold pattern terms).
    /// </summary>
    public static bool HasVars(Proc p) => p switch
    {
        FreeVar or Wildcard or ConnAnd or ConnOr or ConnNot or ConnType => true,
        VarRef => throw RhoException.Crash("matcher: a var ref reached the matcher; patterns are substituted first"),
        Bundle => false,
        Receive r => r.Binds.Any(b => HasVars(b.Source)) || HasVars(r.Body),
        Match m => HasVars(m.Target) || m.Cases.Any(c => HasVars(c.Body)),
        EMatches m => HasVars(m.Target),
        EList { Remainder: not null } or ESet { Remainder: not null } or EMap { Remainder: not null } => true,
        _ => Traversal.Children(p).Any(c => HasVars(c.Child)),
    };

    /// <summary>
    /// Whether a match of <paramref name="p"/> may bind a pattern variable: it holds a variable of
    /// its own (the patterns of binders nested inside it are compared by equality and bind
    /// nothing here). Wildcards, connectives without variables and bundles bind nothing.
    /// </summary>
    public static bool Binds(Proc p) => p switch
    {
        FreeVar => true,
        Wildcard or ConnType or Bundle => false,
        Receive r => r.Binds.Any(b => Binds(b.Source)) || Binds(r.Body),
        Match m => Binds(m.Target) || m.Cases.Any(c => Binds(c.Body)),
        EMatches m => Binds(m.Target),
        _ => Traversal.Children(p).Any(c => Binds(c.Child)),
    };

    /// <summary>
    /// The items of a process seen as a multiset (<c>Pat/par</c>): Nil has none, a Par its
    /// items (flattened), anything else is one item.
    /// </summary>
    public static List<Proc> Items(Proc p)
    {
        var items = new List<Proc>();
        Collect(p, items);
        return items;
    }

    private static void Collect(Proc p, List<Proc> items)
    {
        switch (p)
        {
            case Nil:
                break;
            case Par par:
                foreach (var q in par.Procs)
                {
                    Collect(q, items);
                }
                break;
            default:
                items.Add(p);
                break;
        }
    }

    /// <summary>The process made of <paramref name="items"/>: Nil, the one item, or their Par (order kept).</summary>
    public static Proc FromItems(IReadOnlyList<Proc> items) => items.Count switch
    {
        0 => Nil.Instance,
        1 => items[0],
        _ => new Par(items.ToSeq()),
    };

    /// <summary>
    /// <c>Pat/var</c>: a pattern variable may capture a term only if the term is closed, i.e.
    /// mentions no variable bound by a binder of the target that the match went under
    /// (<paramref name="depth"/> counts those binders; at depth 0 every target term is closed).
    /// </summary>
    public static bool Capturable(Proc t, int depth) => depth == 0 || Substitution.IsClosed(t);
}
