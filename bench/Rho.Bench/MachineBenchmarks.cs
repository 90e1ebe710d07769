using BenchmarkDotNet.Attributes;
using Rho.Compiler.Bytecode;
using Rho.Machine;
using Rho.Machine.Workloads;

namespace Rho.Bench;

/// <summary>
/// The workloads of bench/programs on the Rho machine, one benchmark per workload and variant. The size is
/// <c>RHO_BENCH_SIZE</c> (tiny, small or full; small by default). Each operation is one whole
/// <see cref="RhoMachine.Run"/>, the readback of the residual included; compilation is in the setup.
/// </summary>
/// <remarks>The job (in process, one warm-up, five measured runs) is set in <c>Program.cs</c>.</remarks>
[MemoryDiagnoser]
public class MachineBenchmarks
{
    private static readonly MachineOptions Direct = new(Primitives: PrimitivePath.Direct, MaxSteps: long.MaxValue);
    private readonly Dictionary<string, CompiledProcess> _programs = new(StringComparer.Ordinal);

    /// <summary>The workload size, from <c>RHO_BENCH_SIZE</c>.</summary>
    [ParamsSource(nameof(SizeFromEnvironment))]
    public WorkloadSize Size { get; set; }

    /// <summary>The size <c>RHO_BENCH_SIZE</c> names, small by default.</summary>
    /// <returns>One size.</returns>
    public static IEnumerable<WorkloadSize> SizeFromEnvironment() =>
        [Enum.TryParse<WorkloadSize>(Environment.GetEnvironmentVariable("RHO_BENCH_SIZE"), ignoreCase: true, out var s) ? s : WorkloadSize.Small];

    /// <summary>Compiles every workload at <see cref="Size"/>.</summary>
    [GlobalSetup]
    public void Setup()
    {
        foreach (var w in Workloads.All)
        {
            _programs[w.Name] = Measurement.Compile(w, w.Sizes[Size]);
        }
    }

    /// <summary>The token ring (1,000 nodes; 2,000,000 hops at full size).</summary>
    /// <returns>The machine's steps.</returns>
    [Benchmark]
    public long Ring() => Run(Workloads.Ring, Direct);

    /// <summary>Ping-pong between two contracts.</summary>
    /// <returns>The machine's steps.</returns>
    [Benchmark]
    public long PingPong() => Run(Workloads.PingPong, Direct);

    /// <summary>Fan-in to one counting contract.</summary>
    /// <returns>The machine's steps.</returns>
    [Benchmark]
    public long FanIn() => Run(Workloads.FanIn, Direct);

    /// <summary>Fan-out of independent loops on one thread.</summary>
    /// <returns>The machine's steps.</returns>
    [Benchmark]
    public long FanOutThreads1() => Run(Workloads.FanOut, Direct);

    /// <summary>Fan-out of independent loops on two threads.</summary>
    /// <returns>The machine's steps.</returns>
    [Benchmark]
    public long FanOutThreads2() => Run(Workloads.FanOut, Direct with { Threads = 2 });

    /// <summary>The arithmetic loop, primitives over the channel trick.</summary>
    /// <returns>The machine's steps.</returns>
    [Benchmark]
    public long ArithChannel() => Run(Workloads.Arith, Direct with { Primitives = PrimitivePath.Channel });

    /// <summary>The arithmetic loop, primitives inline.</summary>
    /// <returns>The machine's steps.</returns>
    [Benchmark]
    public long ArithDirect() => Run(Workloads.Arith, Direct);

    /// <summary>Recursive factorial by contracts.</summary>
    /// <returns>The machine's steps.</returns>
    [Benchmark]
    public long Factorial() => Run(Workloads.Factorial, Direct);

    /// <summary>Recursive Fibonacci by contracts.</summary>
    /// <returns>The machine's steps.</returns>
    [Benchmark]
    public long Fibonacci() => Run(Workloads.Fibonacci, Direct);

    private long Run(Workload w, MachineOptions options)
    {
        var result = RhoMachine.Run(_programs[w.Name], options);
        var expected = w.Expected(w.Sizes[Size]);
        return result.Stdout.Count == 1 && result.Stdout[0] == expected && result.Errors.Count == 0
            ? result.Steps
            : throw new InvalidOperationException($"workload {w.Name} printed [{string.Join(", ", result.Stdout.Items)}], expected [{expected}]");
    }
}
