using System.Text.Json;

namespace Rho.Cli.Tests.Conformance;

/// <summary><c>rho serve-jsonl</c>: one response line per request line, as <c>rho run --residual</c> would run the file.</summary>
public sealed class ServeJsonlTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rho-jsonl-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    [Trait("Rule", "Error/div-zero")]
    public void ServeJsonl_AnswersEachRequest_AndBadRequestsWithAnError()
    {
        var path = Path.Combine(_dir, "p.rho");
        File.WriteAllText(path, "new o(`rho:io:stdout`) in { o!(1 / 0) | o!(2) }");
        using var stdin = new StringReader($"{{\"file\": {JsonSerializer.Serialize(path)}}}\n\nnot json\n{{\"nofile\": 1}}\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        Assert.Equal(0, RhoCommand.Run(["serve-jsonl"], stdout, stderr, stdin));
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(1, first.RootElement.GetProperty("exit").GetInt32());
        Assert.Equal("2", first.RootElement.GetProperty("stdout")[0].GetString());
        var err = first.RootElement.GetProperty("stderr").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains(err, l => l!.EndsWith(":1:32: error: [div-zero] / by zero", StringComparison.Ordinal));
        Assert.Contains("residual: Nil", err);
        Assert.Contains("\"error\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("no \\u0022file\\u0022", lines[2], StringComparison.Ordinal);
    }
}
