using Rho.Semantics.Reduction;

namespace Rho.Semantics.Tests.Reduction;

/// <summary>
/// The exact outcome sets of the programs the foundation issue names, and of the shipped
/// examples (examples/*.rho).
/// </summary>
public class ExamplesTests
{
    internal static string Example(string name) =>
        File.ReadAllText(Path.Combine(SpecCoverageTests.RepoRoot(), "examples", name));

    private static Exploration Run(string name) => Rholang.Reduce(Example(name));

    [Fact]
    public void Hello_PrintsOnce() => Assert.Equal(["\"Hello, world!\""], ReducerTests.Prints(Run("hello.rho")));

    [Fact]
    public void Choice_TwoOutcomes() => Assert.Equal(["\"left\"", "\"right\""], ReducerTests.Prints(Run("choice.rho")));

    [Fact]
    public void ThreePrints_SixOrders() => Assert.Equal(6, ReducerTests.Prints(Run("three-prints.rho")).Count);

    [Fact]
    public void Join_Sums() => Assert.Equal(["42"], ReducerTests.Prints(Run("join.rho")));

    [Fact]
    public void PersistentSend_BothReceiversRead() =>
        Assert.Equal(["[\"first\", 7] / [\"second\", 7]", "[\"second\", 7] / [\"first\", 7]"], ReducerTests.Prints(Run("persistent-send.rho")));

    [Fact]
    public void Peek_ThenTake() =>
        Assert.Equal(["[\"peeked\", \"treasure\"] / [\"took\", \"treasure\"]", "[\"took\", \"treasure\"] / [\"peeked\", \"treasure\"]"], ReducerTests.Prints(Run("peek.rho")));

    [Fact]
    public void Factorial_Of5Is120()
    {
        var e = Run("factorial.rho");
        Assert.True(e.IsComplete);
        Assert.Equal(["120"], ReducerTests.Prints(e));
    }

    [Fact]
    public void HigherOrder_ReceivedProcessRunsTwice() => Assert.Equal(["\"ran\" / \"ran\""], ReducerTests.Prints(Run("higher-order.rho")));

    [Fact]
    public void Philosophers_BothEatInEitherOrder()
    {
        var e = Run("philosophers.rho");
        Assert.True(e.IsComplete);
        Assert.Equal(["\"Philosopher 1 eats\" / \"Philosopher 2 eats\"", "\"Philosopher 2 eats\" / \"Philosopher 1 eats\""], ReducerTests.Prints(e));
        Assert.All(e.Outcomes, o => Assert.Empty(o.Errors));
    }

    [Fact]
    public void Errors_SiblingSurvives()
    {
        var o = Assert.Single(Run("errors.rho").Outcomes);
        Assert.Equal(["\"still here\""], o.Stdout);
        Assert.Single(o.Errors);
    }

    [Fact]
    public void Explorer_ManyIndependentCommunications_DoNotExplodeFactorially()
    {
        // 8 independent send/receive pairs: 8! = 40320 orders, but at most 2^8 merged states.
        var pairs = string.Join(" | ", Enumerable.Range(0, 8).Select(i => $"@{i}!({i}) | for (_ <- @{i}) {{ Nil }}"));
        var e = Rholang.Reduce(pairs);
        Assert.True(e.IsComplete);
        Assert.InRange(e.States.Count, 1, 300);
        Assert.Equal("Nil", Assert.Single(e.Outcomes).Residual);
    }

    [Fact]
    [Trait("Category", "Slow")] // left out of mutation runs (tests/Rho.Semantics.Tests/stryker-config.json)
    public void Explorer_DeeplyNestedProgram_DoesNotOverflowTheStack()
    {
        const int depth = 10_000;
        var nestedFor = string.Concat(Enumerable.Repeat("for (_ <- @0) { ", depth)) + "Nil" + new string('}', depth);
        var e = Rholang.Reduce("@0!(0) | " + nestedFor);
        Assert.True(e.IsComplete);
        var pars = string.Join(" | ", Enumerable.Repeat("Nil", depth));
        Assert.True(Rholang.Reduce(pars).IsComplete);
        var braces = new string('{', depth) + "@1!(1)" + new string('}', depth);
        Assert.True(Rholang.Reduce(braces).IsComplete);
        var list = "@2!([" + string.Join(", ", Enumerable.Range(0, depth)) + "])";
        Assert.True(Rholang.Reduce(list).IsComplete);
    }
}
