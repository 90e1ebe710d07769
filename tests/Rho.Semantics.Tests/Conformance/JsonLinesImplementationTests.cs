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

    private const string Five = """{"stdout":["5"],"stderr":[],"exit":0}""";

    /// <summary>
    /// A server whose stdin is closed breaks the pipe on the next request: the case is a crash that
    /// says so, the server is stopped, and a new one serves the case after.
    /// </summary>
    [Fact]
    public void Server_WhosePipeBreaks_IsACrashAndIsRestartedForTheNextCase()
    {
        var dir = Directory.CreateTempSubdirectory("rhospec-jsonl").FullName;
        try
        {
            var started = Path.Combine(dir, "started");
            // The first server answers once, then closes its stdin and lingers; later ones answer every request.
            var server = $"if [ -e '{started}' ]; then while read -r l; do echo '{Five}'; done; "
                + $"else touch '{started}'; read -r l; exec 0<&-; echo '{Five}'; sleep 30; fi";
            using var impl = new JsonLinesImplementation(server, TimeSpan.FromSeconds(20));
            Assert.Equal(RunStatus.Completed, impl.Run("a.rho", "Nil", null).Status);
            var broken = impl.Run("b.rho", "Nil", null);
            Assert.Equal(RunStatus.Crashed, broken.Status);
            Assert.StartsWith("the server's pipe broke: ", broken.Detail, StringComparison.Ordinal);
            Assert.Equal(["5"], Assert.Single(impl.Run("c.rho", "Nil", null).Outcomes).Stdout);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    /// <summary>The server's own stderr is not read (spec/conformance.md, "JSON-lines mode"): it is the runner's stderr.</summary>
    [Fact]
    public void Server_WritesItsOwnStderrToTheRunnersStderr()
    {
        var server = "while read -r l; do if [ \"$(readlink /proc/$$/fd/2)\" = \"$(readlink /proc/$PPID/fd/2)\" ]; "
            + "then echo '{\"stdout\":[\"shared\"],\"stderr\":[],\"exit\":0}'; else echo '{\"stdout\":[\"own\"],\"stderr\":[],\"exit\":0}'; fi; done";
        using var impl = new JsonLinesImplementation(server, TimeSpan.FromSeconds(20));
        Assert.Equal(["shared"], Assert.Single(impl.Run("a.rho", "Nil", null).Outcomes).Stdout);
    }

    /// <summary>Disposing the implementation kills the server with everything it started, and reaps it.</summary>
    [Fact]
    public void Dispose_KillsTheServersWholeTree()
    {
        var dir = Directory.CreateTempSubdirectory("rhospec-jsonl").FullName;
        try
        {
            string F(string name) => Path.Combine(dir, name);
            var server = $"echo $$ > '{F("sh")}'; sleep 30 & echo $! > '{F("child")}'; while read -r l; do echo '{Five}'; done";
            var impl = new JsonLinesImplementation(server, TimeSpan.FromSeconds(20));
            Assert.Equal(RunStatus.Completed, impl.Run("a.rho", "Nil", null).Status);
            impl.Dispose();
            Assert.True(ProcessTree.Reaped(ProcessTree.PidIn(F("sh"))), "the server is not reaped when Dispose returns");
            Assert.True(ProcessTree.EndsSoon(ProcessTree.PidIn(F("child"))), "the server's child survived the kill");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}

