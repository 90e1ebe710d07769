using Rho.Semantics.Conformance;

namespace Rho.Semantics.Tests.Conformance;

/// <summary>The <c>diverges</c> assertion (spec/conformance.md, "Assertions").</summary>
public class DivergesAssertionTests
{
    private static readonly Assertion Diverges = new Assertion.Diverges(200);

    private static RunResult Completed(params string[] stdout) =>
        new(RunStatus.Completed, [new ObservedOutcome(stdout, [], [], "Nil")], null, null);

    [Fact]
    public void Diverges_BudgetSpentOrNoTerminalState_Passes()
    {
        Assert.Null(Checker.Check(Diverges, new RunResult(RunStatus.BudgetExhausted, [], null, "after 200000 steps"), exhaustive: false));
        Assert.Null(Checker.Check(Diverges, new RunResult(RunStatus.Completed, [], null, null), exhaustive: true));
    }

    [Fact]
    public void Diverges_AnImplementationThatStops_Fails()
    {
        Assert.StartsWith("expected the program to run forever", Checker.Check(Diverges, Completed(), exhaustive: false), StringComparison.Ordinal);
        Assert.NotNull(Checker.Check(Diverges, new RunResult(RunStatus.Rejected, [], new ReportedError("syntax", "x", 1, 1), null), exhaustive: false));
    }

    [Fact]
    public void Diverges_ReadAndWrittenAsItsJson()
    {
        var json = Diverges.ToJson();
        Assert.Equal(200, json["maxStates"]!.GetValue<int>());
        Assert.Equal(Diverges, Assertion.FromJson("diverges", json));
        Assert.Contains("diverges", Assertion.Keys);
    }
}
