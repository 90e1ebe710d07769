using Rho.Semantics.Congruence;
using Rho.Semantics.Core;
using Rho.Semantics.Matching;

namespace Rho.Semantics.Evaluation;

// Booleans, comparison, equality and `matches` (spec/expressions.md, "Logic and comparison").
public static partial class Evaluator
{
    /// <summary>
    /// <c>Op/and</c>, <c>Op/or</c> evaluate both sides; <c>Op/short-and</c>, <c>Op/short-or</c>
    /// skip the right side when the left one decides. Each side must be one Bool.
    /// </summary>
    private static GBool Logic(EBinary b, bool shortCircuit, bool isAnd)
    {
        var at = b.At.Pos;
        var left = ToBool(b.Left, at);
        bool result;
        if (shortCircuit && left != isAnd)
        {
            result = left;
        }
        else
        {
            var right = ToBool(b.Right, at);
            result = isAnd ? left && right : left || right;
        }
        return new GBool(result) { At = b.At };
    }

    /// <summary>
    /// <c>Op/lt</c>, <c>Op/lte</c>, <c>Op/gt</c>, <c>Op/gte</c>: two values of one type among Bool
    /// (false &lt; true), Int, BigInt and String (UTF-16 code units, lexicographic).
    /// </summary>
    private static GBool Compare(EBinary b, Func<int, bool> holds)
    {
        var (v, w) = Operands(b);
        var c = (v, w) switch
        {
            (GBool x, GBool y) => x.Value.CompareTo(y.Value),
            (GInt x, GInt y) => x.Value.CompareTo(y.Value),
            (GBigInt x, GBigInt y) => x.Value.CompareTo(y.Value),
            (GString x, GString y) => string.CompareOrdinal(x.Value, y.Value),
            _ => throw Fail.Type(b.At.Pos, $"Unexpected compare: {Values.TypeName(v)} vs. {Values.TypeName(w)}"),
        };
        return new GBool(holds(c)) { At = b.At };
    }

    /// <summary>
    /// <c>Op/eq</c> (and <c>Op/neq</c> negated): both sides are evaluated as processes (any
    /// process, not only one expression) and compared structurally on their canonical forms.
    /// </summary>
    private static bool Equal(EBinary b)
    {
        var v = Par(b.Left);
        var w = Par(b.Right);
        return Canon.Of(v) == Canon.Of(w);
    }

    /// <summary>
    /// <c>Op/matches</c>: the target is evaluated as a process; the pattern is not evaluated. True
    /// when the spatial matcher finds at least one binding; the binding is discarded.
    /// </summary>
    private static GBool Matches(EMatches m)
    {
        var c = (EMatches)Canon.Of(m with { Target = Par(m.Target) });
        var any = SpatialMatcher.MatchAll(c.Target, c.Pattern, PatternVars.Count(c.Pattern)).Any();
        return new GBool(any) { At = m.At };
    }
}
