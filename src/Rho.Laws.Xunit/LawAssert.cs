using Xunit.Sdk;

namespace Rho.Laws.Xunit;

/// <summary>Asserts that laws hold, for xunit: one line per law set, or per law id.</summary>
public static class LawAssert
{
    /// <summary>Checks every law of <paramref name="set"/>; fails with every failing law's report (id, counterexample as Rholang, replay seed).</summary>
    /// <typeparam name="TImpl">The interface of the set.</typeparam>
    /// <param name="set">The law set.</param>
    /// <param name="implementation">The implementation under test.</param>
    /// <param name="config">Seed and case count; the default when null.</param>
    public static void Holds<TImpl>(LawSet<TImpl> set, TImpl implementation, LawConfig? config = null) =>
        Throw(LawRunner.Check(set, implementation, config));

    /// <summary>Checks the laws of <paramref name="set"/> with id <paramref name="id"/>; fails as <see cref="Holds{TImpl}(LawSet{TImpl}, TImpl, LawConfig?)"/> does.</summary>
    /// <typeparam name="TImpl">The interface of the set.</typeparam>
    /// <param name="set">The law set.</param>
    /// <param name="id">A spec id (<c>Law/par</c>); raises <see cref="ArgumentException"/> when the set has no law with it.</param>
    /// <param name="implementation">The implementation under test.</param>
    /// <param name="config">Seed and case count; the default when null.</param>
    public static void Holds<TImpl>(LawSet<TImpl> set, string id, TImpl implementation, LawConfig? config = null) =>
        Throw(LawRunner.Check(set, id, implementation, config));

    private static void Throw(IReadOnlyList<LawResult> results)
    {
        var failed = results.Where(r => !r.Holds).ToList();
        if (failed.Count > 0)
        {
            throw new XunitException(string.Join("\n\n", failed));
        }
    }
}
