using Rho.Semantics.Core;
using Rho.Semantics.Printing;

namespace Rho.Semantics.Reduction;

/// <summary>
/// Whether an observed run (of a machine, or any implementation) is one of the reducer's outcomes:
/// the same stdout sequence, stderr sequence and multiset of error kinds, and a residual equal
/// modulo ≡ and renaming of unforgeable names (<c>Law/soundness</c>, <c>Law/adequacy</c>). Both
/// residuals are canonical, but the reducer's numbering breaks ties between symmetric names by
/// their ids, so when the texts differ every renaming of up to six names is tried.
/// </summary>
public static class OutcomeComparison
{
    private const int MaxRenamed = 6;

    /// <summary>The observable text of an outcome without its residual (error kinds sorted).</summary>
    /// <param name="stdout">Stdout lines.</param>
    /// <param name="stderr">Stderr lines.</param>
    /// <param name="kinds">Error kinds.</param>
    /// <returns>The text.</returns>
    public static string Observed(IEnumerable<string> stdout, IEnumerable<string> stderr, IEnumerable<string> kinds) =>
        $"stdout [{string.Join(", ", stdout)}] stderr [{string.Join(", ", stderr)}] errors [{string.Join(", ", kinds.Order(StringComparer.Ordinal))}]";

    /// <summary>A reducer outcome in one line: <see cref="Observed"/> and the residual.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The line.</returns>
    public static string Show(Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return $"{Observed(outcome.Stdout, outcome.Stderr, outcome.Errors.Select(e => e.Kind))} residual {outcome.Residual}";
    }

    /// <summary>Whether the observed run is one of <paramref name="oracle"/>'s outcomes.</summary>
    /// <param name="stdout">The run's stdout lines.</param>
    /// <param name="stderr">The run's stderr lines.</param>
    /// <param name="kinds">The run's error kinds.</param>
    /// <param name="residual">The run's residual, canonical as the reducer's state builder makes it.</param>
    /// <param name="oracle">The reducer's outcomes.</param>
    /// <returns>True when some outcome has the same observations and a residual equal up to renaming.</returns>
    public static bool IsOutcome(IEnumerable<string> stdout, IEnumerable<string> stderr, IEnumerable<string> kinds, Proc residual, IEnumerable<Outcome> oracle)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        var prefix = Observed(stdout, stderr, kinds);
        var residuals = oracle.Where(r => Observed(r.Stdout, r.Stderr, r.Errors.Select(e => e.Kind)) == prefix).Select(r => r.Residual).ToHashSet();
        // Stryker disable once Equality : with no candidate residual Any over the empty set is false anyway; the count test only skips computing the renamings, so >= 0 is equivalent
        return residuals.Count > 0 && Renamings(residual).Any(residuals.Contains);
    }

    /// <summary>The residual's printed text, then (lazily) its text under every renaming of its names, when it has at most six.</summary>
    private static IEnumerable<string> Renamings(Proc residual)
    {
        yield return Printer.Print(residual);
        var names = new SortedSet<long>();
        Collect(residual, names);
        if (names.Count > MaxRenamed)
        {
            yield break;
        }
        var ids = names.ToArray();
        foreach (var perm in Permutations(ids))
        {
            var map = ids.Select((id, i) => (id, perm[i])).ToDictionary(x => x.id, x => x.Item2);
            yield return Printer.Print(Reducer.Initial(Rename(residual, map)).Residual);
        }
    }

    private static void Collect(Proc p, SortedSet<long> names)
    {
        if (p is GUnforgeable u)
        {
            names.Add(u.Id);
        }
        foreach (var (child, _) in Traversal.Children(p))
        {
            Collect(child, names);
        }
    }

    private static Proc Rename(Proc p, Dictionary<long, long> map) =>
        p is GUnforgeable u ? new GUnforgeable(map[u.Id]) : Traversal.MapChildren(p, (c, _) => Rename(c, map));

    private static IEnumerable<long[]> Permutations(long[] xs)
    {
        if (xs.Length < 2)
        {
            yield return xs;
        }
        else
        {
            for (var i = 0; i < xs.Length; i++)
            {
                var rest = xs.Where((_, j) => j != i).ToArray();
                foreach (var tail in Permutations(rest))
                {
                    yield return [xs[i], .. tail];
                }
            }
        }
    }
}
