using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Rho.Semantics.Conformance;

/// <summary>
/// Any implementation driven as a command (spec/conformance.md, "The command protocol"): the
/// runner runs <c>CMD FILE</c> through <c>/bin/sh</c>, reads stdout lines as printed values,
/// stderr lines as errors, the residual or program stderr, and the exit status as the run's end.
/// </summary>
/// <param name="command">The command line; the case file's path is appended as one more argument.</param>
/// <param name="timeout">How long a run may take before it is killed and counted as budget exhausted.</param>
public sealed partial class CommandImplementation(string command, TimeSpan timeout) : IRhoImplementation
{
    /// <inheritdoc/>
    public string Name => command;

    /// <inheritdoc/>
    public bool IsExhaustive => false;

    /// <inheritdoc/>
    public RunResult Run(string path, string source, int? maxStates)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command + " \"$1\"");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(path);
        if (maxStates is { } m)
        {
            start.Environment["RHO_MAX_STATES"] = m.ToString(CultureInfo.InvariantCulture);
        }
        // Stryker disable once String : unreachable guard (Process.Start with UseShellExecute false returns the started process or throws, a Win32Exception when /bin/sh cannot run); its text is diagnostic
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {command}");
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        var stderrTask = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            // Stryker disable once Statement : Kill has sent SIGKILL to the whole tree before it returns; waiting only reaps the killed shell, so the result is the same and only a race (the shell seen for a moment as a zombie) could tell
            process.WaitForExit();
            return new RunResult(RunStatus.BudgetExhausted, [], null, $"killed after {timeout.TotalSeconds} s");
        }
        return Interpret(process.ExitCode, JsonLinesImplementation.Lines(stdoutTask.Result), JsonLinesImplementation.Lines(stderrTask.Result));
    }

    /// <summary>
    /// Reads one run's exit status and output lines by the protocol: 0 or 4 completed; 1 completed
    /// with runtime errors when the first error line names a runtime kind (<see cref="Protocol"/>),
    /// otherwise rejected; 3 budget exhausted; anything else crashed.
    /// </summary>
    internal static RunResult Interpret(int exitCode, IReadOnlyList<string> stdout, IReadOnlyList<string> stderr)
    {
        var errors = new List<ReportedError>();
        var printed = new List<string>();
        string? residual = null;
        foreach (var line in stderr)
        {
            if (ErrorLine().Match(line) is { Success: true } e)
            {
                var message = e.Groups["msg"].Value;
                string? kind = null;
                if (KindPrefix().Match(message) is { Success: true } k)
                {
                    kind = k.Groups["kind"].Value;
                    message = message[k.Length..];
                }
                var lineNo = e.Groups["line"].Success ? int.Parse(e.Groups["line"].Value, CultureInfo.InvariantCulture) : 0;
                var col = e.Groups["col"].Success ? int.Parse(e.Groups["col"].Value, CultureInfo.InvariantCulture) : 0;
                errors.Add(new ReportedError(kind, message, lineNo, col));
            }
            else if (line.StartsWith("residual: ", StringComparison.Ordinal))
            {
                residual = line["residual: ".Length..];
            }
            else
            {
                printed.Add(line);
            }
        }
        var outcome = new ObservedOutcome(stdout, printed, errors, residual);
        return exitCode switch
        {
            0 or 4 => new RunResult(RunStatus.Completed, [outcome], null, null),
            1 when Protocol.IsRuntime(errors.FirstOrDefault()?.Kind) => new RunResult(RunStatus.Completed, [outcome], null, null),
            1 => new RunResult(RunStatus.Rejected, [], errors.FirstOrDefault() ?? new ReportedError(null, "(no error line on stderr)", 0, 0), null),
            3 => new RunResult(RunStatus.BudgetExhausted, [outcome], null, null),
            _ => new RunResult(RunStatus.Crashed, [outcome], null, $"exit status {exitCode}: {string.Join(" / ", stderr.Take(3))}"),
        };
    }

    /// <summary><c>error: MSG</c> or <c>FILE:LINE:COL: error: MSG</c> (or <c>FILE: error: MSG</c>).</summary>
    [GeneratedRegex(@"^(?:(?:.*?):(?<line>\d+):(?<col>\d+): |(?:[^:]*): )?error: (?<msg>.*)$")]
    private static partial Regex ErrorLine();

    /// <summary>An optional <c>[kind] </c> before the message.</summary>
    [GeneratedRegex(@"^\[(?<kind>[a-z\-]+)\] ")]
    private static partial Regex KindPrefix();
}
