namespace Rho.Semantics.Matching;

/// <summary>
/// Multiset matching (spec/matching.md, <c>Pat/par</c>, <c>Pat/set</c>, <c>Pat/map</c>): every
/// way to give each pattern its own target that it matches. This enumerates what the reference's
/// maximum bipartite matching finds one of.
/// </summary>
internal static class Assignment
{
    /// <summary>
    /// Every assignment of <paramref name="patterns"/> to distinct <paramref name="targets"/>,
    /// as the environment it produces and the indices of the targets left over, in target order.
    /// A pattern without pattern variables takes an equal target; which of several equal targets
    /// it takes cannot change the result, so only one is tried. For the same reason a pattern
    /// with variables tries only one target of each group of equal targets.
    /// </summary>
    /// <typeparam name="T">Item type; its equality is structural.</typeparam>
    public static IEnumerable<(Env Env, IReadOnlyList<int> Left)> All<T>(
        IReadOnlyList<T> targets,
        IReadOnlyList<T> patterns,
        Func<T, bool> hasVars,
        Func<T, T, Env, IEnumerable<Env>> match,
        Env env)
        where T : notnull
    {
        // Stryker disable once Block : a shortcut: without it a concrete pattern finds no target left, and Assign stops at once (fewer targets left than open patterns)
        if (patterns.Count > targets.Count)
        {
            return [];
        }
        var cmp = EqualityComparer<T>.Default;
        var rest = Enumerable.Range(0, targets.Count).ToList();
        var open = new List<T>();
        foreach (var p in patterns)
        {
            if (hasVars(p))
            {
                open.Add(p);
                continue;
            }
            var at = rest.FindIndex(i => cmp.Equals(targets[i], p));
            if (at < 0)
            {
                return [];
            }
            rest.RemoveAt(at);
        }
        // Stryker disable once Conditional : Assign with no open pattern yields (env, rest) at once; the shortcut only skips computing the groups
        return open.Count == 0
            ? [(env, rest)]
            : Assign(targets, Groups(targets), open, 0, rest, match, env);
    }

    private static IEnumerable<(Env Env, IReadOnlyList<int> Left)> Assign<T>(
        IReadOnlyList<T> targets,
        int[] group,
        List<T> open,
        int i,
        List<int> rest,
        Func<T, T, Env, IEnumerable<Env>> match,
        Env env)
    {
        if (i == open.Count)
        {
            yield return (env, rest);
            yield break;
        }
        // Stryker disable once Block,Statement : unreachable while All checks the counts (each step takes one target for one pattern, so rest.Count - (open.Count - i) never drops below targets.Count - patterns.Count >= 0); without it the loop finds nothing either
        if (rest.Count < open.Count - i)
        {
            yield break;
        }
        var tried = new HashSet<int>();
        for (var j = 0; j < rest.Count; j++)
        {
            var t = rest[j];
            if (!tried.Add(group[t]))
            {
                continue;
            }
            List<int>? next = null;
            foreach (var e in match(targets[t], open[i], env))
            {
                // Stryker disable once Assignment : Without builds a fresh copy of the same list each time and no one changes it; sharing it only saves the copies
                next ??= Without(rest, j);
                foreach (var r in Assign(targets, group, open, i + 1, next, match, e))
                {
                    yield return r;
                }
            }
        }
    }

    /// <summary>For each target, the index of the first target equal to it.</summary>
    public static int[] Groups<T>(IReadOnlyList<T> targets)
        where T : notnull
    {
        var first = new Dictionary<T, int>();
        var group = new int[targets.Count];
        for (var i = 0; i < targets.Count; i++)
        {
            group[i] = first.TryGetValue(targets[i], out var g) ? g : first[targets[i]] = i;
        }
        return group;
    }

    private static List<int> Without(List<int> rest, int j)
    {
        var next = new List<int>(rest);
        next.RemoveAt(j);
        return next;
    }
}
