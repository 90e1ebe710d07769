namespace Rho.Machine.Workloads;

/// <summary>How big a benchmark workload runs (its parameters per size are in <see cref="Workload"/>).</summary>
public enum WorkloadSize
{
    /// <summary>A few hundred operations: for tests and <c>rho bench --quick</c>.</summary>
    Tiny,

    /// <summary>Seconds in all: the default of <c>rho bench</c>.</summary>
    Small,

    /// <summary>The sizes the performance targets name (e.g. 2,000,000 ring hops): for bench/Rho.Bench.</summary>
    Full,
}
