using Rho.Semantics.Core;
using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;

namespace Rho.Machine;

/// <summary>
/// Comparing machine outcomes with the reducer's (<c>Law/soundness</c>, <c>Law/adequacy</c>): the same stdout
/// sequence, stderr sequence and multiset of error kinds, and residuals equal modulo ≡ and renaming of unforgeable
/// names. Both residuals are canonical, but the reducer's numbering breaks ties between symmetric names by their ids,
/// so when the texts differ every renaming of up to six names is tried.
/// </summary>
public static class Outcomes
{
    private const int MaxRenamed = 6;

    /// <summary>Whether <paramref name="o"/> is one of the reducer's <paramref name="oracle"/> outcomes.</summary>
    /// <param name="o">A machine outcome.</param>
    /// <param name="oracle">The reducer's outcomes.</param>
    /// <returns>True when some reducer outcome equals it.</returns>
    public static bool IsReducerOutcome(MachineOutcome o, IEnumerable<Outcome> oracle)
    {
        ArgumentNullException.ThrowIfNull(o);
        var prefix = Observed(o.Stdout, o.Stderr, o.Errors.Items.Select(e => e.Kind));
        var residuals = oracle.Where(r => Observed(r.Stdout, r.Stderr, r.Errors.Items.Select(e => e.Kind)) == prefix).Select(r => r.Residual).ToHashSet();
        return residuals.Count > 0 && Renamings(o.Residual).Any(residuals.Contains);
    }

    /// <summary>Whether the reducer outcome <paramref name="r"/> is among the machine's <paramref name="outcomes"/>.</summary>
    /// <param name="r">A reducer outcome.</param>
    /// <param name="outcomes">Machine outcomes.</param>
    /// <returns>True when some machine outcome equals it.</returns>
    public static bool IsMachineOutcome(Outcome r, IEnumerable<MachineOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(r);
        return outcomes.Any(o => IsReducerOutcome(o, [r]));
    }

    /// <summary>The observable text of an outcome without its residual (error kinds sorted).</summary>
    /// <param name="stdout">Stdout lines.</param>
    /// <param name="stderr">Stderr lines.</param>
    /// <param name="kinds">Error kinds.</param>
    /// <returns>The text.</returns>
    public static string Observed(IEnumerable<string> stdout, IEnumerable<string> stderr, IEnumerable<string> kinds) =>
        $"stdout [{string.Join(", ", stdout)}] stderr [{string.Join(", ", stderr)}] errors [{string.Join(", ", kinds.Order(StringComparer.Ordinal))}]";

    /// <summary>A reducer outcome in the same one-line form as <see cref="MachineOutcome.ToString"/>.</summary>
    /// <param name="r">A reducer outcome.</param>
    /// <returns>The text.</returns>
    public static string Show(Outcome r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return $"{Observed(r.Stdout, r.Stderr, r.Errors.Items.Select(e => e.Kind))} residual {r.Residual}";
    }

    /// <summary>The residual's canonical text, then (lazily) its text under every renaming of its names, when it has at most six.</summary>
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
        if (xs.Length <= 1)
        {
            yield return xs;
            yield break;
        }
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
