using Rho.Laws.Congruence;
using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Reduction;
using Rho.Semantics.Syntax;
using Xunit.Abstractions;

namespace Rho.Laws.Tests.Runner;

/// <summary>
/// The law library reports failures usefully: run on a broken reducer, a law fails with its id, a
/// shrunk counterexample printed as Rholang source that parses, and the seed that replays it.
/// </summary>
public class LawRunnerTests(ITestOutputHelper output)
{
    /// <summary>The reference reducer with a canon that keeps the par order as written (breaks <c>Cong/par-comm</c>).</summary>
    private sealed class OrderSensitiveReducer : IReducer
    {
        private static readonly IReducer Model = ReferenceReducer.Instance;

        public Proc Normalize(SProc program) => Model.Normalize(program);

        public Proc Canon(Proc p) => p;

        public Proc Parse(string source) => Model.Parse(source);

        public string Print(Proc p) => Model.Print(p);

        public IReadOnlySet<State> Successors(Proc p) => Model.Successors(p);

        public IReadOnlySet<Outcome>? Outcomes(Proc p, bool allInterleavings) => Model.Outcomes(p, allInterleavings);
    }

    [Fact]
    public void Check_BrokenReducer_ReportsIdShrunkSourceAndSeed()
    {
        var result = Assert.Single(LawRunner.Check(LawSets.Congruence, "Cong/par-comm", new OrderSensitiveReducer(), new LawConfig(Seed: 5, Tests: 100)));
        output.WriteLine(result.ToString());
        Assert.False(result.Holds);
        Assert.Equal("Cong/par-comm", result.Law);
        Assert.Equal(5UL, result.Seed);
        var counterexample = result.Counterexample!.Source;
        Assert.Contains("|", counterexample, StringComparison.Ordinal);
        Assert.NotNull(Rholang.Compile(counterexample));
        Assert.Contains("RHO_PROPERTY_SEED=5", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ReferenceReducer_HoldsAndUsesThePinnedSeed()
    {
        var result = Assert.Single(LawRunner.Check(LawSets.Congruence, "Law/canon-idempotent", ReferenceReducer.Instance, new LawConfig(Tests: 20)));
        Assert.True(result.Holds, result.ToString());
        Assert.Equal(LawConfig.Default.SeedFor(Laws.Generators.Seeds.Pinned), result.Seed);
    }

    [Fact]
    public void Check_UnknownId_IsAnArgumentError() =>
        Assert.Throws<ArgumentException>(() => LawRunner.Check(LawSets.Congruence, "Law/nope", ReferenceReducer.Instance));

    [Fact]
    public void LawSets_EveryLawHasAnIdAStatementAndAUniqueName()
    {
        Assert.All(LawSets.Congruence.Laws, l => Assert.False(string.IsNullOrWhiteSpace(l.Statement)));
        Assert.Equal(LawSets.Congruence.Laws.Count, LawSets.Congruence.Laws.Select(l => l.Name).Distinct().Count());
        Assert.Contains("Law/step-congruence", LawSets.Congruence.Ids);
    }

    public static TheoryData<string> CongruenceIds() => Xunit.LawTheory.Ids(LawSets.Congruence);

    [Theory]
    [MemberData(nameof(CongruenceIds))]
    public void LawTheory_EveryIdOfTheSet_NamesLawsThatCheckIt(string id) =>
        Assert.All(LawSets.Congruence.Checking(id), l => Assert.Contains(id, l.Ids));
}
