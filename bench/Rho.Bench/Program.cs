using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Rho.Machine;
using Rho.Machine.Workloads;

// bench/Rho.Bench: `blocked N` measures the live memory of N blocked receives (one run, a full collection when the
// program reports ready); `rate WORKLOAD [direct|channel|both] [--repeat K]` the steady-state processor time and allocation per unit
// (Rate.cs); `rate fanout [--threads T] [--repeat K]` the fan-out's steady-state speed-up on T threads; anything else goes to BenchmarkDotNet (e.g. `--filter *Ring*`). See bench/README.md.
if (args is ["rate", "fanout", .. var scaling])
{
    var t = Array.IndexOf(scaling, "--threads");
    var r = Array.IndexOf(scaling, "--repeat");
    var threads = 2;
    var rounds = 5;
    if ((t >= 0 && (t + 1 >= scaling.Length || !int.TryParse(scaling[t + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out threads) || threads < 2))
        || (r >= 0 && (r + 1 >= scaling.Length || !int.TryParse(scaling[r + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out rounds) || rounds < 1)))
    {
        Console.Error.WriteLine("usage: Rho.Bench rate fanout [--threads T] [--repeat K]   (T at least 2, K a positive integer)");
        return 2;
    }
    return Rho.Bench.Rate.Scaling(threads, rounds);
}
if (args is ["rate", var workload, .. var rest])
{
    PrimitivePath[] paths = rest.Contains("both") ? [PrimitivePath.Direct, PrimitivePath.Channel]
        : rest.Contains("channel") ? [PrimitivePath.Channel] : [PrimitivePath.Direct];
    var at = Array.IndexOf(rest, "--repeat");
    var repeat = 5;
    if (at >= 0 && (at + 1 >= rest.Length || !int.TryParse(rest[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out repeat) || repeat < 1))
    {
        Console.Error.WriteLine("usage: Rho.Bench rate WORKLOAD [direct|channel|both] [--repeat K]   (K a positive integer)");
        return 2;
    }
    return Rho.Bench.Rate.Run(workload, paths, repeat);
}
if (args is ["blocked", var count])
{
    if (!long.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 1)
    {
        Console.Error.WriteLine("usage: Rho.Bench blocked N   (N a positive integer)");
        return 2;
    }
    var m = Measurement.Take(
        Workloads.Blocked,
        new Dictionary<string, long> { ["RECEIVES"] = n },
        new MachineOptions(Primitives: PrimitivePath.Direct),
        measureLive: true);
    var live = m.LiveBytes ?? 0;
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{n:N0} blocked receives: live {live / 1048576.0:0.0} MB ({live / (double)n:0} B each); "
        + $"built in {m.Elapsed.TotalSeconds:0.00} s, run with readback {m.Total.TotalSeconds:0.00} s; "
        + $"working set {Environment.WorkingSet / 1048576.0:0} MB"));
    return 0;
}
// In process: no generated project to build (a build on a loaded 2-core machine outlasts BenchmarkDotNet's timeout).
// Each operation is a whole run of seconds, so: one warm-up, five measured runs, no pilot.
var job = Job.Default
    .WithToolchain(InProcessEmitToolchain.Instance)
    .WithStrategy(RunStrategy.Monitoring)
    .WithLaunchCount(1)
    .WithWarmupCount(1)
    .WithIterationCount(5);
var config = DefaultConfig.Instance
    .AddJob(job)
    .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(Rho.Bench.MachineBenchmarks).Assembly).Run(args, config);
return 0;
