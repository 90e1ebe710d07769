using Rho.Semantics.Conformance;

namespace Rho.Semantics.Tests.Conformance;

/// <summary>
/// The distance that picks the reducer outcome closest to an observed one (spec/conformance.md,
/// "Mismatch report"): line edit distances of stdout and stderr, unmatched errors, differing residuals.
/// </summary>
public class ConfMutDistanceTests
{
    private static ObservedOutcome Out(params string[] stdout) => new(stdout, [], [], null);

    private static ObservedOutcome Err(params (string? Kind, string Message)[] errors) =>
        new([], [], errors.Select(e => new ReportedError(e.Kind, e.Message, 0, 0)).ToList(), null);

    [Theory]
    [InlineData(new string[0], new string[0], 0)]
    [InlineData(new[] { "a", "b" }, new[] { "a", "b" }, 0)]
    [InlineData(new[] { "x", "y" }, new string[0], 2)]
    [InlineData(new string[0], new[] { "x", "y" }, 2)]
    [InlineData(new[] { "a" }, new[] { "b" }, 1)]
    [InlineData(new[] { "a", "b", "c" }, new[] { "a", "c" }, 1)]
    [InlineData(new[] { "a" }, new[] { "b", "a" }, 1)]
    [InlineData(new[] { "a", "b", "c" }, new[] { "a", "x", "c" }, 1)]
    [InlineData(new[] { "a", "b" }, new[] { "b", "a" }, 2)]
    [InlineData(new[] { "k", "i", "t", "t", "e", "n" }, new[] { "s", "i", "t", "t", "i", "n", "g" }, 3)]
    public void Distance_OfStdout_IsTheLineEditDistance(string[] a, string[] b, int expected)
    {
        Assert.Equal(expected, MismatchReport.Distance(Out(a), Out(b)));
        Assert.Equal(expected, MismatchReport.Distance(Out(b), Out(a)));
    }

    [Fact]
    public void Distance_AddsStdoutAndStderr()
    {
        var a = new ObservedOutcome(["a"], ["e", "f"], [], null);
        var b = new ObservedOutcome(["b"], [], [], null);
        Assert.Equal(3, MismatchReport.Distance(a, b));
    }

    [Fact]
    public void Distance_CountsErrorsInOneButNotTheOther()
    {
        Assert.Equal(1, MismatchReport.Distance(Err(("div-zero", "m")), Err()));
        Assert.Equal(1, MismatchReport.Distance(Err(), Err(("div-zero", "m"))));
        Assert.Equal(2, MismatchReport.Distance(Err(("k", "m")), Err(("k", "n"))));
        Assert.Equal(2, MismatchReport.Distance(Err(("type", "m")), Err(("div-zero", "m"))));
        Assert.Equal(1, MismatchReport.Distance(Err(("k", "m"), ("k", "n")), Err(("k", "n"))));
        Assert.Equal(0, MismatchReport.Distance(Err(("k", "m")), Err(("k", "m"))));
    }

    [Fact]
    public void Distance_AnErrorWithoutKind_MatchesAnyKindWithTheSameMessage()
    {
        Assert.Equal(0, MismatchReport.Distance(Err(("k", "m")), Err((null, "m"))));
        Assert.Equal(0, MismatchReport.Distance(Err((null, "m")), Err(("k", "m"))));
        Assert.Equal(0, MismatchReport.Distance(Err((null, "m")), Err((null, "m"))));
        Assert.Equal(2, MismatchReport.Distance(Err((null, "m")), Err(("k", "n"))));
    }

    [Fact]
    public void Distance_CountsOneForResidualsOnlyWhenBothAreReportedAndDiffer()
    {
        var nil = Out() with { Residual = "Nil" };
        var send = Out() with { Residual = "@0!(1)" };
        Assert.Equal(1, MismatchReport.Distance(nil, send));
        Assert.Equal(0, MismatchReport.Distance(nil, nil with { }));
        Assert.Equal(0, MismatchReport.Distance(nil, Out()));
        Assert.Equal(0, MismatchReport.Distance(Out(), send));
        Assert.Equal(2, MismatchReport.Distance(nil with { Errors = [new ReportedError("k", "m", 0, 0)] }, send));
    }

    [Fact]
    public void Distance_NullOutcomes_AreRejected()
    {
        Assert.Equal("a", Assert.Throws<ArgumentNullException>(() => MismatchReport.Distance(null!, Out())).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentNullException>(() => MismatchReport.Distance(Out(), null!)).ParamName);
    }
}
