using Rho.Semantics.Conformance;

namespace Rho.Semantics.Tests.Conformance;

public class CommandImplementationTests
{
    [Fact]
    public void Interpret_ExitZero_StdoutLinesAreValuesAndPrefixedStderrLinesAreErrors()
    {
        var r = CommandImplementation.Interpret(0, ["1", "\"a\""], ["x.rho:2:5: error: [div-zero] / by zero", "error: lost", "residual: Nil", "printed"]);
        Assert.Equal(RunStatus.Completed, r.Status);
        var o = Assert.Single(r.Outcomes);
        Assert.Equal(["1", "\"a\""], o.Stdout);
        Assert.Equal(["printed"], o.Stderr);
        Assert.Equal("Nil", o.Residual);
        Assert.Equal(new ReportedError("div-zero", "/ by zero", 2, 5), o.Errors[0]);
        Assert.Equal(new ReportedError(null, "lost", 0, 0), o.Errors[1]);
    }

    [Theory]
    [InlineData(1, RunStatus.Rejected)]
    [InlineData(3, RunStatus.BudgetExhausted)]
    [InlineData(4, RunStatus.Completed)]
    [InlineData(70, RunStatus.Crashed)]
    [InlineData(139, RunStatus.Crashed)]
    public void Interpret_ExitStatus_GivesTheDocumentedRunStatus(int exit, RunStatus status) =>
        Assert.Equal(status, CommandImplementation.Interpret(exit, [], ["f.rho:1:4: error: unexpected '#'"]).Status);

    [Theory]
    [InlineData("f.rho:2:6: error: [div-zero] / by zero", RunStatus.Completed)]
    [InlineData("f.rho:2:6: error: [not-expression] Multiple expressions given.", RunStatus.Completed)]
    [InlineData("f.rho:1:1: error: [top-level-free-variable] x", RunStatus.Rejected)]
    [InlineData("f.rho:1:4: error: [syntax] unexpected '#'", RunStatus.Rejected)]
    [InlineData("f.rho:1:4: error: / by zero", RunStatus.Rejected)]
    [InlineData("some other line", RunStatus.Rejected)]
    public void Interpret_Exit1_IsACompletedRunExactlyWhenTheFirstErrorNamesARuntimeKind(string line, RunStatus status)
    {
        var r = CommandImplementation.Interpret(1, ["2"], [line, "f.rho:9:9: error: [syntax] later lines do not decide"]);
        Assert.Equal(status, r.Status);
        if (status == RunStatus.Completed)
        {
            Assert.Equal(["2"], Assert.Single(r.Outcomes).Stdout);
        }
    }

    [Fact]
    public void Interpret_Rejection_KeepsLineAndColumn()
    {
        var r = CommandImplementation.Interpret(1, [], ["f.rho:3:1: error: unexpected end of input"]);
        Assert.Equal(new ReportedError(null, "unexpected end of input", 3, 1), r.Rejection);
    }

    private static ConformanceCase Case(string id) => ConformanceCorpus.All.Single(c => c.Id == id);

    [Fact]
    [Trait("Rule", "Op/add")]
    public void ShellCommand_FollowingTheProtocol_PassesAndAWrongOneFails()
    {
        var good = new CommandImplementation("printf '%s\\n' 5; true", TimeSpan.FromSeconds(20));
        var bad = new CommandImplementation("printf '%s\\n' 6; true", TimeSpan.FromSeconds(20));
        var cases = new[] { Case("operators/add-int") };
        Assert.Equal(1, ConformanceRunner.Run(cases, good).Passed);
        var failure = Assert.Single(ConformanceRunner.Run(cases, bad).Failures);
        Assert.Contains("expected stdout [\"5\"], got [\"6\"]", failure.Message);
    }

    [Fact]
    [Trait("Rule", "Syn/error")]
    public void ShellCommand_ReceivesTheFilePathAsItsLastArgument()
    {
        // Prints a syntax error naming the file it was given, at the expected position.
        var impl = new CommandImplementation("f() { echo \"$1:3:1: error: unexpected end of input\" >&2; exit 1; }; f", TimeSpan.FromSeconds(20));
        var c = Case("syntax/unclosed-brace");
        Assert.Equal(CaseVerdict.Pass, Assert.Single(ConformanceRunner.Run([c], impl).Results).Verdict);
    }

    [Fact]
    public void ShellCommand_ThatCannotRun_IsACrashQuotingTheShellWhichNamesItselfSh()
    {
        var r = new CommandImplementation("rhospec-no-such-command", TimeSpan.FromSeconds(20)).Run("f.rho", "Nil", null);
        Assert.Equal(RunStatus.Crashed, r.Status);
        // $0 of the command is "sh", and the shell prefixes its own messages with it.
        Assert.StartsWith("exit status 127: sh: ", r.Detail, StringComparison.Ordinal);
        Assert.Contains("rhospec-no-such-command", r.Detail, StringComparison.Ordinal);
    }

    /// <summary>
    /// A command past its timeout is killed with everything it started, and the shell is reaped,
    /// before the run is counted as budget exhausted: nothing it would have done later happens.
    /// </summary>
    [Fact]
    public void ShellCommand_PastItsTimeout_IsKilledWithItsWholeTree()
    {
        var dir = Directory.CreateTempSubdirectory("rhospec-kill").FullName;
        try
        {
            string F(string name) => Path.Combine(dir, name);
            // A background child that would run 30 s, then the shell itself writes LATE after 8 s.
            var command = $"echo $$ > '{F("sh")}'; sleep 30 & echo $! > '{F("child")}'; sleep 8; touch '{F("late")}'; true";
            var r = new CommandImplementation(command, TimeSpan.FromSeconds(2)).Run("f.rho", "Nil", null);
            Assert.Equal(RunStatus.BudgetExhausted, r.Status);
            Assert.Equal("killed after 2 s", r.Detail);
            Assert.True(ProcessTree.Reaped(ProcessTree.PidIn(F("sh"))), "the shell is not reaped when the run returns");
            Assert.False(File.Exists(F("late")), "the run waited for the command to end by itself");
            Assert.True(ProcessTree.EndsSoon(ProcessTree.PidIn(F("child"))), "the command's child survived the kill");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}

