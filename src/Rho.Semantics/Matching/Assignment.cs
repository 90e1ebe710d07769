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
    /// with variables tries only one target of each group of equal targets. Equal patterns that
    /// bind nothing (<paramref name="binds"/> false, for example several <c>[_]</c>) are
    /// interchangeable: an assignment and the one that swaps their targets give the same result,
    /// so they take their targets in target order and each such result is found once.
    /// </summary>
    /// <typeparam name="T">Item type; its equality is structural.</typeparam>
    public static IEnumerable<(Env Env, IReadOnlyList<int> Left)> All<T>(
        IReadOnlyList<T> targets,
        IReadOnlyList<T> patterns,
        Func<T, bool> hasVars,
        Func<T, T, Env, IEnumerable<Env>> match,
        Env env,
        Func<T, bool>? binds = null)
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
            : Assign(targets, Groups(targets), new Search<T>(open, Twins(open, binds), new int[open.Count]), 0, rest, match, env);
    }

    /// <summary>
    /// The open patterns, for each the index of the nearest earlier open pattern equal to it when
    /// neither binds a variable (else -1), and the target each pattern took on the current path.
    /// </summary>
    private sealed record Search<T>(List<T> Open, int[] Twin, int[] Took);

    /// <summary>For each pattern, the nearest earlier pattern equal to it when it binds nothing, else -1.</summary>
    public static int[] Twins<T>(IReadOnlyList<T> open, Func<T, bool>? binds)
        where T : notnull
    {
        var cmp = EqualityComparer<T>.Default;
        var twin = new int[open.Count];
        for (var i = 0; i < open.Count; i++)
        {
            twin[i] = -1;
            if (binds is null || binds(open[i]))
            {
                continue;
            }
            for (var k = i - 1; k >= 0; k--)
            {
                if (cmp.Equals(open[k], open[i]))
                {
                    twin[i] = k;
                    break;
                }
            }
        }
        return twin;
    }

    private static IEnumerable<(Env Env, IReadOnlyList<int> Left)> Assign<T>(
        IReadOnlyList<T> targets,
        int[] group,
        Search<T> search,
        int i,
        List<int> rest,
        Func<T, T, Env, IEnumerable<Env>> match,
        Env env)
    {
        var open = search.Open;
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
            // An interchangeable twin took its target earlier on this path: take a later one only.
            var twin = search.Twin[i];
            if (twin >= 0 &&
                // Stryker disable once Equality : t is never the twin's own target (that one left rest), so < and <= agree; this also silences >=, which TwinPatternTests.Assignment_TwoWildcardTwinsAmongFourTargets_OneAssignmentPerPairOfTargets kills
                t < search.Took[twin])
            {
                continue;
            }
            if (!tried.Add(group[t]))
            {
                continue;
            }
            search.Took[i] = t;
            List<int>? next = null;
            foreach (var e in match(targets[t], open[i], env))
            {
                // Stryker disable once Assignment : Without builds a fresh copy of the same list each time and no one changes it; sharing it only saves the copies
                next ??= Without(rest, j);
                foreach (var r in Assign(targets, group, search, i + 1, next, match, e))
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
