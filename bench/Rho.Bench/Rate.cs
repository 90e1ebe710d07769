using System.Diagnostics;
using System.Globalization;
using Rho.Compiler;
using Rho.Machine;
using Rho.Machine.Workloads;
using Rho.Semantics;

namespace Rho.Bench;

/// <summary>
/// <c>Rho.Bench rate WORKLOAD [direct|channel|both] [--repeat K]</c>: the steady-state cost of one unit of work, by difference. The
/// workload runs at its full-size parameters with the unit parameter set to N and to 6N; the difference of the two
/// runs' processor time and allocated bytes, over the 5N extra units, leaves out everything that does not grow with
/// the units (start-up, building the ring, JIT, the readback). Processor time is the process's (all threads, the
/// GC's included), so the figure holds on a busy machine better than wall time; both runs check their output.
/// </summary>
public static class Rate
{
    private static readonly Dictionary<string, (string Parameter, long N)> UnitParameter = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ring"] = ("HOPS", 200_000),
        ["pingpong"] = ("ROUNDS", 100_000),
        ["arith"] = ("ITERATIONS", 100_000),
        ["factorial"] = ("REPEATS", 2_000),
    };

    /// <summary>The fan-out's unit parameter: 16 loops of 50,000 and of 300,000 iterations.</summary>
    private const string FanOutParameter = "STEPS";

    private const long FanOutN = 50_000;

    /// <summary>
    /// Runs the measurement <paramref name="repeat"/> times per path, the paths interleaved round by round (so a change
    /// of load hits both alike), and prints one line per path: the best and the median rate over the rounds, and the
    /// allocation per unit; with two paths, the channel/direct cost ratio of the best and of the median rounds. The best
    /// round is the least disturbed by other processes, the median the typical one. Returns the exit code.
    /// </summary>
    /// <param name="name">The workload.</param>
    /// <param name="paths">The primitive paths to measure.</param>
    /// <param name="repeat">The number of rounds.</param>
    public static int Run(string name, IReadOnlyList<PrimitivePath> paths, int repeat)
    {
        if (Workloads.Find(name) is not { } workload || !UnitParameter.TryGetValue(name, out var unit))
        {
            Console.Error.WriteLine($"usage: Rho.Bench rate {string.Join('|', UnitParameter.Keys)} [direct|channel|both] [--repeat K], or rate fanout [--threads T] [--repeat K]");
            return 2;
        }
        var full = workload.Sizes[WorkloadSize.Full];
        var rates = paths.ToDictionary(p => p, _ => new List<double>());
        var perUnit = new Dictionary<PrimitivePath, double>();
        foreach (var path in paths)
        {
            WarmUp(workload, full, unit.Parameter, unit.N, path, threads: 1);
        }
        WaitForJit();
        for (var round = 0; round < repeat; round++)
        {
            foreach (var path in paths)
            {
                var (cpu1, bytes1, units1) = Once(workload, full, unit.Parameter, unit.N, path);
                var (cpu6, bytes6, units6) = Once(workload, full, unit.Parameter, 6 * unit.N, path);
                var units = units6 - units1;
                rates[path].Add(units / Math.Max(cpu6 - cpu1, 1e-6));
                perUnit[path] = (bytes6 - bytes1) / (double)units;
            }
        }
        foreach (var path in paths)
        {
            var r = rates[path].Order().ToList();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{workload.Name} ({path}): best {r[^1]:N0}, median {Median(r):N0} {workload.Unit} per cpu-s over {repeat} round(s) of "
                + $"{5 * unit.N:N0} extra units; {perUnit[path]:N0} B allocated per unit"));
        }
        if (paths.Count == 2)
        {
            var (d, c) = (rates[PrimitivePath.Direct].Order().ToList(), rates[PrimitivePath.Channel].Order().ToList());
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{workload.Name}: channel/direct cost {d[^1] / c[^1]:0.00}x (best rounds), {Median(d) / Median(c):0.00}x (median rounds)"));
        }
        return 0;
    }

    /// <summary>
    /// <c>Rho.Bench rate fanout [--threads T] [--repeat K]</c>: the fan-out's steady-state scaling. Like <see cref="Run"/>,
    /// by difference (16 loops of N and of 6N iterations, after a warm-up and the JIT's background work), on 1 and on
    /// <paramref name="threads"/> worker threads, round by round interleaved; but by wall time, since what threads
    /// buy is wall time. Prints, per thread count, the best and the median rate per wall second and per processor
    /// second, then the speed-up of T threads over one (best rounds, median rounds). Start-up, thread creation and the
    /// JIT's first compilations cancel out, which a whole run (bench/fanout.sh) includes.
    /// </summary>
    /// <param name="threads">The thread count compared with one.</param>
    /// <param name="repeat">The number of rounds.</param>
    /// <returns>The exit code.</returns>
    public static int Scaling(int threads, int repeat)
    {
        var workload = Workloads.FanOut;
        var full = workload.Sizes[WorkloadSize.Full];
        int[] counts = [1, threads];
        var wall = counts.ToDictionary(t => t, _ => new List<double>());
        var cpu = counts.ToDictionary(t => t, _ => new List<double>());
        foreach (var t in counts)
        {
            WarmUp(workload, full, FanOutParameter, FanOutN, PrimitivePath.Direct, t);
        }
        WaitForJit();
        for (var round = 0; round < repeat; round++)
        {
            foreach (var t in counts)
            {
                var one = Once(workload, full, FanOutParameter, FanOutN, PrimitivePath.Direct, t);
                var six = Once(workload, full, FanOutParameter, 6 * FanOutN, PrimitivePath.Direct, t);
                var units = six.Units - one.Units;
                wall[t].Add(units / Math.Max(six.Wall - one.Wall, 1e-6));
                cpu[t].Add(units / Math.Max(six.Cpu - one.Cpu, 1e-6));
            }
        }
        foreach (var t in counts)
        {
            var (w, c) = (wall[t].Order().ToList(), cpu[t].Order().ToList());
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"fanout (threads {t}): best {w[^1]:N0}, median {Median(w):N0} {workload.Unit} per wall-s; best {c[^1]:N0}, median {Median(c):N0} per cpu-s; "
                + $"{repeat} round(s) of {5 * full["WORKERS"] * FanOutN:N0} extra units"));
        }
        var (w1, wt) = (wall[1].Order().ToList(), wall[threads].Order().ToList());
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"fanout: threads {threads}/1 speed-up {wt[^1] / w1[^1]:0.00}x (best rounds), {Median(wt) / Median(w1):0.00}x (median rounds), by wall time"));
        return 0;
    }

    /// <summary>
    /// The warm-up before the measured rounds: the JIT optimizes a method after about 30 calls, so 40 small runs bring
    /// the code that runs once per run (front end, compiler, readback) to its optimized tier, and two runs of
    /// <paramref name="n"/> units the machine's hot loop. The caller then lets the background compilation they queued
    /// finish (<see cref="WaitForJit"/>), so that the measured rounds count the machine's steady state, not the JIT's
    /// one-time work.
    /// </summary>
    private static void WarmUp(Workload w, IReadOnlyDictionary<string, long> full, string parameter, long n, PrimitivePath path, int threads)
    {
        for (var i = 0; i < 40; i++)
        {
            Once(w, full, parameter, Math.Max(n / 200, 1), path, threads);
        }
        Once(w, full, parameter, n, path, threads);
        Once(w, full, parameter, n, path, threads);
    }

    /// <summary>
    /// Waits until the runtime's background JIT thread (<c>.NET Tiered Compilation Worker</c>) has used no processor
    /// time for a second, or has ended, and at most a minute. Linux only (it reads /proc); elsewhere it returns at once.
    /// </summary>
    private static void WaitForJit()
    {
        var last = -1L;
        for (var waited = 0; waited < 60_000; waited += 1000)
        {
            var now = JitTicks();
            if (now is null || now == last)
            {
                return;
            }
            last = now.Value;
            Thread.Sleep(1000);
        }
    }

    /// <summary>The background JIT thread's processor time in clock ticks, or null when there is none (or no /proc).</summary>
    private static long? JitTicks()
    {
        if (!Directory.Exists("/proc/self/task"))
        {
            return null;
        }
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered", StringComparison.Ordinal))
                {
                    var stat = File.ReadAllText(Path.Combine(task, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The thread ended while it was read.
            }
        }
        return null;
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static (double Cpu, long Bytes, long Units) Once(Workload w, IReadOnlyDictionary<string, long> full, string parameter, long n, PrimitivePath path)
    {
        var r = Once(w, full, parameter, n, path, threads: 1);
        return (r.Cpu, r.Bytes, r.Units);
    }

    private static (double Cpu, double Wall, long Bytes, long Units) Once(Workload w, IReadOnlyDictionary<string, long> full, string parameter, long n, PrimitivePath path, int threads)
    {
        var parameters = new Dictionary<string, long>(full) { [parameter] = n };
        var code = RhoCompiler.Optimize(RhoCompiler.Compile(Rholang.Compile(w.Source(parameters))));
        var process = Process.GetCurrentProcess();
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = RhoMachine.Run(code, new MachineOptions(Primitives: path, MaxSteps: long.MaxValue, Threads: threads));
        var wall = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var spent = (process.TotalProcessorTime - cpu).TotalSeconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - bytes;
        if (result.BudgetExhausted || result.Stdout.Count != 1 || result.Stdout[0] != w.Expected(parameters))
        {
            throw new InvalidOperationException($"{w.Name}: wrong output {string.Join(",", result.Stdout)}");
        }
        return (spent, wall, allocated, w.Units(parameters));
    }
}
