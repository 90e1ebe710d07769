using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace Rho.Machine.Tests.Generators;

/// <summary>
/// Runs a law over lists of choices with FsCheck and Hedgehog under a pinned seed (<c>RHO_PROPERTY_SEED</c>
/// overrides it; a failure names the seed), both shrinking the list.
/// </summary>
internal static class Props
{
    public const ulong Pinned = 20261125;

    public static ulong Seed =>
        ulong.TryParse(Environment.GetEnvironmentVariable("RHO_PROPERTY_SEED"), out var s) ? s : Pinned;

    public static int Tests(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("RHO_PROPERTY_TESTS"), out var n) ? n : fallback;

    public static void Check(Func<int[], bool> law, int tests = 100)
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
        var gen = Hedgehog.Linq.GenExtensions.Array(Hedgehog.Linq.Gen.Int32(Hedgehog.Linq.Range.LinearInt32(0, 50)), Hedgehog.Linq.Range.LinearInt32(0, 40));
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
