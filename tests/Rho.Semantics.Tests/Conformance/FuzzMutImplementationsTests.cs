using Rho.Semantics.Conformance;

namespace Rho.Semantics.Tests.Conformance;

/// <summary>
/// How an external implementation is driven (spec/conformance.md, "Implementations"): the command
/// protocol's arguments, environment, timeout and exit statuses, and the JSON-lines server's
/// requests, restarts and malformed responses.
/// </summary>
public class FuzzMutImplementationsTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Short = TimeSpan.FromMilliseconds(300);

    [Fact]
    public void Command_IsNamedByItsCommandLine_AndIsOneRun()
    {
        var impl = new CommandImplementation("rho run", Long);
        Assert.Equal("rho run", impl.Name);
        Assert.False(impl.IsExhaustive);
    }

    [Fact]
    public void Command_GetsThePathAsItsLastArgument_AndTheBudgetInTheEnvironment()
    {
        var impl = new CommandImplementation("echo \"max=$RHO_MAX_STATES\"; echo", Long);
        Assert.Equal(["max=7", "/cases/a b.rho"], Assert.Single(impl.Run("/cases/a b.rho", "Nil", 7).Outcomes).Stdout);
        Assert.Equal(["max=", "/cases/c.rho"], Assert.Single(impl.Run("/cases/c.rho", "Nil", null).Outcomes).Stdout);
    }

    [Fact]
    public void Command_PastItsTimeout_IsKilledAndCountsAsBudgetExhausted()
    {
        var r = new CommandImplementation("sleep 60;", Short).Run("/x.rho", "Nil", null);
        Assert.Equal(RunStatus.BudgetExhausted, r.Status);
        Assert.Empty(r.Outcomes);
        Assert.Equal("killed after 0.3 s", r.Detail);
    }

    [Fact]
    public void Interpret_Exit1WithoutAnErrorLine_IsARejectionSayingSo()
    {
        var r = CommandImplementation.Interpret(1, [], ["just text"]);
        Assert.Equal(RunStatus.Rejected, r.Status);
        Assert.Equal(new ReportedError(null, "(no error line on stderr)", 0, 0), r.Rejection);
    }

    [Fact]
    public void Interpret_AnotherExitStatus_IsACrashQuotingTheFirstThreeStderrLines()
    {
        var r = CommandImplementation.Interpret(2, [], ["a", "b", "c", "d"]);
        Assert.Equal(RunStatus.Crashed, r.Status);
        Assert.Equal("exit status 2: a / b / c", r.Detail);
    }

    [Fact]
    public void JsonLines_IsNamedByItsCommandLine_AndIsOneRun()
    {
        using var impl = new JsonLinesImplementation("server", Long);
        Assert.Equal("server (json lines)", impl.Name);
        Assert.False(impl.IsExhaustive);
    }

    [Fact]
    public void JsonLines_SendsTheFileAndTheBudgetWhenThereIsOne()
    {
        var log = Path.GetTempFileName();
        try
        {
            var server = $"while read -r l; do echo \"$l\" >> '{log}'; echo '{{\"stdout\":[\"5\"],\"stderr\":[],\"exit\":0}}'; done";
            using (var impl = new JsonLinesImplementation(server, Long))
            {
                Assert.Equal(RunStatus.Completed, impl.Run("/p/a.rho", "Nil", 7).Status);
                Assert.Equal(["5"], Assert.Single(impl.Run("/p/b.rho", "Nil", null).Outcomes).Stdout);
            }
            Assert.Equal(["{\"file\":\"/p/a.rho\",\"maxStates\":7}", "{\"file\":\"/p/b.rho\"}"], File.ReadAllLines(log));
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public void JsonLines_ASilentServer_TimesOutAndIsRestartedForTheNextCase()
    {
        var starts = Path.GetTempFileName();
        try
        {
            // A server that never answers: each case times out, and the next case starts a new server.
            var server = $"echo s >> '{starts}'; while read -r l; do sleep 60; done";
            using (var impl = new JsonLinesImplementation(server, Short))
            {
                var first = impl.Run("/p/a.rho", "Nil", null);
                Assert.Equal(RunStatus.BudgetExhausted, first.Status);
                Assert.Equal("no response after 0.3 s; server restarted", first.Detail);
                Assert.Equal(RunStatus.BudgetExhausted, impl.Run("/p/b.rho", "Nil", null).Status);
                // The second server writes its start line on its own schedule: wait for it (a bounded wait, not a timing check).
                Assert.True(SpinWait.SpinUntil(() => File.ReadAllLines(starts).Length >= 2, TimeSpan.FromSeconds(10)), "the server was not restarted");
            }
        }
        finally
        {
            File.Delete(starts);
        }
    }

    [Fact]
    public void JsonLines_AServerThatEnds_IsACrash()
    {
        using var impl = new JsonLinesImplementation("read -r l", Long);
        var r = impl.Run("/p/a.rho", "Nil", null);
        Assert.Equal(RunStatus.Crashed, r.Status);
        Assert.Equal("the server ended without a response", r.Detail);
    }

    [Theory]
    [InlineData("""{"error":"bad request"}""", "the server refused the request: bad request")]
    [InlineData("""{"stdout":[]}""", """bad response line (no "exit"): {"stdout":[]}""")]
    [InlineData("[1]", "bad response line (not an object): [1]")]
    [InlineData("""{"stdout":[null],"exit":0}""", """bad response line (a null line): {"stdout":[null],"exit":0}""")]
    public void Read_ABadResponse_IsACrashThatSaysWhy(string line, string detail)
    {
        var r = JsonLinesImplementation.Read(line);
        Assert.Equal(RunStatus.Crashed, r.Status);
        Assert.Equal(detail, r.Detail);
    }

    [Fact]
    public void Read_MissingOutputArrays_AreEmpty()
    {
        var o = Assert.Single(JsonLinesImplementation.Read("""{"exit":0}""").Outcomes);
        Assert.Empty(o.Stdout);
        Assert.Empty(o.Stderr);
    }

    [Theory]
    [InlineData("", new string[0])]
    [InlineData("a", new[] { "a" })]
    [InlineData("a\r\nb\n", new[] { "a", "b" })]
    [InlineData("a\n\nb\n\n", new[] { "a", "", "b", "" })]
    public void Lines_SplitsOnLineBreaks_WithoutTheLastEmptyLine(string text, string[] lines) =>
        Assert.Equal(lines, JsonLinesImplementation.Lines(text));

    [Fact]
    public void Lines_OfNull_Throws() =>
        Assert.Throws<ArgumentNullException>(() => JsonLinesImplementation.Lines(null!));
}
