using System.CommandLine;
using Rho.Semantics.Conformance;
using Rho.Semantics.Fuzz;

namespace Rho.Cli;

internal static partial class RhoCommand
{
    /// <summary>
    /// <c>rho fuzz [--impl machine|reducer|"CMD"] [--impl-jsonl "CMD"] [--schedules N] [--count N] [--seed S] [--choices N] [--out DIR]</c>
    /// (spec/conformance.md, "Fuzzing"): generates closed terminating programs and checks that the
    /// implementation's outcome is one of the reducer's; on a mismatch, shrinks the program and writes
    /// it with its expectation and reduction graph to DIR. Exits 0 when nothing is found, 1 on a mismatch.
    /// </summary>
    private static Command FuzzCommand(TextWriter stdout, TextWriter stderr)
    {
        var impl = new Option<string>("--impl") { Description = "The implementation: machine (default), reducer, or a command run as 'CMD FILE'.", DefaultValueFactory = _ => "machine" };
        var implJsonl = new Option<string?>("--impl-jsonl") { Description = "A JSON-lines server command (spec/conformance.md), e.g. 'rho serve-jsonl'." };
        var count = new Option<int>("--count") { Description = "How many programs to generate.", DefaultValueFactory = _ => 100 };
        var seed = new Option<int>("--seed") { Description = "The seed of the first program (program i uses seed+i).", DefaultValueFactory = _ => 1 };
        var choices = new Option<int>("--choices") { Description = "Random choices per program (its size grows with them).", DefaultValueFactory = _ => 40 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write the shrunk program, its .json expectation and .dot graph.", DefaultValueFactory = _ => new DirectoryInfo("fuzz-out") };
        var schedules = new Option<int>("--schedules") { Description = "With --impl machine: runs per program, FIFO then random schedules with seeds 1, 2, ….", DefaultValueFactory = _ => 1 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds before a run of a command is killed.", DefaultValueFactory = _ => 10 };
        foreach (var o in new[] { count, choices, schedules })
        {
            o.Validators.Add(v =>
            {
                if (v.GetValueOrDefault<int>() < 1)
                {
                    v.AddError($"{o.Name} must be at least 1.");
                }
            });
        }
        var command = new Command("fuzz", "Differential fuzzing: generated programs, each implementation outcome checked against the reducer's outcome set.")
        {
            impl, implJsonl, schedules, count, seed, choices, output, timeout,
        };
        command.SetAction(r =>
        {
            var limit = TimeSpan.FromSeconds(r.GetValue(timeout));
            using var server = r.GetValue(implJsonl) is { Length: > 0 } jsonl ? new JsonLinesImplementation(jsonl, limit) : null;
            var implementation = server is not null ? server : Implementation(r.GetValue(impl), limit, r.GetValue(schedules));
            var options = new FuzzOptions(r.GetValue(count), r.GetValue(seed), r.GetValue(choices));
            var report = Fuzzer.Run(implementation, options, n =>
            {
                if (n % 25 == 0)
                {
                    stderr.WriteLine($"[{n}/{options.Count}]");
                }
            });
            if (report.Mismatch is not { } m)
            {
                stdout.WriteLine($"{implementation.Name}: {report.Generated} programs, {report.Checked} checked against the reducer, no mismatch (seeds {options.Seed}..{options.Seed + options.Count - 1})");
                return ExitCodes.Ok;
            }
            var files = FuzzArtifacts.Write(m, r.GetValue(output)!.FullName);
            stdout.WriteLine($"{implementation.Name}: mismatch on program {report.Generated} (seed {m.Seed}), shrunk from {m.Original.Length} to {m.Source.Length} characters:");
            stdout.WriteLine(m.Source);
            stdout.WriteLine($"problem: {m.Problem}");
            foreach (var line in MismatchReport.Reducer(m.Source, null))
            {
                stdout.WriteLine(line);
            }
            stdout.WriteLine($"written: {string.Join(", ", files)}");
            return ExitCodes.ProgramError;
        });
        return command;
    }
}
