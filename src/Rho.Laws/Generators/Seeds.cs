using FsCheck;
using Microsoft.FSharp.Core;

namespace Rho.Laws.Generators;

/// <summary>
/// Fixed seeds for property tests. CI and the default run use the pinned seed; set
/// <c>RHO_PROPERTY_SEED</c> to explore (or to replay a failure, whose message prints the seed).
/// </summary>
public static class Seeds
{
    /// <summary>The pinned seed of the congruence and reducer laws.</summary>
    public const ulong Pinned = 20261123;

    /// <summary>The seed in force: <c>RHO_PROPERTY_SEED</c> or <see cref="Pinned"/>.</summary>
    public static ulong Current => LawConfig.Default.SeedFor(Pinned);

    /// <summary>The test count: <c>RHO_PROPERTY_TESTS</c> or <paramref name="fallback"/>.</summary>
    /// <param name="fallback">The count when the variable is not set.</param>
    /// <returns>The count.</returns>
    public static int Tests(int fallback) => LawConfig.Default.TestsFor(fallback);

    /// <summary>An FsCheck configuration that replays <see cref="Current"/> and throws on failure.</summary>
    /// <param name="tests">The case count (before <c>RHO_PROPERTY_TESTS</c>).</param>
    /// <returns>The configuration.</returns>
    public static Config FsCheck(int tests = 100) => FsCheck(Tests(tests), Current);

    /// <summary>An FsCheck configuration of exactly <paramref name="tests"/> cases that replays <paramref name="seed"/> and throws on failure.</summary>
    /// <param name="tests">The case count.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The configuration.</returns>
    public static Config FsCheck(int tests, ulong seed) =>
        Config.QuickThrowOnFailure
            .WithMaxTest(tests)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL | 1), FSharpOption<int>.None)));

    /// <summary>A Hedgehog configuration with the seed <see cref="Current"/>.</summary>
    /// <param name="tests">The case count (before <c>RHO_PROPERTY_TESTS</c>).</param>
    /// <returns>The configuration.</returns>
    public static global::Hedgehog.IPropertyConfig HedgehogConfig(int tests = 100) => HedgehogConfig(Tests(tests), Current);

    /// <summary>A Hedgehog configuration of exactly <paramref name="tests"/> cases with the seed <paramref name="seed"/>.</summary>
    /// <param name="tests">The case count.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The configuration.</returns>
    public static global::Hedgehog.IPropertyConfig HedgehogConfig(int tests, ulong seed) =>
        global::Hedgehog.Linq.PropertyConfigExtensions.WithTests(
            global::Hedgehog.PropertyConfig.withSeed(global::Hedgehog.SeedModule.from(seed), global::Hedgehog.PropertyConfig.Default),
            tests);

    /// <summary>Checks a boolean property with Hedgehog under <see cref="HedgehogConfig(int)"/>; Hedgehog shrinks a failure.</summary>
    /// <typeparam name="T">The input type.</typeparam>
    /// <param name="gen">The generator.</param>
    /// <param name="property">The property.</param>
    /// <param name="tests">The case count (before <c>RHO_PROPERTY_TESTS</c>).</param>
    public static void Hedgehog<T>(global::Hedgehog.Gen<T> gen, Func<T, bool> property, int tests = 100) =>
        global::Hedgehog.Linq.PropertyExtensions.Check(
            global::Hedgehog.Linq.PropertyExtensions.ForAll(gen, x => global::Hedgehog.FSharp.Property.ofBool(property(x))),
            HedgehogConfig(tests));

    /// <summary>Runs a property body; a failure is rethrown as <see cref="PropertyFailedException"/> naming the seed that replays it.</summary>
    /// <param name="name">The property's name.</param>
    /// <param name="check">The body, which throws on failure.</param>
    public static void Run(string name, Action check)
    {
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            check();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new PropertyFailedException($"property '{name}' failed; replay with RHO_PROPERTY_SEED={Current}\n{e.Message}", e);
        }
    }
}

/// <summary>A property failed; the message names the seed that replays it.</summary>
public sealed class PropertyFailedException : Exception
{
    /// <summary>A failure with no detail.</summary>
    public PropertyFailedException()
    {
    }

    /// <summary>A failure with a message.</summary>
    /// <param name="message">What failed and how to replay it.</param>
    public PropertyFailedException(string message)
        : base(message)
    {
    }

    /// <summary>A failure with a message and the framework's exception.</summary>
    /// <param name="message">What failed and how to replay it.</param>
    /// <param name="inner">The framework's exception.</param>
    public PropertyFailedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
