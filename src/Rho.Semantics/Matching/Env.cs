using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Matching;

/// <summary>
/// The bindings made so far by one match attempt, newest first (spec/matching.md, "Bindings").
/// Immutable, so backtracking is free: each alternative extends the environment it was given.
/// A later binding of the same variable overrides an earlier one, as in the reference's map
/// update; valid patterns never bind a variable twice (the normalizer rejects reuse).
/// </summary>
internal sealed class Env
{
    private readonly int _level;
    private readonly Proc _value;
    private readonly Env? _next;

    private Env(int level, Proc value, Env? next)
    {
        _level = level;
        _value = value;
        _next = next;
    }

    /// <summary>No bindings.</summary>
    // Stryker disable once Unary : the sentinel's level is never read (ToArray stops at the node without a next)
    public static Env Empty { get; } = new(-1, Nil.Instance, null);

    /// <summary>This environment with pattern variable <paramref name="level"/> bound to <paramref name="value"/>.</summary>
    public Env Bind(int level, Proc value) => new(level, value, this);

    /// <summary>
    /// The binding array: element k is the value of FreeVar(k), or Nil when the pattern left k
    /// unbound (as the reference's environment extension does).
    /// </summary>
    public Proc[] ToArray(int freeCount)
    {
        var result = new Proc?[freeCount];
        for (var e = this; e._next is not null; e = e._next)
        {
            if (e._level >= freeCount)
            {
                throw RhoException.Crash($"matcher: pattern variable {e._level} is outside the binder of {freeCount}");
            }
            result[e._level] ??= e._value;
        }
        var filled = new Proc[freeCount];
        for (var k = 0; k < freeCount; k++)
        {
            filled[k] = result[k] ?? Nil.Instance;
        }
        return filled;
    }
}
