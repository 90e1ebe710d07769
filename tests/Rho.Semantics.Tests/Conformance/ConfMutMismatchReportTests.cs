using Rho.Semantics.Conformance;

namespace Rho.Semantics.Tests.Conformance;

/// <summary>
/// The mismatch report (spec/conformance.md, "Mismatch report"): its exact lines, the reducer's
/// outcomes (at most five), the closest one to the observed outcome and a shortest path to it.
/// </summary>
public class ConfMutMismatchReportTests
{
    private const string Two = "new o(`rho:io:stdout`), c in { c!(1) | c!(2) | for (@x <- c) { o!(x) } }";
    private const string Five = "new o(`rho:io:stdout`), c in { c!(1) | c!(2) | c!(3) | c!(4) | c!(5) | for (@x <- c) { o!(x) } }";
    private const string Seven = "new o(`rho:io:stdout`), c in { c!(1) | c!(2) | c!(3) | c!(4) | c!(5) | c!(6) | c!(7) | for (@x <- c) { o!(x) } }";

    private static ObservedOutcome Out(params string[] stdout) => new(stdout, [], [], null);

    private static readonly ConformanceCase TwoCase =
        new("edge", "two", "/c/edge/two.rho", Two, ["Comm/linear", "Sys/stdout"], "stdout", new Assertion.Stdout(["1"]), null);

    [Fact]
    [Trait("Rule", "Comm/linear")]
    public void For_AFailingRun_ShowsCaseAssertionUpToThreeOutcomesAndTheClosestReducerPath()
    {
        var observed = new ObservedOutcome(["2"], ["e"], [new ReportedError("type", "bad", 1, 2), new ReportedError(null, "worse", 0, 0)], "Nil");
        var run = new RunResult(RunStatus.Completed, [observed, Out("a"), Out("b"), Out("c")], null, null);
        var report = MismatchReport.For(TwoCase, TwoCase.Expect!, run, "the problem");
        Assert.Equal(
            string.Join(Environment.NewLine,
                "FAIL edge/two (/c/edge/two.rho)",
                "  rules:    Comm/linear, Sys/stdout",
                "  problem:  the problem",
                "  expected: stdout [\"1\"]",
                "  actual:   it completed with stdout [\"2\"] | [\"a\"] | [\"b\"] | [\"c\"]",
                "            stdout [\"2\"], stderr [\"e\"], errors [1:2: [type] bad; worse], residual Nil",
                "            stdout [\"a\"], stderr [], errors []",
                "            stdout [\"b\"], stderr [], errors []",
                "  reducer:  2 outcome(s)",
                "            1. stdout [\"1\"], stderr [], errors [], residual @{Unforgeable(0x00)}!(2)",
                "            2. stdout [\"2\"], stderr [], errors [], residual @{Unforgeable(0x00)}!(1)",
                "  closest:  outcome 2",
                "  path:     s0 -[New/fresh]-> s1 -[Comm/linear]-> s3 -[Sys/stdout prints 2]-> s5"),
            report);
    }

    [Fact]
    public void For_ARunWithoutOutcomes_ComparesWithTheFirstReducerOutcome()
    {
        var run = new RunResult(RunStatus.Rejected, [], new ReportedError("syntax", "x", 1, 1), null);
        var lines = MismatchReport.For(TwoCase, TwoCase.Expect!, run, "p").Split(Environment.NewLine);
        Assert.Equal("  actual:   it was rejected: 1:1: [syntax] x", lines[4]);
        Assert.Equal("  reducer:  2 outcome(s)", lines[5]);
        Assert.Equal("  closest:  outcome 1", lines[^2]);
    }

    [Fact]
    public void For_NullArguments_AreRejected()
    {
        var run = new RunResult(RunStatus.Completed, [], null, null);
        Assert.Equal("c", Assert.Throws<ArgumentNullException>(() => MismatchReport.For(null!, TwoCase.Expect!, run, "p")).ParamName);
        Assert.Equal("expect", Assert.Throws<ArgumentNullException>(() => MismatchReport.For(TwoCase, null!, run, "p")).ParamName);
        Assert.Equal("run", Assert.Throws<ArgumentNullException>(() => MismatchReport.For(TwoCase, TwoCase.Expect!, null!, "p")).ParamName);
    }

    [Fact]
    public void Reducer_FiveOutcomes_AreAllListedAndTheClosestIsTheObserved()
    {
        var lines = MismatchReport.Reducer(Five, Out("3"));
        Assert.Equal(8, lines.Count);
        Assert.Equal("  reducer:  5 outcome(s)", lines[0]);
        for (var i = 1; i <= 5; i++)
        {
            Assert.StartsWith($"            {i}. stdout [\"{i}\"], stderr [], errors [], residual ", lines[i], StringComparison.Ordinal);
        }
        Assert.Equal("  closest:  outcome 3 (the same as observed)", lines[6]);
        Assert.Matches(@"^  path:     s0 -\[New/fresh\]-> s1 -\[Comm/linear\]-> s\d+ -\[Sys/stdout prints 3\]-> s\d+$", lines[7]);
    }

    [Fact]
    public void Reducer_SevenOutcomes_ListsFiveAndCountsTheRest()
    {
        var lines = MismatchReport.Reducer(Seven, Out("9"));
        Assert.Equal("  reducer:  7 outcome(s)", lines[0]);
        Assert.Equal("            … and 2 more", lines[6]);
        Assert.Equal("  closest:  outcome 1", lines[7]);
        Assert.Matches(@"prints 1\]-> s\d+$", lines[8]);
        Assert.Equal(9, lines.Count);
    }

    [Fact]
    public void Reducer_NoObservedOutcome_TakesTheFirst()
    {
        Assert.Equal("  closest:  outcome 1", MismatchReport.Reducer(Two, null)[3]);
    }

    [Fact]
    public void Reducer_ATerminalProgram_HasAPathWithNoStep()
    {
        Assert.Equal(
            ["  reducer:  1 outcome(s)", "            1. stdout [], stderr [], errors [], residual Nil", "  closest:  outcome 1", "  path:     s0 (no step)"],
            MismatchReport.Reducer("Nil", null));
    }

    [Fact]
    [Trait("Rule", "Comm/persistent")]
    public void Reducer_AProgramThatCanReturnToItsStart_HasAFinitePath()
    {
        var lines = MismatchReport.Reducer("""@"c"!(0) | contract @"c"(_) = { @"c"!(0) } | for (_ <- @"c") { Nil }""", null);
        Assert.Equal("  path:     s0 -[Comm/linear]-> s1", lines[^1]);
    }

    [Fact]
    [Trait("Rule", "Syn/error")]
    public void Reducer_ARejectedProgram_SaysWhy()
    {
        Assert.Equal(["  reducer:  rejects the program: 1:2: [syntax] unexpected '@', expected a process"], MismatchReport.Reducer("@@@", null));
    }

    [Fact]
    public void Reducer_AProgramWithOnlyACycle_ReachesNoTerminalState()
    {
        Assert.Equal(
            ["  reducer:  reaches no terminal state within 5000 states (Complete, divergent)"],
            MismatchReport.Reducer("new c in { contract c(@n) = { c!(n) } | c!(1) }", null));
    }

    /// <summary>A counter that never stops: each state has a step to a new one (no terminal state, no cycle) until the budget.</summary>
    private const string Growing = "new loop in { contract loop(@n) = { loop!(n + 1) } | loop!(0) }";

    [Fact]
    public void Reducer_AProgramThatOnlyGrows_ReachesNoTerminalStateAndIsNotDivergent()
    {
        Assert.Equal(
            ["  reducer:  reaches no terminal state within 5000 states (CutOff)"],
            MismatchReport.Reducer(Growing, null));
    }

    [Fact]
    public void Reducer_AnExplorationCutOff_SaysSoAfterTheOutcomeCount()
    {
        // One branch ends at once (the first receive takes c, the other waits forever); the other grows forever.
        var lines = MismatchReport.Reducer("new c in { c!(0) | for (_ <- c) { Nil } | for (_ <- c) { " + Growing + " } }", null);
        Assert.Equal("  reducer:  1 outcome(s) (cut off at 5000 states)", lines[0]);
    }
}
