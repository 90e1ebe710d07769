namespace Rho.Laws.Tests.Runner;

/// <summary>
/// The runner on a toy law set over ints: results in the set's order, the seed in force, the
/// configuration the properties receive, and an escaping exception reported as a failure.
/// </summary>
public class LawRunnerCheckTests
{
    private static Law<int> Below(string id, int limit, ulong pinned) =>
        new([id], "below " + limit, "the implementation is below " + limit + ".", pinned, (n, _) => n < limit ? null : new Counterexample(n.ToString(System.Globalization.CultureInfo.InvariantCulture), "too big"));

    private static readonly LawSet<int> Toy = new("toy", [Below("T/ten", 10, 3), Below("T/five", 5, 4)]);

    [Fact]
    public void Check_EveryLawInOrderWithItsPinnedSeed()
    {
        var results = LawRunner.Check(Toy, 7, new LawConfig(Tests: 1));
        Assert.Equal(
            [new LawResult("T/ten", "below 10", 3, null), new LawResult("T/five", "below 5", 4, new Counterexample("7", "too big"))],
            results);
    }

    [Fact]
    public void Check_WholeSet_UsesTheGivenConfig() =>
        Assert.Equal([11UL, 11UL], LawRunner.Check(Toy, 1, new LawConfig(Seed: 11)).Select(r => r.Seed));

    [Fact]
    public void Check_WithoutConfig_UsesTheDefault()
    {
        Assert.Equal([3UL, 4UL], LawRunner.Check(Toy, 1).Select(r => r.Seed));
        Assert.Equal(4UL, Assert.Single(LawRunner.Check(Toy, "T/five", 1)).Seed);
    }

    [Fact]
    public void Check_ById_OnlyTheLawsWithThatId()
    {
        var result = Assert.Single(LawRunner.Check(Toy, "T/five", 7, new LawConfig(Seed: 11)));
        Assert.Equal(new LawResult("T/five", "below 5", 11, new Counterexample("7", "too big")), result);
    }

    [Fact]
    public void Check_PropertyReceivesTheImplementationTheSeedInForceAndTheConfig()
    {
        var config = new LawConfig(Seed: 42, Tests: 3);
        (int Impl, LawContext Context)? seen = null;
        var law = new Law<int>(["T/seen"], "seen", "seen.", 1, (n, c) =>
        {
            seen = (n, c);
            return null;
        });
        Assert.True(LawRunner.Check(law, 5, config).Holds);
        Assert.Equal((5, new LawContext(42, config)), seen);
        Assert.Equal(3, seen!.Value.Context.Tests(100));
    }

    [Fact]
    public void Check_PropertyThatRaises_FailsNamingTheException()
    {
        var law = new Law<int>(["T/crash"], "crash", "crash.", 1, (_, _) => throw new InvalidOperationException("boom"));
        var result = LawRunner.Check(law, 0, new LawConfig());
        Assert.Equal(new Counterexample("(none: the property itself raised)", "InvalidOperationException: boom"), result.Counterexample);
        Assert.Equal("T/crash", result.Law);
    }

    [Fact]
    public void Check_NullArguments_AreArgumentNullErrors()
    {
        Assert.Equal("set", Assert.Throws<ArgumentNullException>(() => LawRunner.Check<int>(null!, 0)).ParamName);
        Assert.Equal("set", Assert.Throws<ArgumentNullException>(() => LawRunner.Check<int>(null!, "T/ten", 0)).ParamName);
        Assert.Equal("law", Assert.Throws<ArgumentNullException>(() => LawRunner.Check((Law<int>)null!, 0, new LawConfig())).ParamName);
        Assert.Equal("config", Assert.Throws<ArgumentNullException>(() => LawRunner.Check(Toy.Laws[0], 0, null!)).ParamName);
    }

    [Fact]
    public void LawConfig_ExplicitValuesWin()
    {
        Assert.Equal(6UL, new LawConfig(Seed: 6).SeedFor(9));
        Assert.Equal(6, new LawConfig(Tests: 6).TestsFor(9));
        Assert.Equal(6, new LawContext(1, new LawConfig(Tests: 6)).Tests(9));
    }
}

/// <summary>
/// <c>RHO_PROPERTY_SEED</c> and <c>RHO_PROPERTY_TESTS</c>: read when the configuration leaves a value
/// null, ignored when malformed. These tests set process-wide variables, so they run alone.
/// </summary>
[Collection(nameof(EnvironmentCollection))]
public class LawConfigEnvironmentTests
{
    private static void With(string seed, string tests, Action check)
    {
        var (oldSeed, oldTests) = (Environment.GetEnvironmentVariable("RHO_PROPERTY_SEED"), Environment.GetEnvironmentVariable("RHO_PROPERTY_TESTS"));
        Environment.SetEnvironmentVariable("RHO_PROPERTY_SEED", seed);
        Environment.SetEnvironmentVariable("RHO_PROPERTY_TESTS", tests);
        try
        {
            check();
        }
        finally
        {
            Environment.SetEnvironmentVariable("RHO_PROPERTY_SEED", oldSeed);
            Environment.SetEnvironmentVariable("RHO_PROPERTY_TESTS", oldTests);
        }
    }

    [Fact]
    public void Default_ReadsTheEnvironment() => With("123", "7", () =>
    {
        Assert.Equal(123UL, LawConfig.Default.SeedFor(5));
        Assert.Equal(7, LawConfig.Default.TestsFor(100));
        Assert.Equal(4UL, new LawConfig(Seed: 4).SeedFor(5));
        Assert.Equal(3, new LawConfig(Tests: 3).TestsFor(100));
        Assert.Equal(123UL, Laws.Generators.Seeds.Current);
        Assert.Equal(123UL, Laws.Generators.Props.Seed);
        Assert.Equal(7, Laws.Generators.Seeds.Tests(100));
        Assert.Equal(7, Laws.Generators.Props.Tests(100));
        Assert.Equal(123UL, Assert.Single(LawRunner.Check(LawSets.Congruence, "Law/canon-idempotent", Laws.Congruence.ReferenceReducer.Instance)).Seed);
    });

    [Theory]
    [InlineData("abc")]
    [InlineData("-3")]
    [InlineData(" 12")]
    [InlineData("+12")]
    [InlineData("")]
    public void Default_MalformedValues_FallBack(string value) => With(value, value, () =>
    {
        Assert.Equal(5UL, LawConfig.Default.SeedFor(5));
        Assert.Equal(100, LawConfig.Default.TestsFor(100));
    });

    [Fact]
    public void Default_Unset_GivesThePinnedSeedAndTheLawsOwnCount() => With(null!, null!, () =>
    {
        Assert.Equal(Laws.Generators.Seeds.Pinned, Laws.Generators.Seeds.Current);
        Assert.Equal(Laws.Generators.Props.Pinned, Laws.Generators.Props.Seed);
        Assert.Equal(100, Laws.Generators.Seeds.Tests(100));
    });
}

/// <summary>Tests that set environment variables run alone, not beside other tests.</summary>
[CollectionDefinition(nameof(EnvironmentCollection), DisableParallelization = true)]
public sealed class EnvironmentCollection;
