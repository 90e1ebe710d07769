using Rho.Laws.Generators;
using Rho.Semantics.Core;

namespace Rho.Laws.Tests.Generators;

/// <summary>
/// What the core generator promises about every term (its doc comment, "Bounds"): how deep
/// processes nest, that the term is closed and its binders are used, the ranges of its ground
/// values, and that the rarer shapes occur at all. Lists of choices from fixed seeds.
/// </summary>
public class CoreGenBoundsTests
{
    // Built per test, not cached in a static field: a static cache is filled once per test process, so under
    // Stryker's per-test coverage a mutant of the generator would be run against terms built without it.
    private List<Proc> Terms { get; } = [.. Lists(600, 60, 20261130).Select(CoreGen.BuildRaw)];

    private static List<int[]> Lists(int count, int length, int seed)
    {
        var rng = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, rng.Next(length + 1)).Select(_ => rng.Next(-60, 60)).ToArray())];
    }

    /// <summary>Every node with the number of variables bound around it.</summary>
    private static IEnumerable<(Proc Node, int Env)> Scoped(Proc p, int env) =>
        [(p, env), .. Traversal.Children(p).SelectMany(c => Scoped(c.Child, env + c.Binds))];

    private static IEnumerable<Proc> Nodes(Proc p) => Scoped(p, 0).Select(n => n.Node);

    private static bool IsProcess(Proc p) => p is Send or Receive or New or Par or Match or Bundle;

    /// <summary>The most sends, receives, news, pars, matches and bundles nested on one path.</summary>
    private static int Nesting(Proc p) => (IsProcess(p) ? 1 : 0) + Traversal.Children(p).Select(c => Nesting(c.Child)).DefaultIfEmpty(0).Max();

    /// <summary>Whether <paramref name="body"/> uses one of the <paramref name="count"/> variables its binder binds.</summary>
    private static bool Uses(Proc body, int count) =>
        Scoped(body, 0).Any(n => n.Node is BoundVar v && v.Index >= n.Env && v.Index < n.Env + count);

    [Fact]
    public void Build_ProcessesNestAtMostFourDeep_AndSomeDo()
    {
        var nesting = Terms.Select(Nesting).ToList();
        Assert.True(nesting.Max() == 4, $"deepest nesting {nesting.Max()}");
    }

    [Fact]
    public void Build_IsClosed_EveryBoundVariableIsBelowItsBinders()
    {
        foreach (var (node, env) in Terms.SelectMany(t => Scoped(t, 0)))
        {
            Assert.False(node is BoundVar v && (v.Index < 0 || v.Index >= env), $"{node} under {env} binders");
        }
    }

    [Fact]
    public void Build_TopLevelBindersAreUsedByTheirBodies()
    {
        var top = Terms.SelectMany(t => Scoped(t, 0)).Where(n => n.Env == 0).Select(n => n.Node).ToList();
        Assert.Contains(top.OfType<New>(), n => Uses(n.Body, n.Count));
        Assert.Contains(top.OfType<Receive>(), r => r.BindCount > 0 && Uses(r.Body, r.BindCount));
        Assert.Contains(top.OfType<Match>(), m => Uses(m.Cases[1].Body, 1));
    }

    [Fact]
    public void Build_ReceivesJoinOneOrTwoChannels_MatchesHaveALiteralAndAVariableCase()
    {
        var nodes = Terms.SelectMany(Nodes).ToList();
        Assert.Equal([1, 2], nodes.OfType<Receive>().Select(r => r.Binds.Count).Distinct().Order());
        Assert.All(nodes.OfType<Receive>(), r => Assert.All(r.Binds, b => Assert.InRange(b.Patterns.Count, 0, 2)));
        Assert.All(nodes.OfType<Match>(), m => Assert.InRange(Assert.IsType<GInt>(m.Cases[0].Pattern).Value, 0, 2));
        Assert.All(nodes.OfType<Match>(), m => Assert.Equal(new FreeVar(0), m.Cases[1].Pattern));
    }

    [Fact]
    public void Build_IntsLieInTheirDocumentedRanges()
    {
        var nodes = Terms.SelectMany(Nodes).ToList();
        Assert.Equal([-1, 0, 1, 2, 3, 4], nodes.OfType<GInt>().Select(g => g.Value).Distinct().Order());
        // Sent values: -1..3 (an Int value, or a bare expression 0..3).
        Assert.Equal([-1, 0, 1, 2, 3], nodes.OfType<Send>().SelectMany(s => s.Args).OfType<GInt>().Select(g => g.Value).Distinct().Order());
        // Expression operands: -1..2.
        var operands = nodes.SelectMany(n => n switch
        {
            EBinary { Op: not BinaryOp.ShortAnd } b => [b.Left, b.Right],
            EUnary u => [u.Operand],
            _ => Array.Empty<Proc>(),
        });
        Assert.Equal([-1, 0, 1, 2], operands.OfType<GInt>().Select(g => g.Value).Distinct().Order());
    }

    [Fact]
    public void Build_ProducesTheRarerShapes()
    {
        var nodes = Terms.SelectMany(Nodes).ToList();
        var sends = nodes.OfType<Send>().ToList();
        Assert.Contains(sends, s => s.Chan is BoundVar);
        Assert.Contains(sends, s => s.Chan is Send { Persistent: false, Args.Count: 0 });
        Assert.DoesNotContain(nodes, n => n is Send { Chan: Send { Persistent: true } });
        Assert.Contains(sends, s => s.Args.Any(a => a is BoundVar));
        Assert.Contains(sends, s => s.Args.Any(a => a is Receive or New or Par or Match or Bundle or Send));
        Assert.Contains(nodes.OfType<EBinary>(), b => b.Left is BoundVar || b.Right is BoundVar);
        Assert.Equal(["a", "b", "c0", "c1", "c2"], nodes.OfType<GString>().Select(g => g.Value).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal([false, true], nodes.OfType<GBool>().Select(g => g.Value).Distinct().Order());
        var pars = nodes.OfType<Par>().ToList();
        Assert.All(pars, p => Assert.Equal(3, p.Procs.Count));
        Assert.Contains(pars, p => p.Procs[2] is not Nil);
        var bundles = nodes.OfType<Bundle>().Select(b => (b.Read, b.Write)).Distinct().Count();
        Assert.Equal(4, bundles);
    }
}
