using Rho.Laws.Generators;
using Rho.Laws.Properties;
using Rho.Semantics.Core;
using Rho.Semantics.Reduction;
using Rho.Semantics.Syntax;
using Normalizer = Rho.Semantics.Normalize.Normalizer;

namespace Rho.Laws.Tests.Generators;

/// <summary>
/// The process generator: deterministic for a seed, closed and well-scoped, leaves at size one,
/// larger programs for larger sizes, every construct it promises, explorations that end.
/// </summary>
public class ProcessGeneratorTests
{
    private static string Printed(SProc s) => Show.Syntax(s);

    [Fact]
    public void Process_SameSeedAndSize_SameProgram_OtherSeeds_OtherPrograms()
    {
        var programs = Enumerable.Range(0, 30).Select(seed => Printed(new ProcessGenerator(seed).Process(8))).ToList();
        Assert.Equal(programs, Enumerable.Range(0, 30).Select(seed => Printed(new ProcessGenerator(seed).Process(8))));
        Assert.True(programs.Distinct(StringComparer.Ordinal).Count() >= 25, string.Join("\n", programs));
    }

    [Fact]
    public void Process_EveryProgramNormalizesToAClosedTerm()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var s = new ProcessGenerator(seed).Process(1 + (seed % 16));
            Assert.True(Substitution.IsClosed(Normalizer.Normalize(s)), $"seed {seed}: {Printed(s)}");
        }
    }

    [Fact]
    public void Process_SizeOneOrLess_IsALeaf()
    {
        for (var seed = 0; seed < 100; seed++)
        {
            var leaf = new ProcessGenerator(seed).Process(1);
            Assert.True(leaf is SNil or SSend, $"seed {seed}: {leaf.GetType().Name}");
            Assert.Equal(Printed(leaf), Printed(new ProcessGenerator(seed).Process(0)));
            Assert.Equal(Printed(leaf), Printed(new ProcessGenerator(seed).Process(-3)));
        }
    }

    [Fact]
    public void Process_SizesGrowWithTheSizeParameter()
    {
        double Average(int size) => Enumerable.Range(0, 60).Average(seed => SyntaxWalk.Nodes(new ProcessGenerator(seed).Process(size)).Count);
        var (small, medium, large) = (Average(2), Average(8), Average(32));
        Assert.True(small < medium && medium < large, $"{small} {medium} {large}");
        Assert.True(large > 2 * medium, $"{medium} {large}");
    }

    [Fact]
    public void Process_ProducesEveryConstruct()
    {
        var nodes = Enumerable.Range(0, 200).SelectMany(seed => SyntaxWalk.Nodes(new ProcessGenerator(seed).Process(12))).ToList();
        var kinds = nodes.Select(n => n.GetType().Name).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(
            new HashSet<string>(["SPar", "SNil", "SSend", "SEval", "SNew", "SFor", "SMatch", "SIf", "SContract", "SVar", "SInt", "SString", "SBool", "SList", "STuple", "SSet", "SMap", "SBinary", "SUnary"], StringComparer.Ordinal),
            kinds);
        var receipts = nodes.OfType<SFor>().SelectMany(f => f.Receipts).ToList();
        Assert.Equal(3, receipts.Select(r => r.Kind).Distinct().Count());
        Assert.Contains(receipts, r => r.Binds.Count == 2);
        Assert.Contains(nodes.OfType<SSend>(), s => s.Persistent);
        Assert.Contains(nodes.OfType<SSend>(), s => !s.Persistent);
        Assert.Contains(nodes.OfType<SIf>(), i => i.Else is null);
        Assert.Contains(nodes.OfType<SIf>(), i => i.Else is not null);
        Assert.Contains(nodes.OfType<SMatch>(), m => m.Cases.Count == 3);
        Assert.Contains(nodes.OfType<SList>(), l => l.Remainder is not null);
        Assert.Contains(nodes.OfType<SVar>(), v => v.Var.Name is null);
    }

    [Fact]
    public void Process_JoinsListenOnDistinctChannels()
    {
        foreach (var f in Enumerable.Range(0, 300).SelectMany(seed => SyntaxWalk.Nodes(new ProcessGenerator(seed).Process(10))).OfType<SFor>())
        {
            var sources = f.Receipts.SelectMany(r => r.Binds).Select(b => b.Source).ToList();
            Assert.Equal(sources.Count, sources.Distinct().Count());
        }
    }

    [Fact]
    public void Process_ExplorationEndsWithinTheCongruenceBudget()
    {
        var incomplete = Enumerable.Range(0, 60)
            .Select(seed => new ProcessGenerator(seed).Process(6))
            .Where(s => Explorer.Explore(Rho.Semantics.Congruence.Canon.Of(Normalizer.Normalize(s)), new ExploreOptions(MaxStates: 1500, MaxDepth: 200)) is { IsComplete: false })
            .Select(Printed)
            .ToList();
        Assert.True(incomplete.Count <= 3, string.Join("\n", incomplete));
    }
}
