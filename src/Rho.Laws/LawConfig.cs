using System.Globalization;

namespace Rho.Laws;

/// <summary>
/// How to run laws: a seed and a number of generated cases, each null for the default. The seed in
/// force is this <see cref="Seed"/>, else <c>RHO_PROPERTY_SEED</c>, else the law's pinned seed; the
/// number of cases is <see cref="Tests"/>, else <c>RHO_PROPERTY_TESTS</c>, else the law's own count.
/// </summary>
/// <param name="Seed">The seed to replay, or null.</param>
/// <param name="Tests">The number of generated cases per law, or null.</param>
public sealed record LawConfig(ulong? Seed = null, int? Tests = null)
{
    /// <summary>Pinned seeds and each law's own case count (overridable from the environment).</summary>
    public static LawConfig Default { get; } = new();

    /// <summary>The seed in force for a law pinned to <paramref name="pinned"/>.</summary>
    /// <param name="pinned">The law's pinned seed.</param>
    /// <returns>The seed.</returns>
    public ulong SeedFor(ulong pinned) =>
        Seed ?? (ulong.TryParse(Environment.GetEnvironmentVariable("RHO_PROPERTY_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : pinned);

    /// <summary>The case count in force for a law whose own count is <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The law's own count.</param>
    /// <returns>The count.</returns>
    public int TestsFor(int fallback) =>
        Tests ?? (int.TryParse(Environment.GetEnvironmentVariable("RHO_PROPERTY_TESTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : fallback);
}

/// <summary>What a law's property receives: the seed in force and the configuration.</summary>
/// <param name="Seed">The seed in force.</param>
/// <param name="Config">The configuration.</param>
public sealed record LawContext(ulong Seed, LawConfig Config)
{
    /// <summary>The case count in force for a law whose own count is <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The law's own count.</param>
    /// <returns>The count.</returns>
    public int Tests(int fallback) => Config.TestsFor(fallback);
}
