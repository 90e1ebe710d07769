using Rho.Semantics;

namespace Rho.Machine.Tests;

public class SnapshotTests
{
    private static IReadOnlyList<MachineSnapshot> Load(string source) =>
        Snapshots.AfterLoad(Rho.Compiler.RhoCompiler.Compile(Rholang.Compile(source)));

    private static List<string> Shape(IEnumerable<MachineSnapshot> ms) =>
        ms.Select(m => Convert.ToHexString([.. m.Code.Instrs.Items]) + "/" + m.Locals.Count).Order(StringComparer.Ordinal).ToList();

    [Fact]
    [Trait("Rule", "Mach/snapshot")]
    [Trait("Rule", "Law/multiset")]
    public void Snapshot_AfterLoadingAPar_IsTheUnionOfTheComponentsMachines()
    {
        string[] parts =
        [
            "@1!(2)",
            "for (@x <- @3) { @4!(x) }",
            "new a in { a!(1) | for (_ <- a) { Nil } }",
            "match 5 { x => @6!(x) }",
        ];
        var whole = Load(string.Join(" | ", parts));
        Assert.Equal(5, whole.Count);
        Assert.All(whole, m => Assert.True(m.Ip == 0 && m.Stack.IsEmpty));
        Assert.Equal(5, whole.Select(m => m.PrivateChannel).Distinct().Count());
        Assert.Equal(Shape(parts.SelectMany(Load)), Shape(whole));
    }
}
