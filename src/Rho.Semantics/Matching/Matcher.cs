using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Matching;

// Metavariables: t : target term, p : pattern term, e : Env, d : number of target binders the
// match has gone under (0 at the top; only "d > 0" matters, for Pat/var's closedness check).

/// <summary>
/// The matching relation (spec/matching.md): <c>Match(t, p, e, d)</c> is every extension of
/// <c>e</c> under which pattern <c>p</c> matches target <c>t</c>. Results may repeat; the facade
/// removes duplicates. Raises only Crash (a malformed pattern is a bug of the caller).
/// </summary>
internal static partial class Matcher
{
    /// <summary>Every way <paramref name="p"/> matches <paramref name="t"/>, extending <paramref name="e"/>.</summary>
    public static IEnumerable<Env> Match(Proc t, Proc p, Env e, int d)
    {
        if (!Pattern.HasVars(p))
        {
            // Pat/equal
            return t == p ? [e] : [];
        }
        return p switch
        {
            // Pat/var
            FreeVar v => Pattern.Capturable(t, d) ? [e.Bind(v.Level, t)] : [],

            // Pat/wildcard
            Wildcard => [e],

            // Pat/and
            ConnAnd a => All(t, a.Parts, 0, e, d),

            // Pat/or: succeeds once, binding nothing, when some alternative matches.
            ConnOr o => o.Parts.Any(q => Match(t, q, Env.Empty, d).Any()) ? [e] : [],

            // Pat/not: succeeds once, binding nothing, when the body does not match.
            ConnNot n => Match(t, n.Body, Env.Empty, d).Any() ? [] : [e],

            // Pat/type
            ConnType c => OfType(t, c.Type) ? [e] : [],

            // Pat/par
            Par => MatchPar(t, p, e, d),

            // A plain item matches a target that is one item.
            // Stryker disable once Conditional : MatchItem has no case for a Par or Nil target, so it gives [] as well
            _ => t is Par or Nil ? [] : MatchItem(t, p, e, d),
        };
    }

    /// <summary><c>Pat/and</c>: parts i … n-1 all match <paramref name="t"/>, threading the bindings.</summary>
    private static IEnumerable<Env> All(Proc t, Seq<Proc> parts, int i, Env e, int d)
    {
        if (i == parts.Count)
        {
            yield return e;
            yield break;
        }
        foreach (var e1 in Match(t, parts[i], e, d))
        {
            foreach (var e2 in All(t, parts, i + 1, e1, d))
            {
                yield return e2;
            }
        }
    }

    /// <summary><c>Pat/type</c>: the target is one value of the type.</summary>
    private static bool OfType(Proc t, SimpleType type) => type switch
    {
        SimpleType.Bool => t is GBool,
        SimpleType.Int => t is GInt,
        SimpleType.BigInt => t is GBigInt,
        SimpleType.String => t is GString,
        SimpleType.Uri => t is GUri,
        SimpleType.ByteArray => t is GByteArray,
        _ => throw RhoException.Crash($"matcher: unknown type connective {type}"),
    };

    /// <summary>
    /// Position-wise matching of equally long sequences (send arguments, tuples, list prefixes,
    /// match cases): pattern i matches target i for every i, threading the bindings.
    /// </summary>
    private static IEnumerable<Env> Zip<T>(IReadOnlyList<T> ts, IReadOnlyList<T> ps, int i, Func<T, T, Env, IEnumerable<Env>> match, Env e)
    {
        if (i == ps.Count)
        {
            yield return e;
            yield break;
        }
        foreach (var e1 in match(ts[i], ps[i], e))
        {
            foreach (var e2 in Zip(ts, ps, i + 1, match, e1))
            {
                yield return e2;
            }
        }
    }
}
