using System.CommandLine;
using Rho.Compiler;
using Rho.Machine;
using Rho.Semantics.Congruence;
using Rho.Semantics.Reduction;

namespace Rho.Cli;

internal static partial class RhoCommand
{
    /// <summary>
    /// <c>rho check FILE</c>: runs the machine under fifo, priority and K seeded random schedules on both primitive
    /// paths, on the code as compiled and optimized, and checks each outcome is one of the reducer's (<c>Law/soundness</c>); with <c>--exhaustive</c> also
    /// enumerates every schedule (<c>Mach/controlled</c>) and checks the two outcome sets are equal
    /// (<c>Law/adequacy</c>). Exit 0 on agreement, 4 on disagreement, 1 on a static error, 3 when a budget ran out.
    /// </summary>
    private static Command CheckCommand(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A Rholang source file (.rho), or a compiled file (.rhoc), which is verified." };
        var runs = new Option<int>("--runs") { Description = "Seeded random schedules per primitive path (besides fifo and priority).", DefaultValueFactory = _ => 10 };
        runs.Validators.Add(v =>
        {
            if (v.GetValueOrDefault<int>() < 0)
            {
                v.AddError("--runs must be at least 0.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "First seed of the random schedules (seeds S, S+1, …).", DefaultValueFactory = _ => 0 };
        var exhaustive = new Option<bool>("--exhaustive") { Description = "Also enumerate every schedule and require the same outcome set as the reducer." };
        var maxSteps = new Option<long>("--max-steps") { Description = "Step budget of each machine run (and of each schedule with --exhaustive).", DefaultValueFactory = _ => 1_000_000 };
        var maxStates = MaxStatesOption();
        var command = new Command("check", "Check the machine against the reducer: every machine outcome must be a reducer outcome.")
        {
            file, runs, seed, exhaustive, maxSteps, maxStates,
        };
        command.SetAction(r =>
        {
            var path = r.GetRequiredValue(file);
            return WithCompiled(path, stderr, compiled =>
            {
                var check = new MachineCheck(compiled, r.GetValue(maxSteps), r.GetValue(maxStates), stdout);
                return check.Run(path.ToString(), r.GetValue(runs), r.GetValue(seed), r.GetValue(exhaustive));
            });
        });
        return command;
    }

    /// <summary>One <c>rho check</c>: the oracle, the schedules, and the report.</summary>
    private sealed class MachineCheck(Rho.Compiler.Bytecode.CompiledProcess compiled, long maxSteps, int maxStates, TextWriter stdout)
    {
        private readonly List<string> _disagreements = [];
        private bool _exhausted;

        public int Run(string name, int runs, int seed, bool exhaustive)
        {
            var oracle = Explorer.Explore(Canon.Of(RhoCompiler.Decompile(compiled)), new ExploreOptions(MaxStates: maxStates));
            stdout.WriteLine($"{name}: reducer: {oracle.Outcomes.Count} outcome(s), {oracle.States.Count} states, {Verdicts.Name(oracle.Verdict)}");
            if (oracle.Verdict != Verdict.Complete)
            {
                stdout.WriteLine($"{name}: the reducer's exploration is {Verdicts.Name(oracle.Verdict)}: its outcome set is not exact, nothing is checked (raise --max-states)");
                return oracle.Verdict == Verdict.CutOff ? ExitCodes.BudgetExhausted : ExitCodes.InternalError;
            }
            var schedules = 0;
            foreach (var path in new[] { PrimitivePath.Channel, PrimitivePath.Direct })
            {
                var options = new List<MachineOptions> { new(SchedulerPolicy.Fifo, 0, path, maxSteps), new(SchedulerPolicy.Priority, 0, path, maxSteps) };
                options.AddRange(Enumerable.Range(seed, runs).Select(s => new MachineOptions(SchedulerPolicy.Random, s, path, maxSteps)));
                foreach (var o in options)
                {
                    // As compiled, and optimized as `rho run` runs it (Law/optimizer).
                    schedules += 2;
                    RunOne(compiled, o, oracle, string.Empty);
                    RunOne(RhoCompiler.Optimize(compiled), o, oracle, " (optimized)");
                }
            }
            if (exhaustive)
            {
                foreach (var path in new[] { PrimitivePath.Channel, PrimitivePath.Direct })
                {
                    Exhaustive(path, oracle);
                }
            }
            if (_disagreements.Count > 0)
            {
                stdout.WriteLine($"{name}: DISAGREEMENT: {_disagreements.Count} finding(s); the reducer's outcomes are:");
                foreach (var o in oracle.Outcomes)
                {
                    stdout.WriteLine($"  {Outcomes.Show(o)}");
                }
                return ExitCodes.Disagreement;
            }
            if (_exhausted)
            {
                stdout.WriteLine($"{name}: budget exhausted: some runs were not finished (raise --max-steps or --max-states); no disagreement found");
                return ExitCodes.BudgetExhausted;
            }
            stdout.WriteLine($"{name}: agreement: {schedules} schedule(s){(exhaustive ? " and the exhaustive outcome sets" : "")} agree with the reducer");
            return ExitCodes.Ok;
        }

        private void RunOne(Rho.Compiler.Bytecode.CompiledProcess code, MachineOptions o, Exploration oracle, string variant)
        {
            var label = $"{Label(o.Scheduler)}{(o.Scheduler == SchedulerPolicy.Random ? $" --seed {o.Seed}" : "")} --primitives {Label(o.Primitives)}{variant}";
            var result = RhoMachine.Run(code, o);
            if (result.BudgetExhausted)
            {
                _exhausted = true;
                stdout.WriteLine($"  {label}: budget exhausted after {result.Steps} steps");
                return;
            }
            var outcome = MachineOutcome.Of(result);
            if (Outcomes.IsReducerOutcome(outcome, oracle.Outcomes))
            {
                stdout.WriteLine($"  {label}: ok");
                return;
            }
            _disagreements.Add(label);
            stdout.WriteLine($"  {label}: NOT A REDUCER OUTCOME: {outcome}");
        }

        private void Exhaustive(PrimitivePath path, Exploration oracle)
        {
            var set = RhoMachine.Explore(compiled, new MachineExploreOptions(maxStates, maxSteps, path));
            var label = $"exhaustive --primitives {Label(path)}";
            stdout.WriteLine($"  {label}: {set.Outcomes.Count} outcome(s), {set.States} states, {set.Runs} runs, {Verdicts.Name(set.Verdict)}");
            foreach (var o in set.Outcomes.Where(o => !Outcomes.IsReducerOutcome(o, oracle.Outcomes)))
            {
                _disagreements.Add(label);
                stdout.WriteLine($"    machine only: {o}");
            }
            if (set.Verdict != Verdict.Complete)
            {
                _exhausted = true;
                stdout.WriteLine($"    the enumeration was cut off: missing reducer outcomes are not checked");
                return;
            }
            foreach (var o in oracle.Outcomes.Where(o => !Outcomes.IsMachineOutcome(o, set.Outcomes)))
            {
                _disagreements.Add(label);
                stdout.WriteLine($"    reducer only: {Outcomes.Show(o)}");
            }
        }

        private static string Label(SchedulerPolicy p) => p switch
        {
            SchedulerPolicy.Fifo => "fifo",
            SchedulerPolicy.Priority => "priority",
            _ => "random",
        };

        private static string Label(PrimitivePath p) => p == PrimitivePath.Channel ? "channel" : "direct";
    }
}
