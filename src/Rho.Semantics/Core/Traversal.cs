namespace Rho.Semantics.Core;

/// <summary>
/// The one structural traversal of core terms. Substitution, shifting, renumbering and free-name
/// analysis are all written with <see cref="MapChildren"/>, so the binding structure of each
/// construct is stated once, here (spec/semantics.md, "Core terms").
/// </summary>
public static class Traversal
{
    /// <summary>
    /// Rebuilds <paramref name="p"/> with <paramref name="f"/> applied to each immediate child.
    /// The second argument of <paramref name="f"/> is the number of variables the construct binds
    /// between <paramref name="p"/> and that child (0 for most children; the group size for the
    /// body of new, of a receive and of a match case). Provenance is kept. Patterns are children
    /// too: their <see cref="FreeVar"/>s are a separate namespace and are not counted.
    /// </summary>
    public static Proc MapChildren(Proc p, Func<Proc, int, Proc> f)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(f);
        Proc Z(Proc c) => f(c, 0);
        Proc? ZOpt(Proc? c) => c is null ? null : f(c, 0);
        return p switch
        {
            Nil or BoundVar or FreeVar or Wildcard or GBool or GInt or GBigInt or GString or GUri
                or GByteArray or GUnforgeable or GSysChannel or ConnType or VarRef => p,
            Par par => par with { Procs = par.Procs.Map(Z) },
            Send s => s with { Chan = Z(s.Chan), Args = s.Args.Map(Z) },
            Receive r => r with
            {
                Binds = r.Binds.Map(b => b with
                {
                    Patterns = b.Patterns.Map(Z),
                    Source = Z(b.Source),
                    Remainder = ZOpt(b.Remainder),
                }),
                Body = f(r.Body, r.BindCount),
            },
            New n => n with { Body = f(n.Body, n.Count) },
            Match m => m with
            {
                Target = Z(m.Target),
                Cases = m.Cases.Map(c => c with { Pattern = Z(c.Pattern), Body = f(c.Body, c.FreeCount) }),
            },
            Bundle b => b with { Body = Z(b.Body) },
            EList l => l with { Items = l.Items.Map(Z), Remainder = ZOpt(l.Remainder) },
            ETuple t => t with { Items = t.Items.Map(Z) },
            ESet s => s with { Items = s.Items.Map(Z), Remainder = ZOpt(s.Remainder) },
            EMap m => m with
            {
                Pairs = m.Pairs.Map(kv => new KeyValue(Z(kv.Key), Z(kv.Value))),
                Remainder = ZOpt(m.Remainder),
            },
            EUnary u => u with { Operand = Z(u.Operand) },
            EBinary b => b with { Left = Z(b.Left), Right = Z(b.Right) },
            EMatches m => m with { Target = Z(m.Target), Pattern = Z(m.Pattern) },
            EMethod m => m with { Target = Z(m.Target), Args = m.Args.Map(Z) },
            ConnAnd c => c with { Parts = c.Parts.Map(Z) },
            ConnOr c => c with { Parts = c.Parts.Map(Z) },
            ConnNot c => c with { Body = Z(c.Body) },
            _ => throw Errors.RhoException.Crash($"Traversal: unknown term {p.GetType().Name}"),
        };
    }

    /// <summary>The immediate children of <paramref name="p"/>, each with the number of variables bound above it.</summary>
    public static IEnumerable<(Proc Child, int Binds)> Children(Proc p)
    {
        var children = new List<(Proc, int)>();
        MapChildren(p, (c, n) =>
        {
            children.Add((c, n));
            return c;
        });
        return children;
    }
}
