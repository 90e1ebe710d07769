namespace Rho.Laws;

/// <summary>
/// A law as data: the spec ids it checks (the first is its own; the others are rules its property
/// also exercises), a short name, the statement as spec/laws.md words it, the seed it is pinned to,
/// and its property. The property answers null when the law holds and a counterexample otherwise.
/// </summary>
/// <typeparam name="TImpl">The interface the law is stated over (<see cref="Congruence.IReducer"/>, …).</typeparam>
/// <param name="Ids">The spec ids (<c>Law/par</c>, <c>Cong/alpha</c>, …), its own first.</param>
/// <param name="Name">A short name, unique within its set.</param>
/// <param name="Statement">The law in words.</param>
/// <param name="PinnedSeed">The seed of CI and the default run.</param>
/// <param name="Property">Checks the law on an implementation; null when it holds.</param>
public sealed record Law<TImpl>(
    IReadOnlyList<string> Ids,
    string Name,
    string Statement,
    ulong PinnedSeed,
    Func<TImpl, LawContext, Counterexample?> Property)
{
    /// <summary>The law's own id (the first of <see cref="Ids"/>).</summary>
    public string Id => Ids[0];
}

/// <summary>A named set of laws over one interface (spec/laws.md, "Law library").</summary>
/// <typeparam name="TImpl">The interface the laws are stated over.</typeparam>
/// <param name="Name">The set's name.</param>
/// <param name="Laws">The laws, in spec order.</param>
public sealed record LawSet<TImpl>(string Name, IReadOnlyList<Law<TImpl>> Laws)
{
    /// <summary>Every id some law of the set checks, in order, without repeats.</summary>
    public IReadOnlyList<string> Ids => [.. Laws.SelectMany(l => l.Ids).Distinct(StringComparer.Ordinal)];

    /// <summary>The laws that check <paramref name="id"/>; raises <see cref="ArgumentException"/> when there is none.</summary>
    /// <param name="id">A spec id.</param>
    /// <returns>The laws, at least one.</returns>
    public IReadOnlyList<Law<TImpl>> Checking(string id)
    {
        var laws = Laws.Where(l => l.Ids.Contains(id, StringComparer.Ordinal)).ToList();
        return laws.Count > 0 ? laws : throw new ArgumentException($"law set '{Name}' has no law with id '{id}'", nameof(id));
    }
}
