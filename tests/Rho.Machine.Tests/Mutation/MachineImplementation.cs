using Rho.Compiler;
using Rho.Semantics;
using Rho.Semantics.Conformance;
using Rho.Semantics.Errors;

namespace Rho.Machine.Tests.Mutation;

/// <summary>
/// The machine as a conformance implementation, in process: compile, <see cref="RhoMachine.Run"/> under
/// <paramref name="options"/>, and report the run's one outcome as the command protocol would
/// (spec/conformance.md). A case's state budget becomes a step budget of 20 steps per state.
/// </summary>
internal sealed class MachineImplementation(MachineOptions options) : IRhoImplementation
{
    public string Name => $"machine ({options.Scheduler}, seed {options.Seed}, {options.Primitives})";

    public bool IsExhaustive => false;

    public RunResult Run(string path, string source, int? maxStates)
    {
        MachineResult r;
        try
        {
            var program = RhoCompiler.Compile(Rholang.Compile(source));
            r = RhoMachine.Run(program, options with { MaxSteps = maxStates is { } n ? 20L * n : options.MaxSteps });
        }
        catch (RhoException e) when (e.Error.Class is ErrorClass.Malformed or ErrorClass.Invalid)
        {
            return new RunResult(RunStatus.Rejected, [], Report(e.Error), null);
        }
        if (r.BudgetExhausted)
        {
            return new RunResult(RunStatus.BudgetExhausted, [], null, null);
        }
        var outcome = new ObservedOutcome(r.Stdout.Items, r.Stderr.Items, [.. r.Errors.Select(Report)], r.ResidualText);
        return new RunResult(RunStatus.Completed, [outcome], null, null);
    }

    private static ReportedError Report(RhoError e) => new(e.Kind, e.Message, e.Pos.Line, e.Pos.Col);
}
