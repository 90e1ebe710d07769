using System.Diagnostics;
using Rho.Compiler;
using Rho.Compiler.Bytecode;
using Rho.Semantics;

namespace Rho.Machine.Workloads;

/// <summary>One measured run of a workload.</summary>
/// <param name="Workload">The workload's name.</param>
/// <param name="Elapsed">Wall-clock time from the start of <see cref="RhoMachine.Run"/> to the program's printed line (its last act).</param>
/// <param name="Total">Wall-clock time of the whole <see cref="RhoMachine.Run"/>, the readback of the residual included.</param>
/// <param name="Cpu">Processor time of the whole process during the run (all threads; readback included).</param>
/// <param name="Units">The units of work performed.</param>
/// <param name="Steps">The machine's steps (instructions and communications).</param>
/// <param name="AllocatedBytes">Bytes allocated by every thread during the run.</param>
/// <param name="LiveBytes">With <c>measureLive</c>: live heap growth when the program printed its line, after a full collection.</param>
public sealed record Measurement(string Workload, TimeSpan Elapsed, TimeSpan Total, TimeSpan Cpu, long Units, long Steps, long AllocatedBytes, long? LiveBytes)
{
    /// <summary>Units of work per second.</summary>
    public double UnitsPerSecond => Units / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Units of work per second of processor time: the per-core rate, steadier than wall time on a busy machine.</summary>
    public double UnitsPerCpuSecond => Units / Math.Max(Cpu.TotalSeconds, 1e-9);

    /// <summary>Machine steps per second.</summary>
    public double StepsPerSecond => Steps / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>Bytes allocated per unit of work.</summary>
    public double AllocatedPerUnit => AllocatedBytes / (double)Math.Max(Units, 1);

    /// <summary>
    /// Compiles <paramref name="workload"/> at <paramref name="parameters"/>, runs it once on the machine and checks
    /// that it printed exactly its expected line, with no error and within the budget.
    /// </summary>
    /// <param name="workload">The workload.</param>
    /// <param name="parameters">Its parameter values.</param>
    /// <param name="options">The machine options (the budget is raised to fit the workload).</param>
    /// <param name="measureLive">Whether to force a full collection when the program prints, to measure the live heap.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="InvalidOperationException">The run printed something else, raised an error or ran out of budget.</exception>
    public static Measurement Take(Workload workload, IReadOnlyDictionary<string, long> parameters, MachineOptions options, bool measureLive = false)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(options);
        var program = Compile(workload, parameters);
        var run = options with { MaxSteps = long.MaxValue };
        long? live = null;
        TimeSpan? printed = null;
        // Without measureLive the baseline is read but never used; with it the heap is collected first.
        var baseline = GC.GetTotalMemory(forceFullCollection: measureLive);
        // Stryker disable once Boolean : a precise or an approximate allocation count differs only by the threads' unused allocation buffers, a memory reading no deterministic test can observe
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = RhoMachine.Run(program, run, _ =>
        {
            // Stryker disable once Assignment : a run that returns printed exactly one line (any other throws below before the time is read), so the first print and the last are the same one
            printed ??= clock.Elapsed;
            if (measureLive && live is null)
            {
                // Stryker disable once Boolean : whether the heap is collected before it is read at the print changes only a memory reading, which no deterministic test can observe
                live = GC.GetTotalMemory(forceFullCollection: true) - baseline;
            }
        });
        // Stryker disable once Statement : a clock left running only makes Total a little later; no deterministic test can observe a time
        clock.Stop();
        // Stryker disable once Statement : without it the processor time may be read stale; it changes only a time reading, which no deterministic test can observe
        process.Refresh();
        cpu = process.TotalProcessorTime - cpu;
        // Stryker disable once Boolean : as for the count before the run: only the precision of a memory reading
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        if (Mismatch(workload.Name, workload.Expected(parameters), result) is { } mismatch)
        {
            throw new InvalidOperationException(mismatch);
        }
        return new Measurement(workload.Name, printed ?? clock.Elapsed, clock.Elapsed, cpu, workload.Units(parameters), result.Steps, allocated, live);
    }

    /// <summary>
    /// Why a run of workload <paramref name="name"/> does not count as a measurement, or null when it printed exactly
    /// <paramref name="expected"/>, as its only line, with no error and within the budget.
    /// </summary>
    /// <param name="name">The workload's name.</param>
    /// <param name="expected">The line the run must print.</param>
    /// <param name="result">The run.</param>
    /// <returns>The message, naming the expected line, the lines printed, the errors and an exhausted budget; or null.</returns>
    internal static string? Mismatch(string name, string expected, MachineResult result) =>
        result.Errors.Count > 0 || result.BudgetExhausted || result.Stdout.Count != 1 || result.Stdout[0] != expected
            ? $"workload {name}: expected stdout [{expected}], got [{string.Join(", ", result.Stdout.Items)}]"
              + $" with {result.Errors.Count} error(s){(result.BudgetExhausted ? ", budget exhausted" : "")}"
            : null;

    /// <summary>The workload's program at <paramref name="parameters"/>, compiled (for benchmarks that time only the run).</summary>
    /// <param name="workload">The workload.</param>
    /// <param name="parameters">Its parameter values.</param>
    /// <returns>The compiled process.</returns>
    public static CompiledProcess Compile(Workload workload, IReadOnlyDictionary<string, long> parameters)
    {
        ArgumentNullException.ThrowIfNull(workload);
        return RhoCompiler.Compile(Rholang.Compile(workload.Source(parameters)));
    }
}
