using Rho.Semantics.Congruence;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Reduction;

/// <summary>
/// Builds canonical states (spec/semantics.md, "States"): flattens and sorts the processes with
/// the congruence, and renumbers unforgeable names 0, 1, … by first occurrence in the sorted
/// state (sorted with name identities erased), so states equal up to renaming of unforgeable
/// names are one state.
/// </summary>
internal static class StateBuilder
{
    public static State Make(IEnumerable<Proc> procs, Seq<string> stdout, Seq<string> stderr, IEnumerable<RhoError> errors)
    {
        var canonical = Flatten(Canon.Of(new Par(procs.ToSeq())));
        canonical = RenumberNames(canonical);
        var sortedErrors = errors
            .OrderBy(e => e.Kind, StringComparer.Ordinal)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .ThenBy(e => e.Pos.Line)
            .ThenBy(e => e.Pos.Col)
            .ThenBy(e => e.Rule, StringComparer.Ordinal)
            .ToSeq();
        return new State(canonical, stdout, stderr, sortedErrors);
    }

    /// <summary>The number of distinct unforgeable names in a canonical state; the next fresh name.</summary>
    public static long NameCount(State s)
    {
        // Stryker disable once Unary : a larger floor only makes fresh names start higher; they stay above every name in the state, and Make renumbers them by order alone
        long max = -1;
        foreach (var p in s.Procs)
        {
            max = Math.Max(max, MaxName(p));
        }
        return max + 1;
    }

    private static long MaxName(Proc p) => p switch
    {
        GUnforgeable u => u.Id,
        // Stryker disable once Unary : a larger floor only makes fresh names start higher; they stay above every name in the state, and Make renumbers them by order alone
        _ => Traversal.Children(p).Select(c => MaxName(c.Child)).DefaultIfEmpty(-1).Max(),
    };

    private static Seq<Proc> Flatten(Proc p) => p switch
    {
        Nil => Seq<Proc>.Empty,
        Par par => par.Procs,
        _ => Seq.Of(p),
    };

    private static Seq<Proc> RenumberNames(Seq<Proc> procs)
    {
        if (!procs.Any(ContainsName))
        // Stryker disable once Block : a state without names collects an empty renaming, and the identity check below returns it unchanged
        {
            return procs;
        }
        var erased = procs.Map(Erase);
        var order = Enumerable.Range(0, procs.Count)
            .OrderBy(i => erased[i], ProcOrder.Instance)
            .ThenBy(i => i)
            .ToList();
        var renaming = new Dictionary<long, long>();
        foreach (var i in order)
        {
            Collect(procs[i], renaming);
        }
        if (renaming.All(kv => kv.Key == kv.Value))
        // Stryker disable once Block : renaming by the identity and re-canonicalizing a canonical state gives it back unchanged
        {
            return procs;
        }
        var renamed = procs.Map(p => Rename(p, renaming));
        return Flatten(Canon.Of(new Par(renamed)));
    }

    private static bool ContainsName(Proc p) =>
        // Stryker disable once Linq : with All a leaf counts as holding a name, so every term does; a state without names then takes the renumbering path, which returns it unchanged
        p is GUnforgeable || Traversal.Children(p).Any(c => ContainsName(c.Child));

    private static Proc Erase(Proc p) => p is GUnforgeable u
        ? u with { Id = 0 }
        : Traversal.MapChildren(p, (c, _) => Erase(c));

    private static void Collect(Proc p, Dictionary<long, long> renaming)
    {
        if (p is GUnforgeable u)
        {
            renaming.TryAdd(u.Id, renaming.Count);
            return;
        }
        foreach (var (child, _) in Traversal.Children(p))
        {
            Collect(child, renaming);
        }
    }

    private static Proc Rename(Proc p, Dictionary<long, long> renaming) => p is GUnforgeable u
        ? u with { Id = renaming[u.Id] }
        : Traversal.MapChildren(p, (c, _) => Rename(c, renaming));
}
