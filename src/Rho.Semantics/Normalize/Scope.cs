using Rho.Semantics.Core;

namespace Rho.Semantics.Normalize;

/// <summary>The two sorts of variable: bound by a name binder (<c>x</c>) or a process binder (<c>@x</c>).</summary>
internal enum VarSort
{
    /// <summary>A process variable: written <c>x</c> in process position, <c>@x</c> in name position.</summary>
    Proc,

    /// <summary>A name variable: written <c>x</c> in name position, <c>*x</c> in process position.</summary>
    Name,
}

/// <summary>A variable introduced by a binder or a pattern, with where it was introduced.</summary>
internal sealed record Binding(string Name, VarSort Sort, SourcePos Pos);

/// <summary>A variable found in an <see cref="Env"/>, with its de Bruijn index at the point of use.</summary>
internal readonly record struct Found(Binding Binding, int Index);

/// <summary>
/// The bound variables in scope (de Bruijn environment), innermost binder group first.
/// A frame is either a binder group (new, a receive's pattern variables, a match case's pattern
/// variables) or a pattern boundary. Plain variable lookup stops at the nearest pattern boundary:
/// inside a pattern, <c>x</c> is a fresh pattern variable unless a binder inside that same pattern
/// binds it. Variable references <c>=x</c> look through boundaries. Groups count toward indices
/// whether or not a boundary lies between (a pattern is not a binder).
/// </summary>
internal sealed class Env
{
    private readonly Env? _outer;
    private readonly Binding[]? _group;

    private Env(Env? outer, Binding[]? group, int patternDepth)
    {
        _outer = outer;
        _group = group;
        PatternDepth = patternDepth;
    }

    /// <summary>The empty environment of a program's top level.</summary>
    public static Env Empty { get; } = new(null, [], 0);

    /// <summary>How many patterns enclose this point (0 outside every pattern).</summary>
    public int PatternDepth { get; }

    /// <summary>This environment under a binder of the given group, in group order (Var(0) first).</summary>
    public Env Bind(IReadOnlyList<Binding> group) =>
        // Stryker disable once Conditional : a frame with an empty group binds nothing and adds 0 to every index, so it is transparent to Lookup and LookupRef; skipping it only saves an allocation
        group.Count == 0 ? this : new Env(this, [.. group], PatternDepth);

    /// <summary>This environment inside a pattern.</summary>
    public Env EnterPattern() => new(this, null, PatternDepth + 1);

    /// <summary>The variable a plain <c>x</c> refers to, not looking past the nearest pattern boundary.</summary>
    public Found? Lookup(string name) => Find(name, throughPatterns: false);

    /// <summary>The variable <c>=x</c> refers to, looking through pattern boundaries.</summary>
    public Found? LookupRef(string name) => Find(name, throughPatterns: true);

    private Found? Find(string name, bool throughPatterns)
    {
        var offset = 0;
        for (var e = this; e is not null; e = e._outer)
        {
            if (e._group is null)
            {
                if (!throughPatterns)
                {
                    return null;
                }
                continue;
            }
            // Within one group a later binding of the same identifier shadows an earlier one.
            for (var k = e._group.Length - 1; k >= 0; k--)
            {
                if (e._group[k].Name == name)
                {
                    return new Found(e._group[k], offset + k);
                }
            }
            offset += e._group.Length;
        }
        return null;
    }
}

/// <summary>A logical connective met while normalizing, for the top-level and receive-pattern checks.</summary>
internal sealed record ConnectiveUse(string Symbol, SourcePos Pos);

/// <summary>
/// The free variables, wildcards and logical connectives of one pattern (or of the top level).
/// Variables are numbered 0, 1, … in order of first occurrence; a second binding occurrence of
/// the same identifier is an error (<c>Static/variable-reuse</c>). Mutable: it is threaded
/// through the normalization of one pattern in source order.
/// </summary>
internal sealed class FreeScope
{
    private readonly List<Binding> _vars = [];

    /// <summary>The pattern variables in order of first occurrence (FreeVar(k) is the k-th).</summary>
    public IReadOnlyList<Binding> Vars => _vars;

    /// <summary>Where the wildcards <c>_</c> are.</summary>
    public List<SourcePos> Wildcards { get; } = [];

    /// <summary>The logical connectives <c>/\ \/ ~</c> of this scope, in the order they were finished.</summary>
    public List<ConnectiveUse> Connectives { get; } = [];

    /// <summary>The earlier binding of <paramref name="name"/> in this scope, if any.</summary>
    public Binding? Get(string name) => _vars.Find(b => b.Name == name);

    /// <summary>Adds a pattern variable and returns its level.</summary>
    public int Add(Binding b)
    {
        _vars.Add(b);
        return _vars.Count - 1;
    }
}
