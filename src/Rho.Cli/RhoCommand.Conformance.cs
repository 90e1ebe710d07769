using System.CommandLine;
using Rho.Cli.Conformance;
using Rho.Semantics.Conformance;

namespace Rho.Cli;

internal static partial class RhoCommand
{
    /// <summary>
    /// <c>rho conformance [--impl machine|reducer|"CMD"] [--impl-jsonl "CMD"] [--schedules N] [--filter TEXT] [--json FILE] [--junit FILE] [--tap] [--dir DIR]</c> and
    /// <c>rho conformance regen [--write]</c> (spec/conformance.md): runs the corpus against an
    /// implementation, prints progress and a summary by category and rule id, exits 1 on any failure.
    /// </summary>
    private static Command ConformanceCommand(TextWriter stdout, TextWriter stderr)
    {
        var impl = new Option<string>("--impl")
        {
            Description = "The implementation: 'machine' (the Rho machine, in process; the default), 'reducer' (the reference reducer), or a command run as 'CMD FILE' per case (the protocol of spec/conformance.md).",
            DefaultValueFactory = _ => "machine",
        };
        var filter = new Option<string?>("--filter") { Recursive = true, Description = "Run only cases whose id or one of whose rule ids contains this text." };
        var json = new Option<FileInfo?>("--json") { Description = "Write the results as JSON to this file." };
        var implJsonl = new Option<string?>("--impl-jsonl") { Description = "Start this command once and drive it in the JSON-lines mode of spec/conformance.md (e.g. 'rho serve-jsonl')." };
        var schedules = new Option<int>("--schedules")
        {
            Description = "With --impl machine: runs per case, FIFO then random schedules with seeds 1, 2, …; every run's outcome is checked.",
            DefaultValueFactory = _ => 1,
        };
        schedules.Validators.Add(v =>
        {
            if (v.GetValueOrDefault<int>() < 1)
            {
                v.AddError("--schedules must be at least 1.");
            }
        });
        var junit = new Option<FileInfo?>("--junit") { Description = "Write the results as JUnit XML to this file." };
        var tap = new Option<bool>("--tap") { Description = "Print the results in TAP (Test Anything Protocol) instead of the summary." };
        var dir = new Option<DirectoryInfo?>("--dir") { Recursive = true, Description = "The corpus folder (default: ./conformance)." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds before a run of --impl is killed (counted as budget exhausted).", DefaultValueFactory = _ => 10 };
        var noOracle = new Option<bool>("--no-oracle") { Description = "With --impl, do not check that each outcome is one of the reducer's." };
        var command = new Command("conformance", "Run the conformance corpus against an implementation (default: the Rho machine).")
        {
            impl, implJsonl, schedules, filter, json, junit, tap, dir, timeout, noOracle,
        };
        command.Subcommands.Add(RegenCommand(stdout, stderr, dir, filter));
        command.SetAction(r =>
        {
            var cases = LoadCorpus(r.GetValue(dir), stderr);
            if (cases is null)
            {
                return ExitCodes.ProgramError;
            }
            using var server = r.GetValue(implJsonl) is { Length: > 0 } jsonl
                ? new JsonLinesImplementation(jsonl, TimeSpan.FromSeconds(r.GetValue(timeout)))
                : null;
            var implementation = server is not null ? server : Implementation(r.GetValue(impl), TimeSpan.FromSeconds(r.GetValue(timeout)), r.GetValue(schedules));
            var asTap = r.GetValue(tap);
            var done = 0;
            var total = cases.Count(c => ConformanceRunner.Selected(c, r.GetValue(filter)));
            var report = ConformanceRunner.Run(cases, implementation, new RunnerOptions(r.GetValue(filter), !r.GetValue(noOracle)), result =>
            {
                done++;
                if (!asTap && (done % 25 == 0 || done == total || result.Verdict == CaseVerdict.Fail))
                {
                    stderr.WriteLine($"[{done}/{total}] {(result.Verdict == CaseVerdict.Fail ? "FAIL " : "")}{result.Case.Id}");
                }
            });
            stdout.Write(asTap ? report.Tap() : report.Summary());
            if (r.GetValue(json) is { } file)
            {
                File.WriteAllText(file.FullName, report.Json());
            }
            if (r.GetValue(junit) is { } xml)
            {
                File.WriteAllText(xml.FullName, report.JUnit());
            }
            return report.Failed == 0 ? ExitCodes.Ok : ExitCodes.ProgramError;
        });
        return command;
    }

    /// <summary>The implementation <c>--impl</c> names: <c>machine</c> (also when empty), <c>reducer</c>, or a command.</summary>
    private static IRhoImplementation Implementation(string? impl, TimeSpan timeout, int schedules = 1) => impl switch
    {
        null or "" or "machine" => MachineImplementation.WithSchedules(schedules),
        "reducer" => new ReducerImplementation(),
        var cmd => new CommandImplementation(cmd, timeout),
    };

    private static Command RegenCommand(TextWriter stdout, TextWriter stderr, Option<DirectoryInfo?> dir, Option<string?> filter)
    {
        var write = new Option<bool>("--write") { Description = "Overwrite the sidecars whose expectation differs (review the diff first)." };
        var command = new Command("regen", "Recompute every expectation with the reducer and show the differences; never writes without --write.") { write };
        command.SetAction(r =>
        {
            var cases = LoadCorpus(r.GetValue(dir), stderr);
            if (cases is null)
            {
                return ExitCodes.ProgramError;
            }
            var differ = 0;
            foreach (var c in cases.Where(c => ConformanceRunner.Selected(c, r.GetValue(filter))))
            {
                var result = Regen.Compute(c);
                if (!result.Differs)
                {
                    continue;
                }
                differ++;
                stdout.WriteLine($"{c.Id} ({c.AssertionKey}):");
                stdout.WriteLine($"- {result.Old}");
                stdout.WriteLine(result.Computed is null ? $"! {result.Note}" : $"+ {result.New}");
                if (r.GetValue(write) && result.Computed is not null)
                {
                    Regen.Write(result);
                }
            }
            stdout.WriteLine($"{differ} case(s) differ from the reducer{(r.GetValue(write) ? "; computed ones written" : "; nothing written (use --write)")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static List<ConformanceCase>? LoadCorpus(DirectoryInfo? dir, TextWriter stderr)
    {
        var root = dir?.FullName ?? Path.Combine(Environment.CurrentDirectory, "conformance");
        try
        {
            return ConformanceCase.LoadAll(root).ToList();
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{root}: error: {e.Message}");
            return null;
        }
    }
}
