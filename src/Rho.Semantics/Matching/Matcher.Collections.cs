using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Mutation;

namespace Rho.Semantics.Matching;

internal static partial class Matcher
{
    /// <summary>
    /// <c>Pat/list</c>, <c>Pat/list-rem</c>, <c>Pat/args</c>, <c>Pat/args-rem</c>: the patterns
    /// match the first targets position by position. Without a remainder there must be no
    /// targets left; a remainder variable binds the list of the targets left (every one closed),
    /// and a wildcard remainder drops them.
    /// </summary>
    public static IEnumerable<Env> MatchSequence(IReadOnlyList<Proc> ts, IReadOnlyList<Proc> ps, Proc? remainder, Env e, int d)
    {
        if (ts.Count < ps.Count || (remainder is null && ts.Count != ps.Count))
        {
            return [];
        }
        var prefix = Zip(ts, ps, 0, (ti, pi, ei) => Match(ti, pi, ei, d), e);
        switch (remainder)
        {
            case null or Wildcard:
                return prefix;
            case FreeVar v:
                var left = ts.Skip(Mutants.IsOn(Mutant.RemainderWrong) ? 0 : ps.Count).ToList();
                return left.TrueForAll(item => Pattern.Capturable(item, d))
                    ? prefix.Select(e1 => e1.Bind(v.Level, new EList(left.ToSeq(), null)))
                    : [];
            default:
                throw RhoException.Crash($"matcher: a remainder must be a pattern variable or a wildcard, not {remainder.GetType().Name}");
        }
    }

    /// <summary><c>Pat/list</c>, <c>Pat/list-rem</c>.</summary>
    private static IEnumerable<Env> MatchList(EList t, EList p, Env e, int d) =>
        MatchSequence(t.Items, p.Items, p.Remainder, e, d);

    /// <summary><c>Pat/tuple</c>: as many items, matching position by position.</summary>
    private static IEnumerable<Env> MatchTuple(ETuple t, ETuple p, Env e, int d) =>
        MatchSequence(t.Items, p.Items, null, e, d);

    /// <summary>
    /// <c>Pat/set</c>, <c>Pat/set-rem</c>: each element pattern matches its own element (a
    /// pattern variable among the elements takes one element); the elements left go to the
    /// remainder as a set (in canonical order, being a part of a canonical set), are dropped by
    /// a wildcard remainder, or must not exist.
    /// </summary>
    private static IEnumerable<Env> MatchSet(ESet t, ESet p, Env e, int d) =>
        Assignment.All(t.Items, p.Items, Pattern.HasVars, (ti, pi, ei) => Match(ti, pi, ei, d), e)
            .SelectMany(a => Leftover(a.Left.Select(i => t.Items[i]).ToList(), p.Remainder, items => new ESet(items.ToSeq(), null), a.Env, d));

    /// <summary>
    /// <c>Pat/map</c>, <c>Pat/map-rem</c>: each pattern pair matches its own pair, key then
    /// value; the pairs left go to the remainder as a map, are dropped by a wildcard, or must
    /// not exist.
    /// </summary>
    private static IEnumerable<Env> MatchMap(EMap t, EMap p, Env e, int d) =>
        Assignment.All(
                t.Pairs,
                p.Pairs,
                kv => Pattern.HasVars(kv.Key) || Pattern.HasVars(kv.Value),
                (tkv, pkv, ekv) => Match(tkv.Key, pkv.Key, ekv, d).SelectMany(e1 => Match(tkv.Value, pkv.Value, e1, d)),
                e)
            .SelectMany(a => Leftover(
                a.Left.Select(i => t.Pairs[i]).ToList(),
                p.Remainder,
                pairs => new EMap(pairs.ToSeq(), null),
                a.Env,
                d));

    private static IEnumerable<Env> Leftover<T>(List<T> left, Proc? remainder, Func<List<T>, Proc> wrap, Env e, int d) =>
        remainder switch
        {
            null => left.Count == 0 ? [e] : [],
            Wildcard => [e],
            FreeVar v => wrap(left) is var rest && Pattern.Capturable(rest, d) ? [e.Bind(v.Level, rest)] : [],
            _ => throw RhoException.Crash($"matcher: a remainder must be a pattern variable or a wildcard, not {remainder.GetType().Name}"),
        };
}
