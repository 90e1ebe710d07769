using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Matching;

/// <summary>
/// The spatial matcher (spec/matching.md). Patterns are closed except for their own pattern
/// variables (<see cref="FreeVar"/>); targets are closed values. A result is one binding of every
/// pattern variable: element k is the value bound to FreeVar(k).
/// </summary>
public static class SpatialMatcher
{
    /// <summary>
    /// Every distinct way <paramref name="pattern"/> matches <paramref name="target"/>, binding
    /// pattern variables 0 … <paramref name="freeCount"/>-1.
    /// </summary>
    public static IEnumerable<Proc[]> MatchAll(Proc target, Proc pattern, int freeCount) =>
        throw RhoException.Crash("SpatialMatcher.MatchAll: placeholder until the matcher branch lands");

    /// <summary>
    /// Every distinct way the data of one send matches one receive bind: the patterns match the
    /// arguments position by position, and a remainder (if any) binds the list of the arguments
    /// left over. The arity must agree when there is no remainder.
    /// </summary>
    public static IEnumerable<Proc[]> MatchArgs(Seq<Proc> data, Seq<Proc> patterns, Proc? remainder, int freeCount) =>
        throw RhoException.Crash("SpatialMatcher.MatchArgs: placeholder until the matcher branch lands");
}
