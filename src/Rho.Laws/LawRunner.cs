namespace Rho.Laws;

/// <summary>Checks law sets on implementations: one call per set, or per law id.</summary>
public static class LawRunner
{
    /// <summary>Checks every law of <paramref name="set"/> on <paramref name="implementation"/>.</summary>
    /// <typeparam name="TImpl">The interface of the set.</typeparam>
    /// <param name="set">The law set.</param>
    /// <param name="implementation">The implementation under test.</param>
    /// <param name="config">Seed and case count; <see cref="LawConfig.Default"/> when null.</param>
    /// <returns>One result per law, in the set's order.</returns>
    public static IReadOnlyList<LawResult> Check<TImpl>(LawSet<TImpl> set, TImpl implementation, LawConfig? config = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        return [.. set.Laws.Select(l => Check(l, implementation, config ?? LawConfig.Default))];
    }

    /// <summary>Checks the laws of <paramref name="set"/> that check <paramref name="id"/>; raises <see cref="ArgumentException"/> for an id the set lacks.</summary>
    /// <typeparam name="TImpl">The interface of the set.</typeparam>
    /// <param name="set">The law set.</param>
    /// <param name="id">A spec id (<c>Law/par</c>).</param>
    /// <param name="implementation">The implementation under test.</param>
    /// <param name="config">Seed and case count; <see cref="LawConfig.Default"/> when null.</param>
    /// <returns>One result per law checked.</returns>
    public static IReadOnlyList<LawResult> Check<TImpl>(LawSet<TImpl> set, string id, TImpl implementation, LawConfig? config = null)
    {
        ArgumentNullException.ThrowIfNull(set);
        return [.. set.Checking(id).Select(l => Check(l, implementation, config ?? LawConfig.Default))];
    }

    /// <summary>Checks one law. An exception escaping the property (an implementation crash) is a failure, reported as such.</summary>
    /// <typeparam name="TImpl">The interface of the law.</typeparam>
    /// <param name="law">The law.</param>
    /// <param name="implementation">The implementation under test.</param>
    /// <param name="config">Seed and case count.</param>
    /// <returns>The result.</returns>
    public static LawResult Check<TImpl>(Law<TImpl> law, TImpl implementation, LawConfig config)
    {
        ArgumentNullException.ThrowIfNull(law);
        ArgumentNullException.ThrowIfNull(config);
        var seed = config.SeedFor(law.PinnedSeed);
        Counterexample? found;
        try
        {
            found = law.Property(implementation, new LawContext(seed, config));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            found = new Counterexample("(none: the property itself raised)", e.GetType().Name + ": " + e.Message);
        }
        return new LawResult(law.Id, law.Name, seed, found);
    }
}
