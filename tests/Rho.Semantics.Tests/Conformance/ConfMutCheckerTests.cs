using Rho.Semantics.Conformance;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Tests.Conformance;

/// <summary>
/// The exact verdict text of each assertion kind (spec/conformance.md, "Assertions"): what a user
/// reads on the <c>problem:</c> line of a mismatch report.
/// </summary>
public class ConfMutCheckerTests
{
    private static ObservedOutcome Out(params string[] stdout) => new(stdout, [], [], null);

    private static RunResult Completed(params ObservedOutcome[] outcomes) => new(RunStatus.Completed, outcomes, null, null);

    private static RunResult Rejected(string? kind, string message, int line = 0, int col = 0) =>
        new(RunStatus.Rejected, [], new ReportedError(kind, message, line, col), null);

    private static readonly RunResult Budget = new(RunStatus.BudgetExhausted, [], null, null);

    [Fact]
    [Trait("Rule", "Syn/error")]
    public void Malformed_EachWayToMiss_IsReportedWithPositions()
    {
        var m = new Assertion.Malformed(3, 7);
        Assert.Equal("expected a syntax error at 3:7, but the program was not rejected (it completed with stdout [\"1\"])",
            Checker.Check(m, Completed(Out("1")), exhaustive: false));
        Assert.Equal("expected a syntax error at 3:7, got a type error: 1:2: [type] wrong",
            Checker.Check(m, Rejected("type", "wrong", 1, 2), exhaustive: false));
        Assert.Equal("expected a syntax error at 3:7, got one at 3:8: bad token",
            Checker.Check(m, Rejected("syntax", "bad token", 3, 8), exhaustive: false));
        Assert.Equal("expected a syntax error at 3:7, got one at 4:7: bad token",
            Checker.Check(m, Rejected(null, "bad token", 4, 7), exhaustive: false));
        Assert.Null(Checker.Check(m, Rejected("syntax", "bad token", 3, 7), exhaustive: false));
        Assert.Null(Checker.Check(m, Rejected(null, "bad token", 3, 7), exhaustive: false));
    }

    [Fact]
    public void StaticError_NotRejectedOrRejectedOtherwise_SaysSo()
    {
        var e = new Assertion.Error("free-var", "free variable", Static: true);
        Assert.Equal("expected the program to be rejected with a free-var error \"free variable…\", but it was not (its budget ran out)",
            Checker.Check(e, Budget, exhaustive: true));
        Assert.Equal("expected rejection free-var \"free variable…\", got 2:5: [syntax] free variable x",
            Checker.Check(e, Rejected("syntax", "free variable x", 2, 5), exhaustive: true));
        Assert.Equal("expected rejection free-var \"free variable…\", got [free-var] unbound x",
            Checker.Check(e, Rejected("free-var", "unbound x"), exhaustive: true));
        Assert.Null(Checker.Check(e, Rejected("free-var", "free variable x"), exhaustive: true));
        Assert.Null(Checker.Check(e, Rejected(null, "free variable x"), exhaustive: true));
    }

    [Fact]
    public void BudgetExhausted_ARunThatEnds_SaysHow()
    {
        var b = new Assertion.BudgetExhausted(10);
        Assert.Null(Checker.Check(b, Budget, exhaustive: false));
        Assert.Equal("expected the budget to run out, but it crashed: exit 70", Checker.Check(b, new RunResult(RunStatus.Crashed, [], null, "exit 70"), exhaustive: false));
        Assert.Equal("expected the budget to run out, but it completed with stdout [\"1\"] | [\"a\\\"b\"]",
            Checker.Check(b, Completed(Out("1"), Out("a\"b")), exhaustive: true));
        Assert.Equal("expected the budget to run out, but it was rejected: 1:1: x",
            Checker.Check(b, Rejected(null, "x", 1, 1), exhaustive: true));
    }

    [Fact]
    public void Describe_ABudgetWithADetail_ShowsIt()
    {
        Assert.Equal("its budget ran out (after 5 steps)", Checker.Describe(Budget with { Detail = "after 5 steps" }));
        Assert.Equal("its budget ran out", Checker.Describe(Budget));
    }

    [Fact]
    public void Describe_AnUnknownStatus_IsACrashOfTheRunner()
    {
        var e = Assert.Throws<RhoException>(() => Checker.Describe(Budget with { Status = (RunStatus)42 }));
        Assert.Equal("unknown status 42", e.Error.Message);
    }

    [Fact]
    public void OutcomeAssertions_ARunThatDidNotComplete_OrHasNoOutcome_Fail()
    {
        var s = new Assertion.Stdout(["1"]);
        Assert.Equal("expected the program to run to completion, but it was rejected: [syntax] x", Checker.Check(s, Rejected("syntax", "x"), exhaustive: false));
        Assert.Equal("the implementation reported no outcome", Checker.Check(s, Completed(), exhaustive: false));
    }

    [Fact]
    public void Stdout_OneOfSeveralOutcomesWrong_NamesTheCount()
    {
        var s = new Assertion.Stdout(["1"]);
        Assert.Equal("expected stdout [\"1\"], got [\"2\"]", Checker.Check(s, Completed(Out("2")), exhaustive: false));
        Assert.Equal("in one of 2 outcomes: expected stdout [\"1\"], got [\"2\", \"3\"]", Checker.Check(s, Completed(Out("1"), Out("2", "3")), exhaustive: true));
        Assert.Null(Checker.Check(s, Completed(Out("1"), Out("1")), exhaustive: true));
    }

    [Fact]
    [Trait("Rule", "Comm/linear")]
    public void Confluent_MoreThanOneOutcomeOrOtherLines_Fails()
    {
        var c = new Assertion.Confluent(["1"]);
        Assert.Equal("expected exactly one outcome, got 2: [\"1\"] | [\"2\"]", Checker.Check(c, Completed(Out("1"), Out("2")), exhaustive: true));
        Assert.Null(Checker.Check(c, Completed(Out("1"), Out("2")), exhaustive: false));
        Assert.Equal("expected stdout [\"1\"], got [\"2\"]", Checker.Check(c, Completed(Out("2")), exhaustive: true));
        Assert.Null(Checker.Check(c, Completed(Out("1")), exhaustive: true));
    }

    [Fact]
    [Trait("Rule", "Comm/linear")]
    public void StdoutOneOf_AnOrderNeverProducedOrAnotherOrder_Fails()
    {
        var one = new Assertion.StdoutOneOf([["1"], ["2"]]);
        Assert.Equal("the allowed order [\"2\"] is never produced (an exhaustive implementation must produce every one)",
            Checker.Check(one, Completed(Out("1")), exhaustive: true));
        Assert.Null(Checker.Check(one, Completed(Out("1")), exhaustive: false));
        Assert.Equal("expected stdout to be one of [\"1\"] or [\"2\"], got [\"3\"]", Checker.Check(one, Completed(Out("3")), exhaustive: false));
        Assert.Null(Checker.Check(one, Completed(Out("2"), Out("1")), exhaustive: true));
    }

    [Fact]
    public void StdoutMultiset_AnyOrderPasses_OtherLinesFail()
    {
        var m = new Assertion.StdoutMultiset(["b", "a", "a"]);
        Assert.Null(Checker.Check(m, Completed(Out("a", "b", "a")), exhaustive: false));
        Assert.Equal("expected stdout lines [\"b\", \"a\", \"a\"] in any order, got [\"a\", \"b\"]", Checker.Check(m, Completed(Out("a", "b")), exhaustive: false));
    }

    [Fact]
    public void Residual_MissingOrDifferent_Fails()
    {
        var r = new Assertion.Residual("@0!(1)");
        Assert.Equal("the implementation did not report its residual process", Checker.Check(r, Completed(Out()), exhaustive: false));
        Assert.Equal("expected residual ≡ @0!(1), got @0!(2)", Checker.Check(r, Completed(Out() with { Residual = "@0!(2)" }), exhaustive: false));
        Assert.Null(Checker.Check(r, Completed(Out() with { Residual = "@0!(1)" }), exhaustive: false));
    }

    [Fact]
    [Trait("Rule", "Error/div-zero")]
    public void RuntimeError_MissingOrOtherErrors_ListsWhatWasReported()
    {
        var e = new Assertion.Error("div-zero", "division", Static: false);
        Assert.Equal("expected a runtime error div-zero \"division…\", got no error", Checker.Check(e, Completed(Out()), exhaustive: false));
        var other = Out() with { Errors = [new ReportedError("type", "bad", 0, 0), new ReportedError(null, "worse", 2, 3)] };
        Assert.Equal("expected a runtime error div-zero \"division…\", got [type] bad; 2:3: worse", Checker.Check(e, Completed(other), exhaustive: false));
        var unnamed = Out() with { Errors = [new ReportedError(null, "division by zero", 0, 0)] };
        Assert.Null(Checker.Check(e, Completed(unnamed), exhaustive: false));
    }

    [Fact]
    public void Show_PositionOnlyWhenKnown_KindOnlyWhenReported()
    {
        Assert.Equal("m", Checker.Show(new ReportedError(null, "m", 0, 0)));
        Assert.Equal("1:0: [k] m", Checker.Show(new ReportedError("k", "m", 1, 0)));
    }
}
