using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;
using Stream = Rho.Semantics.Reduction.Stream;

namespace Rho.Semantics.Tests.Reduction;

/// <summary>
/// The labels and effects of the communication and system rules (spec/semantics.md §3.2): which
/// rule id each COMM carries, which processes it consumes, what a system send prints and where.
/// </summary>
public class ReduceMutCommTests
{
    /// <summary>The rule ids on the edges of the reduction graph of <paramref name="source"/>.</summary>
    internal static HashSet<string> RulesOf(string source, ExploreOptions? options = null) =>
        Rholang.Reduce(source, options).Graph.Edges.Select(e => e.Rule).ToHashSet(StringComparer.Ordinal);

    /// <summary>The rule ids of the communication edges only (no administrative or system step).</summary>
    private static HashSet<string> CommRules(string source) =>
        RulesOf(source).Where(r => r.StartsWith("Comm/", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    [Fact]
    [Trait("Rule", "Comm/linear")]
    public void CommLinear_LinearReceiveAndLinearSend_AreLabelledLinear()
    {
        Assert.Equal(["Comm/linear"], CommRules("new c in { c!(1) | for (@x <- c) { Nil } }"));
    }

    [Fact]
    [Trait("Rule", "Comm/persistent")]
    public void CommPersistent_PersistentReceiveAndLinearSend_AreLabelledPersistent()
    {
        Assert.Equal(["Comm/persistent"], CommRules("new c in { c!(1) | for (@x <= c) { Nil } }"));
    }

    [Fact]
    [Trait("Rule", "Comm/persistent")]
    public void CommPersistent_LinearReceiveAndPersistentSend_AreLabelledPersistent_AndTheSendStays()
    {
        var e = Rholang.Reduce("new c in { c!!(1) | for (@x <- c) { Nil } }");
        Assert.Equal(["New/fresh", "Comm/persistent"], e.Graph.Edges.Select(x => x.Rule));
        Assert.Equal("@{Unforgeable(0x00)}!!(1)", Assert.Single(e.Outcomes).Residual);
    }

    [Fact]
    [Trait("Rule", "Comm/peek")]
    public void CommPeek_IsLabelledPeek_EvenOnAPersistentSend()
    {
        Assert.Equal(["Comm/peek"], CommRules("new c in { c!(1) | for (@x <<- c) { Nil } }"));
        Assert.Equal(["Comm/peek"], CommRules("new c in { c!!(1) | for (@x <<- c) { Nil } }"));
    }

    [Fact]
    [Trait("Rule", "Comm/join")]
    public void CommJoin_TwoChannels_AreLabelledJoin_WhateverTheirPersistence()
    {
        Assert.Equal(["Comm/join"], CommRules("new a, b in { a!(1) | b!(2) | for (@x <- a & @y <- b) { Nil } }"));
        Assert.Equal(["Comm/join"], CommRules("new a, b in { a!!(1) | b!(2) | for (@x <= a & @y <= b) { Nil } }"));
    }

    [Fact]
    [Trait("Rule", "Sys/stdout")]
    public void SystemSends_CarryTheirOwnRuleIds()
    {
        var rules = RulesOf("new o(`rho:io:stdout`), oa(`rho:io:stdoutAck`), e(`rho:io:stderr`), ea(`rho:io:stderrAck`), k in { o!(1) | oa!(2, *k) | e!(3) | ea!(4, *k) }");
        Assert.Equal(
            ["New/fresh", "Sys/stderr", "Sys/stderrAck", "Sys/stdout", "Sys/stdoutAck"],
            rules.Order(StringComparer.Ordinal));
    }

    [Fact]
    [Trait("Rule", "Sys/stderr")]
    public void SystemSends_PrintOnTheirOwnStream()
    {
        var e = Rholang.Reduce("new o(`rho:io:stdout`), er(`rho:io:stderr`) in { o!(1) | er!(2) }");
        var printed = e.Graph.Edges.Where(x => x.Printed is not null).Select(x => x.Printed!).Distinct().ToList();
        Assert.Equal(2, printed.Count);
        Assert.Contains(new Output(Stream.Stdout, "1"), printed);
        Assert.Contains(new Output(Stream.Stderr, "2"), printed);
    }

    [Fact]
    [Trait("Rule", "Sys/stdout")]
    public void SysStdout_PersistentSend_StaysAndPrintsForever()
    {
        var e = Rholang.Reduce("new o(`rho:io:stdout`) in { o!!(1) }", new ExploreOptions(MaxStates: 5));
        Assert.Equal(Verdict.CutOff, e.Verdict);
        Assert.Empty(e.Outcomes);
        Assert.Equal(["1", "1", "1"], e.States[^1].Stdout);
        Assert.Equal("@{Unforgeable(`rho:io:stdout`)}!!(1)", Printer.Print(e.States[^1].Residual));
    }

    [Fact]
    [Trait("Rule", "Sys/stdoutAck")]
    public void SysStdoutAck_PersistentSend_StaysAndAcknowledges()
    {
        var s = Reducer.Initial(Rholang.Compile("new o(`rho:io:stdoutAck`), k in { o!!(\"a\", *k) }"));
        var fresh = Assert.Single(Reducer.Step(s));
        var print = Assert.Single(Reducer.Step(fresh.Target));
        Assert.Equal("Sys/stdoutAck", print.Rule);
        Assert.Equal(new Output(Stream.Stdout, "\"a\""), print.Printed);
        Assert.Equal(
            "@{Unforgeable(0x00)}!(Nil) |\n@{Unforgeable(`rho:io:stdoutAck`)}!!(\"a\", Unforgeable(0x00))",
            Printer.Print(print.Target.Residual));
    }

    [Fact]
    [Trait("Rule", "Eval/send")]
    public void Step_SendOnSystemChannelWithUnevaluatedArgument_OnlyEvaluates()
    {
        var s = Reducer.Initial(Rholang.Compile("new o(`rho:io:stdout`) in { o!(1 + 1) }"));
        var fresh = Assert.Single(Reducer.Step(s));
        var eval = Assert.Single(Reducer.Step(fresh.Target));
        Assert.Equal("Eval/send", eval.Rule);
        Assert.Null(eval.Printed);
        var all = Rholang.Reduce("new o(`rho:io:stdout`) in { o!(1 + 1) | o!(2 * 3) }", new ExploreOptions(AllInterleavings: true));
        Assert.Equal(["2 / 6", "6 / 2"], all.Outcomes.Select(o => string.Join(" / ", o.Stdout)).Order(StringComparer.Ordinal));
    }
}
