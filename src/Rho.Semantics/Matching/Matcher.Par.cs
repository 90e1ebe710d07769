using Rho.Semantics.Core;

namespace Rho.Semantics.Matching;

internal static partial class Matcher
{
    /// <summary>
    /// <c>Pat/par</c>: a par pattern against the target's items, as multisets. The pattern's
    /// items are of three sorts: plain items, each matching one target item of its own
    /// (<see cref="Assignment"/>); connectives, each matching a sub-par of the items left; and
    /// pattern variables and wildcards at the top of the par, which take the rest. The rest goes
    /// whole to one of the variables (every item must then be closed), each choice giving a
    /// result; the other variables stay unbound (Nil). With only wildcards the rest is dropped;
    /// with neither it must be empty.
    /// </summary>
    private static IEnumerable<Env> MatchPar(Proc t, Proc p, Env e, int d)
    {
        var targets = Pattern.Items(t);
        var plain = new List<Proc>();
        var connectives = new List<Proc>();
        var restVars = new SortedSet<int>();
        var wildcard = false;
        foreach (var q in Pattern.Items(p))
        {
            switch (q)
            {
                case FreeVar v:
                    restVars.Add(v.Level);
                    break;
                case Wildcard:
                    wildcard = true;
                    break;
                case ConnAnd or ConnOr or ConnNot or ConnType:
                    connectives.Add(q);
                    break;
                default:
                    plain.Add(q);
                    break;
            }
        }
        var open = restVars.Count > 0 || wildcard;
        if (plain.Count > targets.Count || (!open && connectives.Count == 0 && plain.Count != targets.Count))
        {
            return [];
        }
        return Assignment.All(targets, plain, Pattern.HasVars, (ti, pi, ei) => MatchItem(ti, pi, ei, d), e, Pattern.Binds)
            .SelectMany(a => Connectives(targets, a.Left, connectives, open, a.Env, d))
            .SelectMany(c => Rest(targets, c.Left, restVars, wildcard, c.Env, d));
    }

    /// <summary>
    /// The items no pattern item took: whole to one rest variable (each in turn), dropped by a
    /// wildcard, or none allowed. The reference gives them to the first variable in its own
    /// numbering; ours is canonical, so every variable gets its turn (divergence
    /// <c>Div/par-rest-var</c>).
    /// </summary>
    private static IEnumerable<Env> Rest(List<Proc> targets, IReadOnlyList<int> rest, SortedSet<int> restVars, bool wildcard, Env e, int d)
    {
        if (restVars.Count > 0)
        {
            var items = rest.Select(i => targets[i]).ToList();
            if (!items.TrueForAll(item => Pattern.Capturable(item, d)))
            {
                return [];
            }
            var value = Pattern.FromItems(items);
            return restVars.Select(level => e.Bind(level, value));
        }
        // Stryker disable once Conditional : without a rest variable or wildcard nothing is left here: MatchPar requires as many plain items as targets when there is no connective, and the last connective must leave ItemBounds.Zero
        return wildcard || rest.Count == 0 ? [e] : [];
    }

    /// <summary>
    /// Connectives j … of a par pattern, each matched against every sub-par of the remaining
    /// items that its <see cref="ItemBounds"/> allow; yields what is left after the last one.
    /// </summary>
    private static IEnumerable<(Env Env, IReadOnlyList<int> Left)> Connectives(
        List<Proc> targets, IReadOnlyList<int> rest, List<Proc> connectives, bool open, Env e, int d)
    {
        if (connectives.Count == 0)
        {
            return [(e, rest)];
        }
        var bounds = connectives.Select(ItemBounds.OfConnective).ToList();
        // after[j]: what the connectives after j, and the rest variable or wildcard, may take.
        var after = new ItemBounds[connectives.Count];
        after[^1] = open ? ItemBounds.Any : ItemBounds.Zero;
        for (var j = connectives.Count - 2; j >= 0; j--)
        {
            after[j] = after[j + 1].Plus(bounds[j + 1]);
        }
        return Connective(targets, Assignment.Groups(targets), rest, connectives, bounds, after, 0, e, d);
    }

    private static IEnumerable<(Env Env, IReadOnlyList<int> Left)> Connective(
        List<Proc> targets, int[] group, IReadOnlyList<int> rest, List<Proc> connectives,
        List<ItemBounds> bounds, ItemBounds[] after, int j, Env e, int d)
    {
        if (j == connectives.Count)
        {
            yield return (e, rest);
            yield break;
        }
        foreach (var (taken, left) in SubPars.Within(targets, group, rest, bounds[j], after[j]))
        {
            var sub = Pattern.FromItems(taken.Select(i => targets[i]).ToList());
            foreach (var e1 in Match(sub, connectives[j], e, d))
            {
                foreach (var r in Connective(targets, group, left, connectives, bounds, after, j + 1, e1, d))
                {
                    yield return r;
                }
            }
        }
    }
}
