using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Rho.Compiler.Tests.Generators;

/// <summary>
/// Runs a law on generated choice lists with FsCheck and with Hedgehog, each with a pinned seed
/// (<c>RHO_PROPERTY_SEED</c> overrides it). A failure names the seed that replays it; both
/// frameworks shrink the choice list, hence the term.
/// </summary>
public static class Props
{
    /// <summary>The pinned seed of CI and the default run.</summary>
    public const ulong Pinned = 20261124;

    /// <summary>The seed in force: <c>RHO_PROPERTY_SEED</c> or <see cref="Pinned"/>.</summary>
    public static ulong Seed =>
        ulong.TryParse(Environment.GetEnvironmentVariable("RHO_PROPERTY_SEED"), out var s) ? s : Pinned;

    /// <summary>The number of cases: <c>RHO_PROPERTY_TESTS</c> or <paramref name="fallback"/>.</summary>
    public static int Tests(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("RHO_PROPERTY_TESTS"), out var n) ? n : fallback;

    /// <summary>Checks <paramref name="law"/> with FsCheck, then with Hedgehog (choice lists of at most <paramref name="maxLength"/> for Hedgehog).</summary>
    public static void Check(Func<int[], bool> law, int tests = 100, int maxLength = 60)
    {
        try
        {
            var config = Config.QuickThrowOnFailure
                .WithMaxTest(Tests(tests))
                .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed, 0x9E3779B97F4A7C15UL | 1), FSharpOption<int>.None)));
            Prop.ForAll(ArbMap.Default.ArbFor<int[]>(), law).Check(config);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"FsCheck failed (replay with RHO_PROPERTY_SEED={Seed}): {e.Message}", e);
        }
        var gen = Hedgehog.Linq.GenExtensions.Array(Hedgehog.Linq.Gen.Int32(Hedgehog.Linq.Range.LinearInt32(0, 50)), Hedgehog.Linq.Range.LinearInt32(0, maxLength));
        var property = Hedgehog.Linq.PropertyExtensions.ForAll(gen, xs => Hedgehog.FSharp.Property.ofBool(law(xs)));
        var hconfig = Hedgehog.Linq.PropertyConfigExtensions.WithTests(
            Hedgehog.PropertyConfig.withSeed(Hedgehog.SeedModule.from(Seed), Hedgehog.PropertyConfig.Default), Tests(tests));
        try
        {
            Hedgehog.Linq.PropertyExtensions.Check(property, hconfig);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"Hedgehog failed (replay with RHO_PROPERTY_SEED={Seed}): {e.Message}", e);
        }
    }
}
