using System.CommandLine;
using Rho.Compiler;
using Rho.Machine;

namespace Rho.Cli;

internal static partial class RhoCommand
{
    /// <summary>
    /// <c>rho run FILE</c>: runs a program (source, or a verified .rhoc) on the Rho machine, printing each stdout
    /// value as it happens and stderr values on stderr (spec/machine.md, <c>Sched/…</c>, <c>Prim/…</c>).
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
        var noOptimize = new Option<bool>("--no-optimize") { Description = "Run the code as compiled, without the optimizer (Law/optimizer: same outcomes)." };
        var command = new Command("run", "Run a program on the Rho machine.")
        {
            file, scheduler, seed, threads, primitives, maxSteps, showState, noOptimize,
        };
        command.SetAction(r =>
        {
            var path = r.GetRequiredValue(file);
            return WithCompiled(path, stderr, compiled =>
            {
                var options = new MachineOptions(
                    r.GetValue(scheduler) switch
                    {
                        "random" => SchedulerPolicy.Random,
                        "priority" => SchedulerPolicy.Priority,
                        _ => SchedulerPolicy.Fifo,
                    },
                    r.GetValue(seed),
                    r.GetValue(primitives) == "direct" ? PrimitivePath.Direct : PrimitivePath.Channel,
                    r.GetValue(maxSteps),
                    r.GetValue(threads));
                var code = r.GetValue(noOptimize) ? compiled : RhoCompiler.Optimize(compiled);
                var result = RhoMachine.Run(code, options, o => (o.Stream == Rho.Semantics.Reduction.Stream.Stdout ? stdout : stderr).WriteLine(o.Text));
                foreach (var e in result.Errors)
                {
                    stderr.WriteLine(e.Format(path.ToString()));
                }
                if (r.GetValue(showState))
                {
                    stdout.WriteLine(result.BudgetExhausted ? "state: (budget exhausted)" : $"state: {result.ResidualText}");
                }
                if (result.BudgetExhausted)
                {
                    stderr.WriteLine($"{path}: budget exhausted after {result.Steps} steps");
                    return ExitCodes.BudgetExhausted;
                }
                return result.Errors.Count > 0 ? ExitCodes.RuntimeError : ExitCodes.Ok;
            });
        });
        return command;
    }
}
