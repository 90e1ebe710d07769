using Rho.Cli.Conformance;
using Rho.Machine;
using Rho.Semantics.Conformance;

namespace Rho.Cli.Tests.Conformance;

/// <summary>
/// A deliberately wrong adapter: the Rho machine, in process, with one corruption applied to what
/// it reports. The conformance runner must catch every one of them.
/// </summary>
internal sealed class WrongAdapter(string name, Func<RunResult, RunResult> corrupt) : IRhoImplementation
{
    private readonly MachineImplementation _machine = new(new MachineOptions());

    public string Name => name;

    public bool IsExhaustive => false;

    public RunResult Run(string path, string source, int? maxStates) => corrupt(_machine.Run(path, source, maxStates));

    /// <summary>Applies <paramref name="f"/> to every outcome.</summary>
    public static WrongAdapter Outcomes(string name, Func<ObservedOutcome, ObservedOutcome> f) =>
        new(name, r => r with { Outcomes = r.Outcomes.Select(f).ToList() });

    /// <summary>Prints the values in the opposite order.</summary>
    public static WrongAdapter Reordered() => Outcomes("reordered", o => o with { Stdout = o.Stdout.Reverse().ToList() });

    /// <summary>Drops every runtime error and reports a clean run.</summary>
    public static WrongAdapter SwallowsErrors() => Outcomes("swallows errors", o => o with { Errors = [] });

    /// <summary>Prints the last value wrongly: a string without its quotes.</summary>
    public static WrongAdapter OneValueWrong() =>
        Outcomes("one value wrong", o => o with { Stdout = [.. o.Stdout.SkipLast(1), .. o.Stdout.TakeLast(1).Select(l => l.Trim('"'))] });

    /// <summary>Reports a static rejection where the program runs.</summary>
    public static WrongAdapter RejectsEverything() =>
        new("rejects everything", _ => new RunResult(RunStatus.Rejected, [], new ReportedError("syntax", "nope", 1, 1), null));

    /// <summary>Reports no residual process at all, and a wrong one where there is one.</summary>
    public static WrongAdapter WrongResidual() => Outcomes("wrong residual", o => o with { Residual = o.Residual is null ? null : "Nil" });
}
