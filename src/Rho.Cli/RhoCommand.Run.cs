using System.CommandLine;
using Rho.Compiler;
using Rho.Machine;
using Rho.Semantics.Conformance;

namespace Rho.Cli;

internal static partial class RhoCommand
{
    /// <summary>
    /// <c>rho run FILE</c>: runs a program (source, or a verified .rhoc) on the Rho machine, printing each stdout
    /// value as it happens and stderr values on stderr (spec/machine.md, <c>Sched/…</c>, <c>Prim/…</c>).
    /// Runtime errors are printed <c>FILE:LINE:COL: error: [kind] message</c> and exit 1, which the
    /// conformance command protocol reads as a completed run because the kind is a runtime kind.
    /// </summary>
    private static Command RunCommand(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A Rholang source file (.rho), or a compiled file (.rhoc), which is verified." };
        var scheduler = new Option<string>("--scheduler")
        {
            Description = "Scheduling policy: fifo, random (seeded) or priority (communications first, then the machine with the fewest steps).",
            DefaultValueFactory = _ => "fifo",
        };
        scheduler.AcceptOnlyFromAmong("fifo", "random", "priority");
        var seed = new Option<int>("--seed") { Description = "Seed of the random scheduler.", DefaultValueFactory = _ => 0 };
        var primitives = new Option<string>("--primitives")
        {
            Description = "How primitive operations run: channel (over the machine's private channel) or direct.",
            DefaultValueFactory = _ => "channel",
        };
        primitives.AcceptOnlyFromAmong("channel", "direct");
        var maxSteps = new Option<long>("--max-steps")
        {
            Description = "Step budget; when it runs out the run ends with 'budget exhausted' (exit 3).",
            DefaultValueFactory = _ => new MachineOptions().MaxSteps,
        };
        var threads = new Option<int>("--threads")
        {
            Description = "Worker threads (1 runs reproducibly on one thread).",
            DefaultValueFactory = _ => 1,
        };
        threads.Validators.Add(v =>
        {
            if (v.GetValueOrDefault<int>() < 1)
            {
                v.AddError("--threads must be at least 1.");
            }
        });
        var showState = new Option<bool>("--show-state") { Description = "Print the residual state at the end." };
        var residual = new Option<bool>("--residual") { Description = "Print 'residual: PROCESS' on stderr at the end (the conformance protocol's residual line)." };
        var noOptimize = new Option<bool>("--no-optimize") { Description = "Run the code as compiled, without the optimizer (Law/optimizer: same outcomes)." };
        var command = new Command("run", "Run a program on the Rho machine.")
        {
            file, scheduler, seed, threads, primitives, maxSteps, showState, residual, noOptimize,
        };
        command.SetAction(r => RunFile(
            r.GetRequiredValue(file),
            new MachineOptions(
                r.GetValue(scheduler) switch
                {
                    "random" => SchedulerPolicy.Random,
                    "priority" => SchedulerPolicy.Priority,
                    _ => SchedulerPolicy.Fifo,
                },
                r.GetValue(seed),
                r.GetValue(primitives) == "direct" ? PrimitivePath.Direct : PrimitivePath.Channel,
                r.GetValue(maxSteps),
                r.GetValue(threads)),
            stdout,
            stderr,
            r.GetValue(showState),
            r.GetValue(residual),
            !r.GetValue(noOptimize)));
        return command;
    }

    /// <summary>Runs one file on the machine as <c>rho run</c> does (optimized unless told not to), and returns its exit status.</summary>
    private static int RunFile(FileInfo path, MachineOptions options, TextWriter stdout, TextWriter stderr, bool showState, bool residual, bool optimize = true) =>
        WithCompiled(path, stderr, compiled =>
        {
            var result = RhoMachine.Run(optimize ? RhoCompiler.Optimize(compiled) : compiled, options, o => (o.Stream == Rho.Semantics.Reduction.Stream.Stdout ? stdout : stderr).WriteLine(o.Text));
            foreach (var e in result.Errors)
            {
                stderr.WriteLine(ErrorLine(e, path.ToString()));
            }
            if (showState)
            {
                var left = result.UnreadableMachines > 0 ? $" (and {result.UnreadableMachines} machine(s) stopped after acting, not shown)" : "";
                stdout.WriteLine(result.BudgetExhausted ? $"state (budget exhausted): {result.ResidualText}{left}" : $"state: {result.ResidualText}");
            }
            if (residual && !result.BudgetExhausted)
            {
                stderr.WriteLine($"residual: {Protocol.OneLine(result.ResidualText)}");
            }
            if (result.BudgetExhausted)
            {
                stderr.WriteLine($"{path}: budget exhausted after {result.Steps} steps");
                return ExitCodes.BudgetExhausted;
            }
            return result.Errors.Count > 0 ? ExitCodes.RuntimeError : ExitCodes.Ok;
        });
}
