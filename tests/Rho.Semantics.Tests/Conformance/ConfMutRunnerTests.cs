using Rho.Semantics.Conformance;

namespace Rho.Semantics.Tests.Conformance;

/// <summary>
/// How the runner drives an implementation (spec/conformance.md, "Driving an implementation"):
/// filters, placeholders, an implementation that throws, and the oracle check.
/// </summary>
public class ConfMutRunnerTests
{
    /// <summary>A one-run implementation that returns a fixed result, or throws.</summary>
    private sealed class Fixed(Func<RunResult> run) : IRhoImplementation
    {
        public string Name => "fixed";

        public bool IsExhaustive => false;

        public RunResult Run(string path, string source, int? maxStates) => run();
    }

    private static ConformanceCase Case(string source, Assertion? expect, params string[] rules) =>
        new("edge", "c", "/c/edge/c.rho", source, rules, "stdout", expect, null);

    private static readonly RunResult PrintsOne = new(RunStatus.Completed, [new ObservedOutcome(["1"], [], [], null)], null, null);

    [Fact]
    public void Run_NullArguments_AreRejected()
    {
        Assert.Equal("cases", Assert.Throws<ArgumentNullException>(() => ConformanceRunner.Run(null!, new Fixed(() => PrintsOne))).ParamName);
        Assert.Equal("implementation", Assert.Throws<ArgumentNullException>(() => ConformanceRunner.Run([], null!)).ParamName);
    }

    [Fact]
    public void Selected_ByAnyOfTheRuleIds_OrTheId_IgnoringCase()
    {
        var c = Case("Nil", null, "Op/add", "Comm/peek");
        Assert.True(ConformanceRunner.Selected(c, "PEEK"));
        Assert.True(ConformanceRunner.Selected(c, "edge/C"));
        Assert.True(ConformanceRunner.Selected(c, null));
        Assert.True(ConformanceRunner.Selected(c, ""));
        Assert.False(ConformanceRunner.Selected(c, "join"));
    }

    [Fact]
    public void Run_APlaceholder_FailsAndSaysToRegen()
    {
        var r = Assert.Single(ConformanceRunner.Run([Case("Nil", null, "Op/add")], new Fixed(() => PrintsOne)).Results);
        Assert.Equal(CaseVerdict.Fail, r.Verdict);
        Assert.Equal("edge/c: the \"stdout\" assertion is a placeholder: run 'rho conformance regen --write'", r.Message);
    }

    [Fact]
    public void Run_AnImplementationThatThrows_IsACrashInTheReport()
    {
        var impl = new Fixed(() => throw new InvalidOperationException("boom"));
        var r = Assert.Single(ConformanceRunner.Run([Case("Nil", new Assertion.Stdout([]), "Op/add")], impl).Results);
        Assert.Equal(CaseVerdict.Fail, r.Verdict);
        Assert.Contains("  problem:  expected the program to run to completion, but it crashed: InvalidOperationException: boom", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_WhenTheReducerRejectsTheProgram_TheOracleCheckIsSkipped()
    {
        var r = Assert.Single(ConformanceRunner.Run([Case("@@@", new Assertion.Stdout(["1"]), "Op/add")], new Fixed(() => PrintsOne)).Results);
        Assert.Equal(CaseVerdict.Pass, r.Verdict);
    }

    [Fact]
    public void Run_AnOutcomeTheReducerNeverGives_FailsTheOracleCheck()
    {
        var r = Assert.Single(ConformanceRunner.Run([Case("Nil", new Assertion.Stdout(["1"]), "Op/add")], new Fixed(() => PrintsOne)).Results);
        Assert.Equal(CaseVerdict.Fail, r.Verdict);
        Assert.Contains("  problem:  the outcome (stdout [\"1\"], stderr [], errors []) is none of the reducer's 1 outcome(s)", r.Message, StringComparison.Ordinal);
        var off = Assert.Single(ConformanceRunner.Run([Case("Nil", new Assertion.Stdout(["1"]), "Op/add")], new Fixed(() => PrintsOne), new RunnerOptions(CheckOracle: false)).Results);
        Assert.Equal(CaseVerdict.Pass, off.Verdict);
    }

    [Fact]
    public void OneLine_JoinsLinesAndTheirIndentationWithOneSpace()
    {
        Assert.Equal("for( x <- y ) { Nil | Nil }", Protocol.OneLine("  for( x <- y ) {\n    Nil |\r\n  \tNil\n}\n"));
        Assert.Equal("process", Assert.Throws<ArgumentNullException>(() => Protocol.OneLine(null!)).ParamName);
    }
}
