using FsCheck;
using Microsoft.FSharp.Core;

namespace Rho.Semantics.Tests.Generators;

/// <summary>
/// Fixed seeds for property tests. CI and the default run use the pinned seed; set
/// <c>RHO_PROPERTY_SEED</c> to explore (or to replay a failure, whose message prints the seed).
/// </summary>
public static class Seeds
{
    /// <summary>The pinned seed.</summary>
    public const ulong Pinned = 20261123;

    /// <summary>The seed in force: <c>RHO_PROPERTY_SEED</c> or <see cref="Pinned"/>.</summary>
    public static ulong Current =>
        ulong.TryParse(Environment.GetEnvironmentVariable("RHO_PROPERTY_SEED"), out var s) ? s : Pinned;

    /// <summary>The test count: <c>RHO_PROPERTY_TESTS</c> or <paramref name="fallback"/>.</summary>
    public static int Tests(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("RHO_PROPERTY_TESTS"), out var n) ? n : fallback;

    /// <summary>An FsCheck configuration that replays <see cref="Current"/> and throws on failure.</summary>
    public static Config FsCheck(int tests = 100) =>
        Config.QuickThrowOnFailure
            .WithMaxTest(Tests(tests))
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Current, 0x9E3779B97F4A7C15UL | 1), FSharpOption<int>.None)));

    /// <summary>A Hedgehog configuration with the seed <see cref="Current"/>.</summary>
    public static global::Hedgehog.IPropertyConfig HedgehogConfig(int tests = 100) =>
        global::Hedgehog.Linq.PropertyConfigExtensions.WithTests(
            global::Hedgehog.PropertyConfig.withSeed(global::Hedgehog.SeedModule.from(Current), global::Hedgehog.PropertyConfig.Default),
            Tests(tests));

    /// <summary>Checks a boolean property with Hedgehog under <see cref="HedgehogConfig"/>; Hedgehog shrinks a failure.</summary>
    public static void Hedgehog<T>(global::Hedgehog.Gen<T> gen, Func<T, bool> property, int tests = 100) =>
        global::Hedgehog.Linq.PropertyExtensions.Check(
            global::Hedgehog.Linq.PropertyExtensions.ForAll(gen, x => global::Hedgehog.FSharp.Property.ofBool(property(x))),
            HedgehogConfig(tests));

    /// <summary>Runs a property body; a failure's message names the seed that replays it.</summary>
    public static void Run(string name, Action check)
    {
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            check();
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"property '{name}' failed; replay with RHO_PROPERTY_SEED={Current}\n{e.Message}");
        }
    }
}
