using Rho.Semantics.Core;

namespace Rho.Semantics.Matching;

/// <summary>
/// The spatial matcher (spec/matching.md). Patterns are closed except for their own pattern
/// variables (<see cref="FreeVar"/>); targets are closed values. A result is one binding of every
/// pattern variable: element k is the value bound to FreeVar(k).
/// </summary>
/// <remarks>
/// Results are produced lazily and without repeats. A pattern variable the match leaves unbound
/// (a second variable at the top of a par, <c>Pat/par</c>) is bound to Nil, as in the reference.
/// Raises only Crash errors, on patterns that break the contract (a var ref left unsubstituted,
/// a pattern variable numbered at or above the free count).
/// </remarks>
public static class SpatialMatcher
{
    /// <summary>
    /// Every distinct way <paramref name="pattern"/> matches <paramref name="target"/>, binding
    /// pattern variables 0 … <paramref name="freeCount"/>-1.
    /// </summary>
    public static IEnumerable<Proc[]> MatchAll(Proc target, Proc pattern, int freeCount) =>
        Distinct(Matcher.Match(target, pattern, Env.Empty, 0), freeCount);

    /// <summary>
    /// Every distinct way the data of one send matches one receive bind: the patterns match the
    /// arguments position by position, and a remainder (if any) binds the list of the arguments
    /// left over. The arity must agree when there is no remainder.
    /// </summary>
    public static IEnumerable<Proc[]> MatchArgs(Seq<Proc> data, Seq<Proc> patterns, Proc? remainder, int freeCount) =>
        Distinct(Matcher.MatchSequence(data, patterns, remainder, Env.Empty, 0), freeCount);

    private static IEnumerable<Proc[]> Distinct(IEnumerable<Env> results, int freeCount)
    {
        var seen = new HashSet<Seq<Proc>>();
        foreach (var e in results)
        {
            var binding = e.ToArray(freeCount);
            if (seen.Add(new Seq<Proc>([.. binding])))
            {
                yield return binding;
            }
        }
    }
}
