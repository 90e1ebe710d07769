using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rho.Semantics.Conformance;

/// <summary>
/// An implementation driven in the persistent JSON-lines mode (spec/conformance.md, "JSON-lines
/// mode"): one process, started once by <c>/bin/sh -c CMD</c>, answers one request line
/// <c>{"file": PATH}</c> with one response line <c>{"stdout": [...], "stderr": [...], "exit": N}</c>,
/// read as the command protocol reads a run. A process that dies, answers garbage or exceeds the
/// timeout is restarted for the next case; the case counts as crashed (or budget exhausted on a timeout).
/// </summary>
/// <param name="command">The server command line.</param>
/// <param name="timeout">How long one response may take.</param>
public sealed class JsonLinesImplementation(string command, TimeSpan timeout) : IRhoImplementation, IDisposable
{
    private Process? _process;

    /// <inheritdoc/>
    public string Name => command + " (json lines)";

    /// <inheritdoc/>
    public bool IsExhaustive => false;

    /// <inheritdoc/>
    public RunResult Run(string path, string source, int? maxStates)
    {
        var process = _process ??= Start();
        var request = new JsonObject { ["file"] = path };
        if (maxStates is { } m)
        {
            request["maxStates"] = m;
        }
        string? line;
        try
        {
            process.StandardInput.WriteLine(request.ToJsonString());
            // Stryker disable once Statement : a process's StandardInput is AutoFlush, so WriteLine has already sent the request; the flush only says so
            process.StandardInput.Flush();
            var read = process.StandardOutput.ReadLineAsync();
            if (!read.Wait(timeout))
            {
                Stop();
                return new RunResult(RunStatus.BudgetExhausted, [], null, $"no response after {timeout.TotalSeconds} s; server restarted");
            }
            line = read.Result;
        }
        catch (IOException e)
        {
            Stop();
            return new RunResult(RunStatus.Crashed, [], null, $"the server's pipe broke: {e.Message}");
        }
        if (line is null)
        {
            Stop();
            return new RunResult(RunStatus.Crashed, [], null, "the server ended without a response");
        }
        return Read(line);
    }

    /// <summary>Reads one response line by the protocol.</summary>
    internal static RunResult Read(string line)
    {
        try
        {
            var json = JsonNode.Parse(line) as JsonObject ?? throw new FormatException("not an object");
            if (json["error"] is { } error)
            {
                return new RunResult(RunStatus.Crashed, [], null, $"the server refused the request: {error}");
            }
            var exit = json["exit"]?.GetValue<int>() ?? throw new FormatException("no \"exit\"");
            return CommandImplementation.Interpret(exit, Strings(json["stdout"]), Strings(json["stderr"]));
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return new RunResult(RunStatus.Crashed, [], null, $"bad response line ({e.Message}): {line}");
        }
    }

    /// <summary>The lines of a text, without a last empty line.</summary>
    public static IReadOnlyList<string> Lines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        // Split always returns at least one element.
        if (lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }
        return lines;
    }

    /// <summary>Ends the server process.</summary>
    public void Dispose() => Stop();

    private static List<string> Strings(JsonNode? node) =>
        node?.AsArray().Select(x => x?.GetValue<string>() ?? throw new FormatException("a null line")).ToList() ?? [];

    private Process Start()
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        // Stryker disable once String : unreachable guard (Process.Start with UseShellExecute false returns the started process or throws, a Win32Exception when /bin/sh cannot run); its text is diagnostic
        return Process.Start(start) ?? throw new InvalidOperationException($"cannot start {command}");
    }

    private void Stop()
    {
        if (_process is { } p)
        {
            _process = null;
            try
            {
                if (!p.HasExited)
                {
                    p.Kill(entireProcessTree: true);
                    // Stryker disable once Statement : Kill has sent SIGKILL to the whole tree before it returns; waiting only reaps the killed server, so nothing observable changes and only a race (the server seen for a moment as a zombie) could tell
                    p.WaitForExit();
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
            // Stryker disable once Statement : the process has ended (killed and waited for above) and nothing reads p again; Dispose only releases its handles sooner than the finalizer
            p.Dispose();
        }
    }
}
