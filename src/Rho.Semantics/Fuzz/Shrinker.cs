using Rho.Semantics.Errors;

namespace Rho.Semantics.Fuzz;

/// <summary>
/// Shrinks a failing program by shrinking the choice list that generated it (as Hypothesis does):
/// every candidate is again a program of <see cref="SourceGen"/>, so it stays closed and well-scoped.
/// Candidates delete runs of choices (halves, quarters, … single choices), then set a choice to 0,
/// then halve it; the first one that still fails is kept, until no candidate fails. Programs are
/// compared modulo ≡: a candidate structurally congruent to one already tried reuses its verdict.
/// </summary>
public static class Shrinker
{
    /// <summary>The most candidates tried, to bound the time spent.</summary>
    public const int MaxAttempts = 3000;

    /// <summary>A smallest choice list found from <paramref name="choices"/> on which <paramref name="fails"/> still holds.</summary>
    public static int[] Shrink(int[] choices, Func<int[], bool> fails) => Shrink(choices, fails, MaxAttempts);

    /// <summary>
    /// <see cref="Shrink(int[], Func{int[], bool})"/> with at most <paramref name="maxAttempts"/> calls of
    /// <paramref name="fails"/> (tests use a small limit to see it bite).
    /// </summary>
    internal static int[] Shrink(int[] choices, Func<int[], bool> fails, int maxAttempts)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(fails);
        var verdicts = new Dictionary<string, bool>(StringComparer.Ordinal);
        var attempts = 0;
        bool Fails(int[] c)
        {
            var key = Canonical(Fuzzer.Program(c));
            if (key is null)
            {
                // Stryker disable once Boolean : unreachable: every choice list gives a SourceGen program, closed and well-scoped by construction, so it compiles (FuzzMutSourceGenTests); only nesting deeper than the parser's 1 GiB stack could fail, and SourceGen's own recursion overflows its stack long before that
                return false;
            }
            if (!verdicts.TryGetValue(key, out var v))
            {
                attempts++;
                v = fails(c);
                verdicts[key] = v;
            }
            return v;
        }
        var current = choices;
        var improved = true;
        // The limit is checked before each candidate: when it is reached, the loop below breaks with improved false.
        while (improved)
        {
            improved = false;
            foreach (var candidate in Candidates(current))
            {
                if (attempts >= maxAttempts)
                {
                    break;
                }
                if (Fails(candidate))
                {
                    current = candidate;
                    improved = true;
                    break;
                }
            }
        }
        return current;
    }

    /// <summary>The simpler neighbours of a choice list, simplest first.</summary>
    private static IEnumerable<int[]> Candidates(int[] c)
    {
        for (var size = c.Length / 2; size >= 1; size /= 2)
        {
            for (var start = 0; start + size <= c.Length; start += size)
            {
                yield return [.. c[..start], .. c[(start + size)..]];
            }
        }
        for (var i = 0; i < c.Length; i++)
        {
            if (c[i] != 0)
            {
                var zero = (int[])c.Clone();
                zero[i] = 0;
                yield return zero;
                var half = (int[])c.Clone();
                half[i] = c[i] / 2;
                yield return half;
            }
        }
    }

    /// <summary>The canonical text of a program (equal exactly for ≡ programs), or null if it does not compile.</summary>
    internal static string? Canonical(string source)
    {
        try
        {
            return Rholang.Print(Rholang.Compile(source));
        }
        catch (RhoException)
        // Stryker disable once Block : Stryker ends the mutated method with "return default", which is the same null; the catch is unreachable anyway (see Fails above)
        {
            return null;
        }
    }
}
