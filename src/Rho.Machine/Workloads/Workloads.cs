using System.Globalization;

namespace Rho.Machine.Workloads;

/// <summary>
/// The benchmark workloads of <c>bench/programs</c> (bench/README.md): their parameters per size, their units of
/// work and their expected output. <c>rho bench</c> and bench/Rho.Bench both run these, so the programs live in one
/// place.
/// </summary>
public static class Workloads
{
    /// <summary>A token ring of NODES contracts passing a counter HOPS times: one COMM per hop.</summary>
    public static Workload Ring { get; } = new(
        "ring",
        "hops",
        Sizes(("NODES", 100, 1_000, 1_000), ("HOPS", 1_000, 50_000, 2_000_000)),
        p => p["HOPS"],
        p => Text((p["HOPS"] % p["NODES"]) + 1));

    /// <summary>Two contracts bouncing a counter ROUNDS times each way: two messages per round.</summary>
    public static Workload PingPong { get; } = new(
        "pingpong",
        "messages",
        Sizes(("ROUNDS", 200, 10_000, 1_000_000)),
        p => 2 * p["ROUNDS"],
        _ => "\"done\"");

    /// <summary>SENDERS processes sending to one contract that counts them in a state cell.</summary>
    public static Workload FanIn { get; } = new(
        "fanin",
        "messages",
        Sizes(("SENDERS", 200, 10_000, 1_000_000)),
        p => p["SENDERS"],
        p => Text(p["SENDERS"]));

    /// <summary>WORKERS independent countdown loops of STEPS iterations each (the threads 1 vs N comparison).</summary>
    public static Workload FanOut { get; } = new(
        "fanout",
        "iterations",
        Sizes(("WORKERS", 2, 16, 16), ("STEPS", 200, 50_000, 100_000)),
        p => p["WORKERS"] * p["STEPS"],
        _ => "\"done\"");

    /// <summary>A loop of ITERATIONS rounds of seven primitive operations each (the channel vs direct comparison).</summary>
    public static Workload Arith { get; } = new(
        "arith",
        "iterations",
        Sizes(("ITERATIONS", 200, 10_000, 1_000_000)),
        p => p["ITERATIONS"],
        p => Text(ArithResult(p["ITERATIONS"])));

    /// <summary>N! by recursive contract calls, REPEATS times: N calls per repeat.</summary>
    public static Workload Factorial { get; } = new(
        "factorial",
        "calls",
        Sizes(("N", 10, 20, 20), ("REPEATS", 5, 500, 50_000)),
        p => p["N"] * p["REPEATS"],
        p => Text(Enumerable.Range(1, (int)p["N"]).Aggregate(1L, (a, i) => a * i)));

    /// <summary>fib(N) by naive recursive contract calls: 2·fib(N+1) − 1 calls.</summary>
    public static Workload Fibonacci { get; } = new(
        "fibonacci",
        "calls",
        Sizes(("N", 8, 18, 25)),
        p => (2 * Fib(p["N"] + 1)) - 1,
        p => Text(Fib(p["N"])));

    /// <summary>RECEIVES receives each blocked on its own fresh channel (the memory of blocked machines).</summary>
    public static Workload Blocked { get; } = new(
        "blocked",
        "receives",
        Sizes(("RECEIVES", 1_000, 50_000, 1_000_000)),
        p => p["RECEIVES"],
        _ => "\"ready\"");

    /// <summary>Every workload, in the order <c>rho bench</c> prints them.</summary>
    public static IReadOnlyList<Workload> All { get; } = [Ring, PingPong, FanIn, FanOut, Arith, Factorial, Fibonacci, Blocked];

    /// <summary>The workload named <paramref name="name"/>, or null.</summary>
    /// <param name="name">A workload name (case-insensitive).</param>
    /// <returns>The workload, or null.</returns>
    public static Workload? Find(string name) => All.FirstOrDefault(w => string.Equals(w.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The arith loop's result, computed here to check the machine's.</summary>
    private static long ArithResult(long iterations)
    {
        var acc = 1L;
        for (var i = iterations; i > 0; i--)
        {
            acc = ((acc * 31) + (i * 7) + 3) % 1_000_003;
        }
        return acc;
    }

    private static long Fib(long n)
    {
        var (a, b) = (0L, 1L);
        for (var i = 0; i < n; i++)
        {
            (a, b) = (b, a + b);
        }
        return a;
    }

    private static string Text(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static Dictionary<WorkloadSize, IReadOnlyDictionary<string, long>> Sizes(params (string Name, long Tiny, long Small, long Full)[] ps) =>
        new()
        {
            [WorkloadSize.Tiny] = ps.ToDictionary(p => p.Name, p => p.Tiny, StringComparer.Ordinal),
            [WorkloadSize.Small] = ps.ToDictionary(p => p.Name, p => p.Small, StringComparer.Ordinal),
            [WorkloadSize.Full] = ps.ToDictionary(p => p.Name, p => p.Full, StringComparer.Ordinal),
        };
}
