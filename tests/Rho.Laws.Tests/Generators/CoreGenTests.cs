using Rho.Laws.Generators;
using Rho.Semantics.Core;
using Canon = Rho.Semantics.Congruence.Canon;

namespace Rho.Laws.Tests.Generators;

/// <summary>
/// The choice-driven core generator: an empty list picks Nil, choices are read modulo the number
/// of alternatives (negative ones too), longer lists pick larger terms, and every construct appears.
/// </summary>
public class CoreGenTests
{
    private static List<int[]> Lists(int count, int length, int seed)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, rng.Next(length + 1)).Select(_ => rng.Next(-60, 60)).ToArray())];
    }

    private static int Size(Proc p) => 1 + Traversal.Children(p).Sum(c => Size(c.Item1));

    private static IEnumerable<Proc> Nodes(Proc p) => [p, .. Traversal.Children(p).SelectMany(c => Nodes(c.Item1))];

    [Fact]
    public void Build_EmptyList_IsNil()
    {
        Assert.Equal(Nil.Instance, CoreGen.Build([]));
        Assert.Equal(Nil.Instance, CoreGen.BuildRaw([]));
    }

    [Fact]
    public void Build_OneChoice_PicksTheAlternative()
    {
        // 1 picks a send; with no more choices every later pick is 0: channel @0, no arguments, persistent.
        Assert.Equal(new Send(new GInt(0), Seq<Proc>.Empty, true), CoreGen.Build([1]));
        // 2 picks an expression; alternative 0 is Add of two leaves, each the Int 0 - 1.
        Assert.Equal(CoreGen.Build([2]), CoreGen.Build([12]));
        Assert.Equal(Nil.Instance, CoreGen.Build([10]));
    }

    [Fact]
    public void Build_ChoicesAreReadModuloTheAlternatives_NegativeOnesToo()
    {
        foreach (var xs in Lists(200, 40, 1))
        {
            Assert.Equal(CoreGen.Build(xs), CoreGen.Build([.. xs.Select(x => x - 2520)]));
            Assert.Equal(CoreGen.BuildRaw(xs), CoreGen.BuildRaw([.. xs.Select(x => x + 2520)]));
        }
    }

    [Fact]
    public void Build_IsTheCanonicalFormOfBuildRaw()
    {
        var differ = 0;
        foreach (var xs in Lists(200, 40, 2))
        {
            var raw = CoreGen.BuildRaw(xs);
            Assert.Equal(Canon.Of(raw), CoreGen.Build(xs));
            differ += raw == CoreGen.Build(xs) ? 0 : 1;
        }
        Assert.True(differ > 0, "no raw term differed from its canonical form");
    }

    [Fact]
    public void Build_LongerListsPickLargerTerms()
    {
        double Average(int length) => Lists(150, length, 3).Where(xs => xs.Length >= length / 2).Average(xs => Size(CoreGen.Build(xs)));
        Assert.True(Average(4) < Average(40), $"{Average(4)} {Average(40)}");
    }

    [Fact]
    public void Build_ProducesEveryConstruct()
    {
        var nodes = Lists(400, 60, 4).SelectMany(xs => Nodes(CoreGen.BuildRaw(xs))).ToList();
        var kinds = nodes.Select(n => n.GetType().Name).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(
            new HashSet<string>(["Nil", "Send", "Receive", "New", "Par", "Match", "Bundle", "BoundVar", "GInt", "GString", "GBool", "EList", "ETuple", "EBinary", "EUnary", "EMethod", "FreeVar", "Wildcard"], StringComparer.Ordinal),
            kinds);
        Assert.Equal(3, nodes.OfType<Receive>().Select(r => r.Kind).Distinct().Count());
        Assert.Contains(nodes.OfType<Receive>(), r => r.Binds.Count == 2);
        Assert.Contains(nodes.OfType<New>(), n => n.Count == 2);
        Assert.Contains(nodes.OfType<Send>(), s => s.Persistent);
        Assert.True(nodes.OfType<EBinary>().Select(b => b.Op).ToHashSet().SetEquals([BinaryOp.Add, BinaryOp.Div, BinaryOp.Lt, BinaryOp.ShortAnd]));
        Assert.Contains(nodes.OfType<GInt>(), g => g.Value == -1);
        Assert.Contains(nodes.OfType<GString>(), g => g.Value == "c2");
    }

    [Fact]
    public void Build_JoinsListenOnDistinctChannels()
    {
        foreach (var r in Lists(300, 60, 5).SelectMany(xs => Nodes(CoreGen.BuildRaw(xs))).OfType<Receive>())
        {
            Assert.Equal(r.Binds.Count, r.Binds.Select(b => b.Source).Distinct().Count());
            Assert.Equal(r.BindCount, r.Binds.Sum(b => b.FreeCount));
        }
    }
}
