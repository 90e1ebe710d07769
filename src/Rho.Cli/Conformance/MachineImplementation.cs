using Rho.Compiler;
using Rho.Compiler.Bytecode;
using Rho.Machine;
using Rho.Semantics;
using Rho.Semantics.Conformance;
using Rho.Semantics.Errors;

namespace Rho.Cli.Conformance;

/// <summary>
/// The Rho machine (spec/machine.md) as an implementation under test, run in process: the
/// program is compiled (<c>Rholang.Compile</c>, <c>RhoCompiler.Compile</c>) and run by
/// <see cref="RhoMachine.Run"/> once per schedule, each run giving one outcome. The default
/// implementation of <c>rho conformance</c> and <c>rho fuzz</c>. A case's state budget N becomes a
/// step budget of <see cref="StepsPerState"/>·N.
/// </summary>
/// <param name="schedules">The machine options of each run (scheduler, seed, primitive path); the step budget is set per case.</param>
internal sealed class MachineImplementation(params MachineOptions[] schedules) : IRhoImplementation
{
    /// <summary>The FIFO schedule, then <paramref name="count"/> − 1 random schedules with seeds 1, 2, ….</summary>
    public static MachineImplementation WithSchedules(int count) =>
        new([new MachineOptions(), .. Enumerable.Range(1, Math.Max(0, count - 1)).Select(s => new MachineOptions(SchedulerPolicy.Random, s))]);

    /// <summary>Machine steps allowed per reducer state when a case sets a state budget.</summary>
    public const int StepsPerState = 1000;

    /// <inheritdoc/>
    public string Name => schedules.Length == 1 ? "machine" : $"machine ({schedules.Length} schedules)";

    /// <inheritdoc/>
    public bool IsExhaustive => false;

    /// <inheritdoc/>
    public RunResult Run(string path, string source, int? maxStates)
    {
        CompiledProcess compiled;
        try
        {
            compiled = RhoCompiler.Compile(Rholang.Compile(source));
        }
        catch (RhoException e) when (e.Error.Class is ErrorClass.Malformed or ErrorClass.Invalid)
        {
            return new RunResult(RunStatus.Rejected, [], Report(e.Error), null);
        }
        var outcomes = new List<ObservedOutcome>();
        foreach (var options in schedules)
        {
            var o = maxStates is { } m ? options with { MaxSteps = (long)m * StepsPerState } : options;
            var result = RhoMachine.Run(compiled, o);
            if (result.BudgetExhausted)
            {
                return new RunResult(RunStatus.BudgetExhausted, outcomes, null, $"after {result.Steps} steps ({o.Scheduler}, seed {o.Seed})");
            }
            outcomes.Add(new ObservedOutcome(
                result.Stdout.Items, result.Stderr.Items, result.Errors.Items.Select(Report).ToList(), result.ResidualText));
        }
        return new RunResult(RunStatus.Completed, outcomes, null, null);
    }

    private static ReportedError Report(RhoError e) => new(e.Kind, e.Message, e.Pos.Line, e.Pos.Col);
}
