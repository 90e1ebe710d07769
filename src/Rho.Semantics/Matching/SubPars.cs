using Rho.Semantics.Core;

namespace Rho.Semantics.Matching;

/// <summary>
/// The ways to split a multiset of par items in two (spec/matching.md, "Connectives in a par").
/// Equal items are interchangeable, so a split is a choice of how many copies of each distinct
/// item to take, not of which copies.
/// </summary>
internal static class SubPars
{
    /// <summary>
    /// Every split of the items <paramref name="rest"/> (indices into <paramref name="targets"/>)
    /// into a taken part whose kind counts lie within <paramref name="take"/> and a left part
    /// whose counts lie within <paramref name="leave"/>. Both parts keep target order.
    /// </summary>
    public static IEnumerable<(List<int> Taken, List<int> Left)> Within(
        List<Proc> targets, int[] group, IReadOnlyList<int> rest, ItemBounds take, ItemBounds leave)
    {
        var groups = new List<(int Kind, List<int> Members)>();
        var byGroup = new Dictionary<int, int>();
        var avail = new int[ItemBounds.Kinds];
        foreach (var i in rest)
        {
            if (!byGroup.TryGetValue(group[i], out var g))
            {
                byGroup[group[i]] = g = groups.Count;
                groups.Add((ItemBounds.KindOf(targets[i]), []));
            }
            groups[g].Members.Add(i);
            avail[groups[g].Kind]++;
        }
        return Split(groups, avail, take, leave);
    }

    // A depth-first search over the groups, choosing 0 … n copies of each, without recursion so
    // that a par of many distinct items does not build a deep chain of iterators.
    private static IEnumerable<(List<int>, List<int>)> Split(
        List<(int Kind, List<int> Members)> groups, int[] avail, ItemBounds take, ItemBounds leave)
    {
        var taken = new int[ItemBounds.Kinds];
        var left = new int[ItemBounds.Kinds];
        var chosen = new int[groups.Count];
        if (!Feasible(taken, left, avail, take, leave))
        {
            yield break;
        }
        if (groups.Count == 0)
        {
            yield return ([], []);
            yield break;
        }
        var g = 0;
        chosen[0] = -1;
        avail[groups[0].Kind] -= groups[0].Members.Count;
        while (g >= 0)
        {
            var (kind, members) = groups[g];
            if (chosen[g] >= 0)
            {
                taken[kind] -= chosen[g];
                left[kind] -= members.Count - chosen[g];
            }
            chosen[g]++;
            // Stryker disable once Arithmetic : the Feasible check below rejects every choice past take.Max as well; this test only ends the group's loop early
            if (chosen[g] > members.Count || taken[kind] + chosen[g] > take.Max[kind])
            {
                // This group is exhausted: give its items back and return to the previous one.
                avail[kind] += members.Count;
                g--;
                continue;
            }
            taken[kind] += chosen[g];
            left[kind] += members.Count - chosen[g];
            if (!Feasible(taken, left, avail, take, leave))
            {
                continue;
            }
            if (g == groups.Count - 1)
            {
                yield return Materialize(groups, chosen);
                continue;
            }
            g++;
            chosen[g] = -1;
            avail[groups[g].Kind] -= groups[g].Members.Count;
        }
    }

    private static bool Feasible(int[] taken, int[] left, int[] avail, ItemBounds take, ItemBounds leave)
    {
        for (var k = 0; k < ItemBounds.Kinds; k++)
        {
            if (taken[k] > take.Max[k] || left[k] > leave.Max[k]
                || taken[k] + avail[k] < take.Min[k] || left[k] + avail[k] < leave.Min[k])
            {
                return false;
            }
        }
        return true;
    }

    private static (List<int>, List<int>) Materialize(List<(int Kind, List<int> Members)> groups, int[] chosen)
    {
        var taken = new List<int>();
        var left = new List<int>();
        for (var g = 0; g < groups.Count; g++)
        {
            var members = groups[g].Members;
            for (var m = 0; m < members.Count; m++)
            {
                (m < chosen[g] ? taken : left).Add(members[m]);
            }
        }
        taken.Sort();
        left.Sort();
        return (taken, left);
    }
}
