using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Rho.Cli.Conformance;
using Rho.Machine;
using Rho.Semantics.Conformance;

namespace Rho.Cli;

internal static partial class RhoCommand
{
    /// <summary>
    /// <c>rho serve-jsonl</c>: the server side of the persistent JSON-lines mode of the conformance
    /// protocol (spec/conformance.md, "JSON-lines mode"). Reads one request <c>{"file": PATH}</c>
    /// per line of stdin (optionally <c>"maxStates": N</c>, a step budget of 1000·N), runs the file as <c>rho run --residual</c>
    /// would, and writes one response <c>{"stdout": [...], "stderr": [...], "exit": N}</c> per line.
    /// A request that is not valid JSON gets <c>{"error": MESSAGE}</c>. Ends at the end of stdin, exit 0.
    /// </summary>
    private static Command ServeJsonlCommand(TextReader stdin, TextWriter stdout)
    {
        var command = new Command("serve-jsonl", "Serve runs of the machine over JSON lines on stdin/stdout (the conformance protocol's persistent mode).");
        command.SetAction(_ =>
        {
            while (stdin.ReadLine() is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }
                stdout.WriteLine(Serve(line));
                stdout.Flush();
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>One request line to one response line.</summary>
    internal static string Serve(string request)
    {
        string? path;
        long maxSteps;
        try
        {
            var json = JsonNode.Parse(request) as JsonObject;
            path = json?["file"]?.GetValue<string>();
            maxSteps = json?["maxStates"]?.GetValue<long>() * MachineImplementation.StepsPerState ?? new MachineOptions().MaxSteps;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return new JsonObject { ["error"] = $"bad request: {e.Message}" }.ToJsonString();
        }
        if (path is null)
        {
            return new JsonObject { ["error"] = "bad request: no \"file\"" }.ToJsonString();
        }
        using var outText = new StringWriter();
        using var errText = new StringWriter();
        var exit = RunFile(new FileInfo(path), new MachineOptions(MaxSteps: maxSteps), outText, errText, showState: false, residual: true);
        return new JsonObject
        {
            ["stdout"] = Array(outText.ToString()),
            ["stderr"] = Array(errText.ToString()),
            ["exit"] = exit,
        }.ToJsonString();
    }

    private static JsonArray Array(string text) =>
        new(JsonLinesImplementation.Lines(text).Select(l => (JsonNode)JsonValue.Create(l)!).ToArray());
}
