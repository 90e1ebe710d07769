namespace Rho.Semantics.Core;

/// <summary>
/// Capture-free substitution on de Bruijn terms (spec/semantics.md, "Substitution").
/// Values substituted into a term are closed, so they never need shifting.
/// </summary>
public static class Substitution
{
    /// <summary>
    /// Opens a binder of <c>values.Count</c> variables over <paramref name="body"/>: Var(i) for
    /// i &lt; n becomes values[i], Var(i) for i ≥ n becomes Var(i - n), and a var ref <c>=x</c>
    /// to a substituted variable becomes the value itself. Every value must be closed. Opening with
    /// no values returns <paramref name="body"/> itself.
    /// </summary>
    public static Proc Open(Proc body, IReadOnlyList<Proc> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == 0 ? body : Go(body, values, 0);
    }

    private static Proc Go(Proc p, IReadOnlyList<Proc> values, int depth) => p switch
    {
        BoundVar v when v.Index < depth => v,
        BoundVar v when v.Index < depth + values.Count => values[v.Index - depth],
        BoundVar v => v with { Index = v.Index - values.Count },
        VarRef r when r.Index < depth => r,
        VarRef r when r.Index < depth + values.Count => values[r.Index - depth],
        VarRef r => r with { Index = r.Index - values.Count },
        _ => Traversal.MapChildren(p, (c, n) => Go(c, values, depth + n)),
    };

    /// <summary>
    /// Shifts the free variables of <paramref name="p"/> at or above <paramref name="cutoff"/> by
    /// <paramref name="by"/> (used when a term is moved under <paramref name="by"/> new binders).
    /// Shifting by 0 returns <paramref name="p"/> itself.
    /// </summary>
    public static Proc Shift(Proc p, int by, int cutoff = 0) => by == 0 ? p : p switch
    {
        BoundVar v => v.Index >= cutoff ? v with { Index = v.Index + by } : v,
        VarRef r => r.Index >= cutoff ? r with { Index = r.Index + by } : r,
        _ => Traversal.MapChildren(p, (c, n) => Shift(c, by, cutoff + n)),
    };

    /// <summary>True when <paramref name="p"/> has no free de Bruijn variables (bound vars or var refs escaping it).</summary>
    public static bool IsClosed(Proc p) => MaxFree(p, 0) < 0;

    // Only the sign of MaxFree is read (IsClosed): a free variable gives a number >= 0, a bound one < 0.
    private static int MaxFree(Proc p, int depth) => p switch
    {
        // On both lines below, (true ? x.Index - depth : -1) is equivalent too (a bound variable's
        // x.Index - depth is < 0 like -1), but not disabled: a Conditional disable would also hide the
        // killed (false ? … : -1).
        // Stryker disable once Arithmetic : only the sign is read, and a free variable's v.Index + depth is >= 0 like v.Index - depth
        BoundVar v => v.Index >= depth ? v.Index - depth : -1,
        // Stryker disable once Arithmetic : only the sign is read, and a free var ref's r.Index + depth is >= 0 like r.Index - depth
        VarRef r => r.Index >= depth ? r.Index - depth : -1,
        _ => Traversal.Children(p).Select(c => MaxFree(c.Child, depth + c.Binds)).DefaultIfEmpty(-1).Max(),
    };
}
