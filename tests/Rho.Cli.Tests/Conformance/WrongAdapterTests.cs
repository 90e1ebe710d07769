using Rho.Cli.Conformance;
using Rho.Semantics.Conformance;

namespace Rho.Cli.Tests.Conformance;

/// <summary>
/// Deliberately wrong adapters (spec/conformance.md, "Mismatch report"): each is caught, and its
/// report shows the expectation next to what was observed, the case's rule ids, the reducer's
/// outcomes and an accepted reduction path.
/// </summary>
public sealed class WrongAdapterTests
{
    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RhoSpec.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("RhoSpec.sln not found above the test binaries");
    }

    private static readonly Lazy<IReadOnlyList<ConformanceCase>> Corpus =
        new(() => ConformanceCase.LoadAll(Path.Combine(RepoRoot(), "conformance")));

    private static ConformanceCase Case(string id) => Corpus.Value.Single(c => c.Id == id);

    private static string FailureOf(IRhoImplementation impl, string id)
    {
        var result = Assert.Single(ConformanceRunner.Run([Case(id)], impl).Results);
        Assert.Equal(CaseVerdict.Fail, result.Verdict);
        Assert.NotNull(result.Message);
        return result.Message;
    }

    [Fact]
    [Trait("Rule", "Sys/stdoutAck")]
    public void Reordered_WhereTheProgramForbidsIt_IsReportedWithTheAcceptedOrderAndPath()
    {
        var report = FailureOf(WrongAdapter.Reordered(), "reduction/stdout-ack-sequence");
        Assert.Contains("FAIL reduction/stdout-ack-sequence", report, StringComparison.Ordinal);
        Assert.Contains("rules:    Sys/stdoutAck", report, StringComparison.Ordinal);
        Assert.Contains("""expected stdout ["\"first\"", "\"second\"", "\"third\""], got ["\"third\"", "\"second\"", "\"first\""]""", report, StringComparison.Ordinal);
        Assert.Contains("reducer:  1 outcome(s)", report, StringComparison.Ordinal);
        Assert.Contains("closest:  outcome 1", report, StringComparison.Ordinal);
        // The accepted path prints the values in the program's order.
        var path = report.Split('\n').Single(l => l.TrimStart().StartsWith("path:", StringComparison.Ordinal));
        var first = path.IndexOf("prints \"first\"", StringComparison.Ordinal);
        var third = path.IndexOf("prints \"third\"", StringComparison.Ordinal);
        Assert.True(first > 0 && third > first, path);
        Assert.Contains("Sys/stdoutAck", path, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Error/div-zero")]
    public void SwallowedError_IsReportedAsTheMissingRuntimeError()
    {
        var report = FailureOf(WrongAdapter.SwallowsErrors(), "operators/div-zero");
        Assert.Contains("expected a runtime error div-zero", report, StringComparison.Ordinal);
        Assert.Contains("got no error", report, StringComparison.Ordinal);
        Assert.Contains("errors [2:", report, StringComparison.Ordinal);
        Assert.Contains("[div-zero]", report, StringComparison.Ordinal);
        Assert.Matches(@"path:     s0 -\[[^\]]+\]-> s\d+.*Error/div-zero", report);
    }

    [Fact]
    [Trait("Rule", "Print/string")]
    public void OneValuePrintedWrongly_IsReportedNextToTheExpectedValue()
    {
        var report = FailureOf(WrongAdapter.OneValueWrong(), "reduction/stdout-ack-sequence");
        Assert.Contains("""got ["\"first\"", "\"second\"", "third"]""", report, StringComparison.Ordinal);
        Assert.Contains("closest:  outcome 1", report, StringComparison.Ordinal);
    }

    [Fact]
    public void OneValuePrintedWrongly_FailsTheOracleEvenWhereTheAssertionIsSilent()
    {
        // "a" printed as a, in a case whose assertion is a multiset of other lines, would pass the
        // assertion only if the checker were lax; the oracle check names the outcome as foreign.
        var multiset = Corpus.Value.First(c => c.Skip is null && c.Expect is Assertion.StdoutMultiset { Lines.Count: >= 2 });
        var wrong = WrongAdapter.Outcomes("extra line", o => o with { Stderr = [.. o.Stderr, "spurious"] });
        var result = Assert.Single(ConformanceRunner.Run([multiset], wrong).Results);
        Assert.Equal(CaseVerdict.Fail, result.Verdict);
        Assert.Contains("is none of the reducer's", result.Message, StringComparison.Ordinal);
        Assert.Contains("stderr [\"spurious\"]", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CrashExitCode_IsReportedAsACrashWithItsStatusAndStderr()
    {
        var crash = new CommandImplementation("f() { echo 'Segmentation fault' >&2; exit 139; }; f", TimeSpan.FromSeconds(20));
        var report = FailureOf(crash, "operators/add-int");
        Assert.Contains("it crashed: exit status 139: Segmentation fault", report, StringComparison.Ordinal);
        Assert.Contains("rules:    Op/add", report, StringComparison.Ordinal);
    }

    [Fact]
    public void SwallowedErrorThroughTheCommandProtocol_IsCaught()
    {
        // Exit 0 and no error line for a program that divides by zero.
        var silent = new CommandImplementation("true", TimeSpan.FromSeconds(20));
        var report = FailureOf(silent, "operators/div-zero");
        Assert.Contains("expected a runtime error div-zero", report, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectingARunnableProgram_IsReported()
    {
        var report = FailureOf(WrongAdapter.RejectsEverything(), "operators/add-int");
        Assert.Contains("it was rejected: 1:1: [syntax] nope", report, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Comm/join")]
    public void WrongResidual_IsReported()
    {
        var report = FailureOf(WrongAdapter.WrongResidual(), "reduction/join-partial");
        Assert.Contains("expected residual ≡", report, StringComparison.Ordinal);
        Assert.Contains("got Nil", report, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void TheMachine_PassesTheWholeCorpus(int schedules)
    {
        var report = ConformanceRunner.Run(Corpus.Value, MachineImplementation.WithSchedules(schedules));
        Assert.True(report.Failed == 0, string.Join("\n\n", report.Failures.Select(f => f.Message)));
        Assert.True(report.Passed >= 250, $"only {report.Passed} passed");
    }
}
