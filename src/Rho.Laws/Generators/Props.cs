using Rho.Laws.Properties;

namespace Rho.Laws.Generators;

/// <summary>
/// Runs a property on generated choice lists with FsCheck and then Hedgehog, under the compiler
/// laws' pinned seed (<c>RHO_PROPERTY_SEED</c> overrides it). A failure names the seed that
/// replays it and the shrunk choice list; both frameworks shrink the list, hence the term.
/// </summary>
public static class Props
{
    /// <summary>The pinned seed of the compiler and machine laws.</summary>
    public const ulong Pinned = 20261124;

    /// <summary>The seed in force: <c>RHO_PROPERTY_SEED</c> or <see cref="Pinned"/>.</summary>
    public static ulong Seed => LawConfig.Default.SeedFor(Pinned);

    /// <summary>The number of cases: <c>RHO_PROPERTY_TESTS</c> or <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The count when the variable is not set.</param>
    /// <returns>The count.</returns>
    public static int Tests(int fallback) => LawConfig.Default.TestsFor(fallback);

    /// <summary>Checks <paramref name="law"/> with FsCheck, then with Hedgehog; raises <see cref="PropertyFailedException"/> on a failure.</summary>
    /// <param name="law">The property over a choice list.</param>
    /// <param name="tests">The case count (before <c>RHO_PROPERTY_TESTS</c>).</param>
    /// <param name="maxLength">The longest Hedgehog choice list.</param>
    public static void Check(Func<int[], bool> law, int tests = 100, int maxLength = 60)
    {
        var failure = ForAll.Choices(law, xs => "choices [" + string.Join(", ", xs) + "]", Tests(tests), maxLength, Seed);
        if (failure is not null)
        {
            throw new PropertyFailedException($"replay with RHO_PROPERTY_SEED={Seed}\n{failure.Source}\n{failure.Message}");
        }
    }
}
