using Rho.Compiler;
using Rho.Compiler.Bytecode;
using Rho.Machine;
using Rho.Semantics;
using Rho.Semantics.Conformance;
using Rho.Semantics.Errors;

namespace Rho.Cli.Conformance;

/// <summary>
/// The Rho machine (spec/machine.md) as an implementation under test, run in process: the
/// program is compiled (<c>Rholang.Compile</c>, <c>RhoCompiler.Compile</c>) and run once by
/// <see cref="RhoMachine.Run"/>. The default implementation of <c>rho conformance</c>.
/// A case's state budget N becomes a step budget of <see cref="StepsPerState"/>·N.
/// </summary>
/// <param name="options">The machine options (scheduler, seed, primitive path); the step budget is set per case.</param>
internal sealed class MachineImplementation(MachineOptions options) : IRhoImplementation
{
    /// <summary>Machine steps allowed per reducer state when a case sets a state budget.</summary>
    public const int StepsPerState = 1000;

    /// <inheritdoc/>
    public string Name => options.Scheduler == SchedulerPolicy.Fifo ? "machine" : $"machine (random, seed {options.Seed})";

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
        var o = maxStates is { } m ? options with { MaxSteps = (long)m * StepsPerState } : options;
        var result = RhoMachine.Run(compiled, o);
        var outcome = new ObservedOutcome(
            result.Stdout.Items, result.Stderr.Items, result.Errors.Items.Select(Report).ToList(),
            result.BudgetExhausted ? null : result.ResidualText);
        return new RunResult(result.BudgetExhausted ? RunStatus.BudgetExhausted : RunStatus.Completed, [outcome], null, null);
    }

    private static ReportedError Report(RhoError e) => new(e.Kind, e.Message, e.Pos.Line, e.Pos.Col);
}
