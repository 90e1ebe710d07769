using Rho.Semantics.Conformance;

namespace Rho.Semantics.Tests.Conformance;

public class JsonLinesImplementationTests
{
    private static ConformanceCase Case(string id) => ConformanceCorpus.All.Single(c => c.Id == id);

    [Fact]
    public void Read_Response_IsInterpretedAsTheCommandProtocolReadsARun()
    {
        var r = JsonLinesImplementation.Read("""{"stdout":["2"],"stderr":["f.rho:1:3: error: [div-zero] / by zero","residual: Nil"],"exit":1}""");
        Assert.Equal(RunStatus.Completed, r.Status);
        var o = Assert.Single(r.Outcomes);
        Assert.Equal(["2"], o.Stdout);
        Assert.Equal("Nil", o.Residual);
        Assert.Equal(new ReportedError("div-zero", "/ by zero", 1, 3), Assert.Single(o.Errors));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"stdout":[]}""")]
    [InlineData("""{"error":"bad request"}""")]
    public void Read_BadResponse_IsACrashThatQuotesIt(string line)
    {
        var r = JsonLinesImplementation.Read(line);
        Assert.Equal(RunStatus.Crashed, r.Status);
        Assert.NotNull(r.Detail);
    }

    [Fact]
    [Trait("Rule", "Op/add")]
    public void Server_AnsweringEveryRequest_IsStartedOnceAndChecked()
    {
        // A shell server that answers "5" to every request, and counts its own starts in a file.
        var starts = Path.GetTempFileName();
        var server = $"echo started >> '{starts}'; while read -r l; do echo '{{\"stdout\":[\"5\"],\"stderr\":[],\"exit\":0}}'; done";
        using var impl = new JsonLinesImplementation(server, TimeSpan.FromSeconds(20));
        var report = ConformanceRunner.Run([Case("operators/add-int"), Case("operators/div-zero")], impl);
        Assert.Equal(CaseVerdict.Pass, report.Results[0].Verdict);
        Assert.Equal(CaseVerdict.Fail, report.Results[1].Verdict);
        Assert.Contains("expected a runtime error div-zero", report.Results[1].Message, StringComparison.Ordinal);
        impl.Dispose();
        Assert.Single(File.ReadAllLines(starts));
        File.Delete(starts);
    }

    [Fact]
    public void Server_ThatDies_IsACrashAndIsRestartedForTheNextCase()
    {
        using var impl = new JsonLinesImplementation("read -r l; exit 5", TimeSpan.FromSeconds(20));
        var report = ConformanceRunner.Run([Case("operators/add-int"), Case("operators/add-int")], impl);
        Assert.All(report.Results, r => Assert.Contains("the server ended without a response", r.Message, StringComparison.Ordinal));
    }
}
