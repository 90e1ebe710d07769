using System.CommandLine;
using System.Globalization;
using Rho.Machine;
using Rho.Machine.Workloads;

namespace Rho.Cli;

internal static partial class RhoCommand
{
    /// <summary>The Erlang/OTP process-ring rate the machine issue sets as the ring's target, per core.</summary>
    private const double ErlangHopsPerSecond = 2_000_000;

    /// <summary>The memory budget of a million blocked machines the machine issue sets.</summary>
    private const double MillionBlockedBudget = 1L << 30;

    /// <summary>How long <c>rho bench</c> warms up before timing (tiered JIT compiles in the background).</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(3);

    /// <summary>
    /// <c>rho bench</c>: runs the workloads of bench/programs once each with a stopwatch and prints quick figures and
    /// the ratios the performance targets name (bench/README.md). For careful numbers use bench/Rho.Bench.
    /// </summary>
    private static Command BenchCommand(TextWriter stdout, TextWriter stderr)
    {
        var quick = new Option<bool>("--quick") { Description = "Tiny sizes (a smoke run of a second or two)." };
        var filter = new Option<string?>("--filter") { Description = "Run only the workloads whose name contains NAME." };
        var threads = new Option<int>("--threads")
        {
            Description = "Threads of the parallel fan-out run, compared with 1 thread; the other workloads run on 1.",
            DefaultValueFactory = _ => 2,
        };
        threads.Validators.Add(v =>
        {
            if (v.GetValueOrDefault<int>() < 1)
            {
                v.AddError("--threads must be at least 1.");
            }
        });
        var command = new Command("bench", "Run the benchmark workloads on the Rho machine and print quick figures.") { quick, filter, threads };
        command.SetAction(r =>
        {
            var size = r.GetValue(quick) ? WorkloadSize.Tiny : WorkloadSize.Small;
            var name = r.GetValue(filter);
            var selected = Workloads.All.Where(w => name is null || w.Name.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (selected.Count == 0)
            {
                stderr.WriteLine($"rho: no workload matches '{name}'; the workloads are {string.Join(", ", Workloads.All.Select(w => w.Name))}.");
                return ExitCodes.Usage;
            }
            try
            {
                Bench(stdout, selected, size, r.GetValue(threads));
                return ExitCodes.Ok;
            }
#pragma warning disable CA1031 // A wrong result or a crash is a bug of the machine: one line, exit 70, no stack trace.
            catch (Exception e)
#pragma warning restore CA1031
            {
                stderr.WriteLine($"rho bench: internal error: {e.Message}");
                return ExitCodes.InternalError;
            }
        });
        return command;
    }

    private static void Bench(TextWriter stdout, List<Workload> selected, WorkloadSize size, int threads)
    {
        var direct = new MachineOptions(Primitives: PrimitivePath.Direct);
        stdout.WriteLine($"rho bench: size {size.ToString().ToLowerInvariant()}, {Environment.ProcessorCount} cores; one run each after a {(size == WorkloadSize.Tiny ? "one-round" : "3 s")} warm-up, fifo, direct primitives unless named;");
        stdout.WriteLine("time is wall time until the program prints its line (readback not counted); cpu is the process's processor time");
        stdout.WriteLine($"{"workload",-22} {"units",18} {"time",10} {"units/s",14} {"units/cpu-s",14} {"steps/s",12} {"alloc/unit",11}");
        // Warm-up: every path runs at the tiny size, round after round, for at least WarmUp (none at the tiny size
        // itself), so that the runtime's tiered JIT has optimized the machine's hot code before anything is timed.
        var warm = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            foreach (var w in selected)
            {
                Measurement.Take(w, w.Sizes[WorkloadSize.Tiny], direct);
                if (w == Workloads.Arith)
                {
                    Measurement.Take(w, w.Sizes[WorkloadSize.Tiny], direct with { Primitives = PrimitivePath.Channel });
                }
            }
        }
        while (size != WorkloadSize.Tiny && warm.Elapsed < WarmUp);
        var results = new Dictionary<string, Measurement>(StringComparer.Ordinal);
        void Run(Workload w, string label, MachineOptions options, bool live = false)
        {
            var m = Measurement.Take(w, w.Sizes[size], options, live);
            results[label] = m;
            stdout.WriteLine(
                $"{label,-22} {m.Units.ToString("N0", CultureInfo.InvariantCulture) + " " + w.Unit,18} "
                + $"{m.Elapsed.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture) + " ms",10} "
                + $"{Rate(m.UnitsPerSecond),14} {Rate(m.UnitsPerCpuSecond),14} {Rate(m.StepsPerSecond),12} {Bytes(m.AllocatedPerUnit),11}"
                + (m.LiveBytes is { } b ? $"  live {Bytes(b / (double)m.Units)}/{w.Unit[..^1]}" : ""));
        }
        foreach (var w in selected)
        {
            if (w == Workloads.Arith)
            {
                Run(w, "arith channel", direct with { Primitives = PrimitivePath.Channel });
                Run(w, "arith direct", direct);
            }
            else if (w == Workloads.FanOut)
            {
                Run(w, "fanout threads=1", direct);
                Run(w, $"fanout threads={threads}", direct with { Threads = threads });
            }
            else
            {
                Run(w, w.Name, direct, live: w == Workloads.Blocked);
            }
        }
        stdout.WriteLine("ratios and targets:");
        if (results.TryGetValue("ring", out var ring))
        {
            stdout.WriteLine(
                $"  ring: {Rate(ring.UnitsPerSecond)} hops wall, {Rate(ring.UnitsPerCpuSecond)} hops per cpu = "
                + $"{Ratio(ring.UnitsPerCpuSecond / ErlangHopsPerSecond)} of a fixed 2M hops/s/core (the target names an Erlang/OTP ring;"
                + " at this size start-up weighs; bench/erlang/pairs.sh runs the two side by side on one core)");
        }
        if (results.TryGetValue("arith channel", out var channel) && results.TryGetValue("arith direct", out var inline))
        {
            stdout.WriteLine($"  arith: channel/direct time = {Ratio(channel.Elapsed / inline.Elapsed)} wall, {Ratio(channel.Cpu / inline.Cpu)} cpu (target <= 1.5x)");
        }
        if (results.TryGetValue("fanout threads=1", out var one) && results.TryGetValue($"fanout threads={threads}", out var many))
        {
            stdout.WriteLine($"  fanout: threads {threads}/1 speedup = {Ratio(one.Elapsed / many.Elapsed)}");
        }
        if (results.TryGetValue("blocked", out var blocked) && blocked.LiveBytes is { } live)
        {
            var million = live / (double)blocked.Units * 1_000_000;
            stdout.WriteLine($"  blocked: {Bytes(live / (double)blocked.Units)} per blocked receive, so 1M ~ {Bytes(million)} (target <= {Bytes(MillionBlockedBudget)})");
        }
        stdout.WriteLine("  (one run per workload, start-up and readback included; steady-state rates without them:");
        stdout.WriteLine("   dotnet run -c Release --project bench/Rho.Bench -- rate WORKLOAD [direct|channel|both], or rate fanout [--threads T];");
        stdout.WriteLine("   the ring against Erlang: bench/erlang/pairs.sh; fan-out against two separate processes: bench/fanout.sh; bench/README.md)");
    }

    private static string Rate(double perSecond) => perSecond.ToString("N0", CultureInfo.InvariantCulture) + "/s";

    private static string Ratio(double r) => r.ToString("0.00", CultureInfo.InvariantCulture) + "x";

    private static string Bytes(double b) => b switch
    {
        >= 1 << 30 => (b / (1 << 30)).ToString("0.00", CultureInfo.InvariantCulture) + " GB",
        >= 1 << 20 => (b / (1 << 20)).ToString("0.0", CultureInfo.InvariantCulture) + " MB",
        >= 1 << 10 => (b / (1 << 10)).ToString("0.0", CultureInfo.InvariantCulture) + " KB",
        _ => b.ToString("0", CultureInfo.InvariantCulture) + " B",
    };
}
