using Rho.Compiler;
using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests;

/// <summary>Runs a program on the machine and checks its outcome against the reducer's outcome set.</summary>
internal static class Oracle
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RhoSpec.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("RhoSpec.sln not found above the test binaries");
    }

    public static MachineResult Run(string source, MachineOptions? options = null) =>
        RhoMachine.Run(RhoCompiler.Compile(Rholang.Compile(source)), options);

    public static string Show(MachineResult r) =>
        $"stdout [{string.Join(", ", r.Stdout)}] stderr [{string.Join(", ", r.Stderr)}] errors [{string.Join(", ", Kinds(r.Errors.Select(e => e.Kind)))}] residual {r.ResidualText}";

    public static string Show(Outcome o) =>
        $"stdout [{string.Join(", ", o.Stdout)}] stderr [{string.Join(", ", o.Stderr)}] errors [{string.Join(", ", Kinds(o.Errors.Select(e => e.Kind)))}] residual {o.Residual}";

    private static IEnumerable<string> Kinds(IEnumerable<string> kinds) => kinds.Order(StringComparer.Ordinal);

    /// <summary>
    /// The machine's outcome is one of the reducer's: same stdout, stderr and error kinds, and a residual equal
    /// modulo ≡ and renaming of unforgeable names. The reducer's renumbering breaks ties between symmetric names by
    /// their ids, so when the canonical texts differ every renaming of up to six names is tried.
    /// </summary>
    public static bool IsOutcome(MachineResult r, Exploration e)
    {
        var prefix = Prefix(r.Stdout, r.Stderr, r.Errors.Select(x => x.Kind));
        var candidates = e.Outcomes.Where(o => Prefix(o.Stdout, o.Stderr, o.Errors.Select(x => x.Kind)) == prefix).Select(o => o.Residual).ToHashSet();
        if (candidates.Contains(r.ResidualText))
        {
            return true;
        }
        var names = new SortedSet<long>();
        Collect(r.Residual, names);
        if (names.Count > 6)
        {
            return false;
        }
        var ids = names.ToArray();
        return Permutations(ids).Any(perm =>
        {
            var map = ids.Select((id, i) => (id, perm[i])).ToDictionary(x => x.id, x => x.Item2);
            return candidates.Contains(Printer.Print(Reducer.Initial(Rename(r.Residual, map)).Residual));
        });
    }

    private static string Prefix(IEnumerable<string> stdout, IEnumerable<string> stderr, IEnumerable<string> kinds) =>
        $"stdout [{string.Join(", ", stdout)}] stderr [{string.Join(", ", stderr)}] errors [{string.Join(", ", Kinds(kinds))}]";

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
