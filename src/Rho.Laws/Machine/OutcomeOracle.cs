using Rho.Semantics.Core;
using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;

namespace Rho.Laws.Machine;

/// <summary>Decides whether one machine run is one of the reference reducer's outcomes (<c>Law/soundness</c>).</summary>
public static class OutcomeOracle
{
    /// <summary>
    /// The run is one of the exploration's outcomes: same stdout, stderr and error kinds, and a residual equal modulo ≡
    /// and renaming of unforgeable names. The reducer's renumbering breaks ties between symmetric names by their ids,
    /// so when the canonical texts differ every renaming of up to six names is tried.
    /// </summary>
    /// <param name="run">The machine's run.</param>
    /// <param name="exploration">The reducer's complete exploration of the same program.</param>
    /// <returns>True when the run is an outcome.</returns>
    public static bool IsOutcome(MachineRun run, Exploration exploration)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(exploration);
        var prefix = Prefix(run.Stdout, run.Stderr, run.ErrorKinds);
        var candidates = exploration.Outcomes.Where(o => Prefix(o.Stdout, o.Stderr, o.Errors.Select(x => x.Kind)) == prefix).Select(o => o.Residual).ToHashSet();
        if (candidates.Contains(Printer.Print(run.Residual)))
        {
            return true;
        }
        var names = new SortedSet<long>();
        Collect(run.Residual, names);
        if (names.Count > 6)
        {
            return false;
        }
        var ids = names.ToArray();
        return Permutations(ids).Any(perm =>
        {
            var map = ids.Select((id, i) => (id, perm[i])).ToDictionary(x => x.id, x => x.Item2);
            return candidates.Contains(Printer.Print(Reducer.Initial(Rename(run.Residual, map)).Residual));
        });
    }

    /// <summary>A run in one line: stdout, stderr, error kinds (sorted) and the residual.</summary>
    /// <param name="run">The run.</param>
    /// <returns>The line.</returns>
    public static string Show(MachineRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Prefix(run.Stdout, run.Stderr, run.ErrorKinds) + " residual " + Printer.Print(run.Residual);
    }

    /// <summary>An outcome in the same form as <see cref="Show(MachineRun)"/>.</summary>
    /// <param name="outcome">The reducer's outcome.</param>
    /// <returns>The line.</returns>
    public static string Show(Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return Prefix(outcome.Stdout, outcome.Stderr, outcome.Errors.Select(e => e.Kind)) + " residual " + outcome.Residual;
    }

    private static string Prefix(IEnumerable<string> stdout, IEnumerable<string> stderr, IEnumerable<string> kinds) =>
        $"stdout [{string.Join(", ", stdout)}] stderr [{string.Join(", ", stderr)}] errors [{string.Join(", ", kinds.Order(StringComparer.Ordinal))}]";

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
