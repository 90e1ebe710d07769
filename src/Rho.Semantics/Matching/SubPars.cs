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
        return Split(groups, 0, new int[groups.Count], new int[ItemBounds.Kinds], new int[ItemBounds.Kinds], avail, take, leave);
    }

    private static IEnumerable<(List<int>, List<int>)> Split(
        List<(int Kind, List<int> Members)> groups, int g, int[] chosen,
        int[] taken, int[] left, int[] avail, ItemBounds take, ItemBounds leave)
    {
        for (var k = 0; k < ItemBounds.Kinds; k++)
        {
            if (taken[k] > take.Max[k] || left[k] > leave.Max[k]
                || taken[k] + avail[k] < take.Min[k] || left[k] + avail[k] < leave.Min[k])
            {
                yield break;
            }
        }
        if (g == groups.Count)
        {
            yield return Materialize(groups, chosen);
            yield break;
        }
        var (kind, members) = groups[g];
        for (var c = 0; c <= members.Count; c++)
        {
            var chosen1 = (int[])chosen.Clone();
            chosen1[g] = c;
            var taken1 = (int[])taken.Clone();
            var left1 = (int[])left.Clone();
            var avail1 = (int[])avail.Clone();
            taken1[kind] += c;
            left1[kind] += members.Count - c;
            avail1[kind] -= members.Count;
            foreach (var r in Split(groups, g + 1, chosen1, taken1, left1, avail1, take, leave))
            {
                yield return r;
            }
        }
    }

    private static (List<int>, List<int>) Materialize(List<(int Kind, List<int> Members)> groups, int[] chosen)
    {
        var taken = new List<int>();
        var left = new List<int>();
        for (var g = 0; g < groups.Count; g++)
        {
            var members = groups[g].Members;
            taken.AddRange(members.Take(chosen[g]));
            left.AddRange(members.Skip(chosen[g]));
        }
        taken.Sort();
        left.Sort();
        return (taken, left);
    }
}
