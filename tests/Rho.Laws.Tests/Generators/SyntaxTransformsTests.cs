using Rho.Laws.Generators;
using Rho.Laws.Properties;
using Rho.Semantics.Syntax;

namespace Rho.Laws.Tests.Generators;

/// <summary>
/// The rewrites of generated syntax trees: reordering and regrouping keeps the components, Nil
/// insertion only adds Nil, renaming renames every binder consistently, and changing a leaf
/// changes exactly the first Int.
/// </summary>
public class SyntaxTransformsTests
{
    private static List<string> Sorted(IEnumerable<SProc> components) => [.. components.Select(Show.Syntax).Order(StringComparer.Ordinal)];

    [Fact]
    public void ShufflePars_KeepsTheComponentsAndReordersAndRegroupsThem()
    {
        var p = RhoParser.Parse("@0!(0) | @0!(1) | @0!(2) | @0!(3)");
        var original = SyntaxWalk.Components(p).Select(Show.Syntax).ToList();
        var orders = new HashSet<string>(StringComparer.Ordinal);
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        for (var seed = 0; seed < 40; seed++)
        {
            var shuffled = SyntaxTransforms.ShufflePars(p, new Random(seed));
            var components = SyntaxWalk.Components(shuffled);
            Assert.Equal(Sorted(SyntaxWalk.Components(p)), Sorted(components));
            orders.Add(string.Join(" ", components.Select(Show.Syntax)));
            shapes.Add(((SPar)shuffled).Left is SPar l ? "left:" + SyntaxWalk.Components(l).Count : "left:1");
        }
        Assert.Contains(string.Join(" ", original), orders);
        Assert.True(orders.Count > 10, string.Join("\n", orders));
        Assert.Equal(3, shapes.Count);
    }

    [Fact]
    public void ShufflePars_ReordersParsInsideOtherConstructs()
    {
        var p = RhoParser.Parse("new x in { x!(1) | x!(2) | for (@y <- x) { @0!(y) | @1!(y) } }");
        var seen = Enumerable.Range(0, 30).Select(seed => SyntaxTransforms.ShufflePars(p, new Random(seed)))
            .Select(s => ((SNew)s).Body).Select(b => SyntaxWalk.Components(b).OfType<SFor>().Single().Body)
            .Select(b => ((SSend)SyntaxWalk.Components(b)[0]).Chan is SNameQuote { Proc: SInt i } ? i.Digits : "?")
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(["0", "1"], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void InsertNil_AddsOnlyNilBesideProcesses()
    {
        var p = RhoParser.Parse("new x in { x!(1) | for (@y <- x) { @0!(y) } }");
        var counts = new HashSet<int>();
        for (var seed = 0; seed < 30; seed++)
        {
            var q = SyntaxTransforms.InsertNil(p, new Random(seed));
            var nodes = SyntaxWalk.Nodes(q);
            Assert.Equal(
                SyntaxWalk.Nodes(p).Where(n => n is not SPar).Select(n => n.GetType().Name).Order(StringComparer.Ordinal),
                nodes.Where(n => n is not SPar and not SNil).Select(n => n.GetType().Name).Order(StringComparer.Ordinal));
            Assert.All(nodes.OfType<SPar>().Where(n => n.Right is SNil), n => Assert.False(n.Left is SNil or SPar));
            counts.Add(nodes.Count(n => n is SNil));
        }
        Assert.Contains(0, counts);
        Assert.True(counts.Max() >= 2, string.Join(",", counts));
    }

    [Fact]
    public void RenameBound_RenamesEveryBinderAndItsUses()
    {
        var p = RhoParser.Parse("new x in { for (@y <- x) { x!(y) } }");
        var n = Assert.IsType<SNew>(SyntaxTransforms.RenameBound(p));
        Assert.Equal("r0_x", Assert.Single(n.Decls).Name);
        var f = Assert.IsType<SFor>(n.Body);
        var bind = Assert.Single(Assert.Single(f.Receipts).Binds);
        Assert.Equal("r0_x", Assert.IsType<SNameVar>(Assert.IsType<SSimpleSource>(bind.Source).Name).Name);
        Assert.Equal("r1_y", Assert.IsType<SVar>(Assert.IsType<SNameQuote>(Assert.Single(bind.Names)).Proc).Var.Name);
        var send = Assert.IsType<SSend>(f.Body);
        Assert.Equal("r0_x", Assert.IsType<SNameVar>(send.Chan).Name);
        Assert.Equal("r1_y", Assert.IsType<SVar>(Assert.Single(send.Args)).Var.Name);
    }

    [Fact]
    public void RenameBound_ContractsMatchCasesAndListRemainders()
    {
        var p = RhoParser.Parse("contract @\"k\"(z) = { z!(0) } | match [1, 2] { [h ...t] => @0!(h, t) _ => Nil v => @1!(v) } | new w in { *w }");
        var q = SyntaxTransforms.RenameBound(p);
        var parts = SyntaxWalk.Components(q);
        var c = Assert.IsType<SContract>(parts[0]);
        Assert.Equal("r0_z", Assert.IsType<SNameVar>(Assert.Single(c.Formals)).Name);
        Assert.Equal("r0_z", Assert.IsType<SNameVar>(Assert.IsType<SSend>(c.Body).Chan).Name);
        var m = Assert.IsType<SMatch>(parts[1]);
        var list = Assert.IsType<SList>(m.Cases[0].Pattern);
        Assert.Equal("r1_h", Assert.IsType<SVar>(Assert.Single(list.Items)).Var.Name);
        Assert.Equal("r2_t", list.Remainder!.Name);
        Assert.Equal(["r1_h", "r2_t"], Assert.IsType<SSend>(m.Cases[0].Body).Args.Select(a => Assert.IsType<SVar>(a).Var.Name));
        Assert.Null(Assert.IsType<SVar>(m.Cases[1].Pattern).Var.Name);
        Assert.Equal("r3_v", Assert.IsType<SVar>(m.Cases[2].Pattern).Var.Name);
        Assert.Equal("r3_v", Assert.IsType<SVar>(Assert.Single(Assert.IsType<SSend>(m.Cases[2].Body).Args)).Var.Name);
        var n = Assert.IsType<SNew>(parts[2]);
        Assert.Equal("r4_w", Assert.Single(n.Decls).Name);
        Assert.Equal("r4_w", Assert.IsType<SNameVar>(Assert.IsType<SEval>(n.Body).Name).Name);
        Assert.Equal(Show.Syntax(p), Show.Syntax(q));
    }

    [Fact]
    public void RenameBound_GeneratedPrograms_NoOriginalBinderLeft()
    {
        for (var seed = 0; seed < 100; seed++)
        {
            var s = new ProcessGenerator(seed).Process(10);
            var renamed = SyntaxTransforms.RenameBound(s);
            Assert.Equal(Show.Syntax(s), Show.Syntax(renamed));
            Assert.All(SyntaxWalk.Nodes(renamed).OfType<SNew>().SelectMany(n => n.Decls), d => Assert.StartsWith("r", d.Name, StringComparison.Ordinal));
            Assert.All(SyntaxWalk.Nodes(renamed).OfType<SVar>().Where(v => v.Var.Name is not null), v => Assert.StartsWith("r", v.Var.Name!, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ChangeOneLeaf_ChangesOnlyTheFirstIntInProcessPosition()
    {
        var changed = Assert.IsType<SNew>(SyntaxTransforms.ChangeOneLeaf(RhoParser.Parse("new x in { x!(1, 5) | x!(9) }")));
        var sends = SyntaxWalk.Components(changed.Body).Cast<SSend>().ToList();
        Assert.Equal(["2", "5"], sends[0].Args.Select(a => Assert.IsType<SInt>(a).Digits));
        Assert.Equal("9", Assert.IsType<SInt>(Assert.Single(sends[1].Args)).Digits);
    }

    [Fact]
    public void ChangeOneLeaf_NoInt_IsNull()
    {
        Assert.Null(SyntaxTransforms.ChangeOneLeaf(RhoParser.Parse("Nil")));
        Assert.Null(SyntaxTransforms.ChangeOneLeaf(RhoParser.Parse("new x in { x!(true, \"s\") }")));
    }

    [Fact]
    public void ChangeOneLeaf_ChangesTheCanonicalFormOfGeneratedPrograms()
    {
        for (var seed = 0; seed < 100; seed++)
        {
            var s = new ProcessGenerator(seed).Process(10);
            if (SyntaxTransforms.ChangeOneLeaf(s) is { } c)
            {
                Assert.NotEqual(Show.Syntax(s), Show.Syntax(c));
            }
        }
    }
}
