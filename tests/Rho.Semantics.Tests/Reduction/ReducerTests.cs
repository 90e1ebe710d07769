using Rho.Semantics.Errors;
using Rho.Semantics.Reduction;

namespace Rho.Semantics.Tests.Reduction;

/// <summary>One test (at least) per reduction rule of spec/semantics.md, on small programs.</summary>
public class ReducerTests
{
    internal const string Out = "new stdout(`rho:io:stdout`) in { ";

    internal static Exploration Reduce(string body, ExploreOptions? options = null) =>
        Rholang.Reduce(Out + body + " }", options);

    /// <summary>The outcomes' stdout sequences, each joined with " / ".</summary>
    internal static HashSet<string> Prints(Exploration e) => e.Outcomes.Select(o => string.Join(" / ", o.Stdout)).ToHashSet();

    [Fact]
    [Trait("Rule", "New/fresh")]
    public void NewFresh_TwoNewNames_AreDistinctChannels()
    {
        var e = Reduce("new a, b in { a!(1) | for (@x <- b) { stdout!(x) } }");
        Assert.True(e.IsComplete);
        var outcome = Assert.Single(e.Outcomes);
        Assert.Empty(outcome.Stdout);
        Assert.Contains("!(1)", outcome.Residual, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Comm/linear")]
    public void CommLinear_SendMeetsReceive_BodyRunsWithBinding()
    {
        var e = Reduce("new c in { c!(41) | for (@x <- c) { stdout!(x + 1) } }");
        Assert.Equal(["42"], Prints(e));
        Assert.Equal("Nil", Assert.Single(e.Outcomes).Residual);
    }

    [Fact]
    [Trait("Rule", "Comm/linear")]
    public void CommLinear_ChoiceBetweenTwoSends_TwoOutcomes()
    {
        var e = Reduce("new c in { c!(1) | c!(2) | for (@x <- c) { stdout!(x) } }");
        Assert.True(e.IsComplete);
        Assert.Equal(["1", "2"], Prints(e));
    }

    [Fact]
    [Trait("Rule", "Comm/persistent")]
    public void CommPersistent_PersistentSendServesEveryReceiver()
    {
        var e = Reduce("new c in { c!!(7) | for (@x <- c) { stdout!(x) } | for (@y <- c) { stdout!(y * 2) } }");
        Assert.Equal(["7 / 14", "14 / 7"], Prints(e));
        Assert.All(e.Outcomes, o => Assert.Contains("!!(7)", o.Residual, StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "Comm/persistent")]
    public void CommPersistent_ContractServesEveryCall()
    {
        var e = Reduce("new f in { contract f(@x) = { stdout!(x) } | f!(1) | f!(2) }");
        Assert.Equal(["1 / 2", "2 / 1"], Prints(e));
    }

    [Fact]
    [Trait("Rule", "Comm/peek")]
    public void CommPeek_LeavesTheDatum()
    {
        var e = Reduce("new c in { c!(5) | for (@x <<- c) { stdout!(x) | for (@y <- c) { stdout!(y + 1) } } }");
        Assert.Equal(["5 / 6", "6 / 5"], Prints(e));
    }

    [Fact]
    [Trait("Rule", "Comm/join")]
    public void CommJoin_FiresOnlyWhenEveryChannelHasData()
    {
        var partial = Reduce("new a, b in { a!(1) | for (@x <- a & @y <- b) { stdout!(x + y) } }");
        Assert.Equal([""], Prints(partial));
        var full = Reduce("new a, b in { a!(1) | b!(2) | for (@x <- a & @y <- b) { stdout!(x + y) } }");
        Assert.Equal(["3"], Prints(full));
    }

    [Fact]
    [Trait("Rule", "Match/case")]
    public void MatchCase_FirstMatchingCaseFires()
    {
        var e = Reduce("match [1, 2, 3] { [] => stdout!(\"empty\")  [h ...t] => stdout!(t)  _ => stdout!(\"other\") }");
        Assert.Equal(["[2, 3]"], Prints(e));
    }

    [Fact]
    [Trait("Rule", "Match/none")]
    public void MatchNone_NoCaseMatches_ReducesToNil()
    {
        var e = Reduce("match 1 { 2 => stdout!(2) } | if (5) { stdout!(\"yes\") } else { stdout!(\"no\") }");
        var o = Assert.Single(e.Outcomes);
        Assert.Empty(o.Stdout);
        Assert.Equal("Nil", o.Residual);
    }

    [Fact]
    [Trait("Rule", "Eval/send")]
    public void EvalSend_ArgumentsAreEvaluatedBeforeTheyAreSent()
    {
        var e = Reduce("new c in { c!(2 * 3, [1 + 1]) | for (@x, @y <- c) { stdout!((x, y)) } }");
        Assert.Equal(["(6, [2])"], Prints(e));
    }

    [Fact]
    [Trait("Rule", "Eval/receive")]
    public void EvalReceive_BundleSourceWithReadPermission_IsUnwrapped()
    {
        var e = Reduce("new c in { c!(1) | for (@x <- @{bundle- { *c }}) { stdout!(x) } }");
        Assert.Equal(["1"], Prints(e));
    }

    [Fact]
    [Trait("Rule", "Eval/method")]
    public void EvalMethod_MethodInProcessPosition_RunsItsResult()
    {
        var e = Reduce("[1].nth(0) | stdout!(\"done\")");
        Assert.Equal(["\"done\""], Prints(e));
        var failing = Reduce("[1].nth(5) | stdout!(\"done\")");
        var o = Assert.Single(failing.Outcomes);
        Assert.Equal(ErrorKinds.Index, Assert.Single(o.Errors).Kind);
    }

    [Fact]
    [Trait("Rule", "Eval/bundle")]
    public void EvalBundle_BundleInProcessPosition_RunsItsBody()
    {
        var e = Reduce("bundle+ { stdout!(1) }");
        Assert.Equal(["1"], Prints(e));
    }

    [Fact]
    [Trait("Rule", "Expr/inert")]
    public void ExprInert_ExpressionInProcessPosition_IsDiscardedUnevaluated()
    {
        var e = Reduce("1 / 0 | \"text\" | stdout!(1)");
        var o = Assert.Single(e.Outcomes);
        Assert.Empty(o.Errors);
        Assert.Equal("Nil", o.Residual);
    }

    [Fact]
    [Trait("Rule", "Sys/stdout")]
    public void SysStdout_ThreeParallelPrints_SixOrders()
    {
        var e = Reduce("stdout!(1) | stdout!(2) | stdout!(3)");
        Assert.True(e.IsComplete);
        Assert.Equal(["1 / 2 / 3", "1 / 3 / 2", "2 / 1 / 3", "2 / 3 / 1", "3 / 1 / 2", "3 / 2 / 1"], Prints(e));
    }

    [Fact]
    [Trait("Rule", "Sys/stdout")]
    public void SysStdout_WrongArity_Waits()
    {
        var e = Reduce("stdout!(1, 2)");
        var o = Assert.Single(e.Outcomes);
        Assert.Empty(o.Stdout);
        Assert.Contains("rho:io:stdout", o.Residual, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Sys/stdoutAck")]
    public void SysStdoutAck_PrintsThenAcknowledges()
    {
        var e = Rholang.Reduce("new out(`rho:io:stdoutAck`), ack in { out!(\"a\", *ack) | for (_ <- ack) { out!(\"b\", *ack) } }");
        Assert.Equal(["\"a\" / \"b\""], Prints(e));
        Assert.Contains("!(Nil)", Assert.Single(e.Outcomes).Residual, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Sys/stderr")]
    public void SysStderr_PrintsOnStderr()
    {
        var e = Rholang.Reduce("new err(`rho:io:stderr`) in { err!(\"oops\") }");
        var o = Assert.Single(e.Outcomes);
        Assert.Empty(o.Stdout);
        Assert.Equal(["\"oops\""], o.Stderr);
    }

    [Fact]
    [Trait("Rule", "Sys/stderrAck")]
    public void SysStderrAck_PrintsOnStderrThenAcknowledges()
    {
        var e = Rholang.Reduce("new err(`rho:io:stderrAck`), out(`rho:io:stdout`), ack in { err!(1, *ack) | for (_ <- ack) { out!(2) } }");
        var o = Assert.Single(e.Outcomes);
        Assert.Equal(["1"], o.Stderr);
        Assert.Equal(["2"], o.Stdout);
    }

    [Fact]
    [Trait("Rule", "Error/div-zero")]
    public void RuntimeError_StopsOnlyTheFailingProcess()
    {
        var e = Reduce("stdout!(10 / 0) | stdout!(\"still here\")");
        var o = Assert.Single(e.Outcomes);
        Assert.Equal(["\"still here\""], o.Stdout);
        var err = Assert.Single(o.Errors);
        Assert.Equal(ErrorKinds.DivZero, err.Kind);
        Assert.Equal("Error/div-zero", err.Rule);
        Assert.Equal(1, err.Pos.Line);
        Assert.True(err.Pos.Col > 1);
    }

    [Fact]
    [Trait("Rule", "Error/bundle-permission")]
    public void BundlePermission_SendOnReadOnlyBundle_IsAnError()
    {
        var e = Reduce("new c in { @{bundle- { *c }}!(1) | stdout!(\"ok\") }");
        var o = Assert.Single(e.Outcomes);
        Assert.Equal(["\"ok\""], o.Stdout);
        Assert.Equal(ErrorKinds.BundlePermission, Assert.Single(o.Errors).Kind);
        var read = Reduce("new c in { c!(1) | for (@x <- @{bundle+ { *c }}) { stdout!(x) } }");
        Assert.Equal(ErrorKinds.BundlePermission, Assert.Single(Assert.Single(read.Outcomes).Errors).Kind);
    }

    [Fact]
    public void Explorer_NonTerminatingProgram_IsCutOffOrDivergent()
    {
        var loop = Reduce("new c in { contract c(@n) = { c!(n + 1) } | c!(0) }", new ExploreOptions(MaxStates: 200));
        Assert.Equal(Verdict.CutOff, loop.Verdict);
        var cycle = Reduce("new c in { contract c(_) = { c!(0) } | c!(0) }");
        Assert.True(cycle.IsComplete);
        Assert.True(cycle.Divergent);
    }
}
