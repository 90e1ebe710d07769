using Rho.Machine.Workloads;

namespace Rho.Cli.Tests;

/// <summary><c>rho bench</c> end to end at the tiny size: it runs every workload and checks each one's output (no timing assertion).</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_Quick_RunsEveryWorkloadAndExits0()
    {
        var (code, stdout, stderr) = RhoCommandTests.Rho("bench", "--quick");
        Assert.True(code == 0, stderr);
        foreach (var w in Workloads.All)
        {
            Assert.Contains(w.Name, stdout, StringComparison.Ordinal);
        }
        Assert.Contains("arith: channel/direct time", stdout, StringComparison.Ordinal);
        Assert.Contains("fanout: threads 2/1 speedup", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_Filter_RunsOnlyTheMatchingWorkload()
    {
        var (code, stdout, _) = RhoCommandTests.Rho("bench", "--quick", "--filter", "fib");
        Assert.Equal(0, code);
        Assert.Contains("fibonacci", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("pingpong", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_FilterMatchingNothing_IsAUsageError_Exit2()
    {
        var (code, _, stderr) = RhoCommandTests.Rho("bench", "--quick", "--filter", "nosuchworkload");
        Assert.Equal(2, code);
        Assert.Contains("no workload matches", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryProgramInBenchPrograms_IsAWorkload()
    {
        Assert.Equal(Workload.EmbeddedPrograms(), Workloads.All.Select(w => w.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WorkloadSource_ReplacesEveryMarkedParameter_AndRejectsUnknownOnes()
    {
        var source = Workloads.Ring.Source(new Dictionary<string, long> { ["NODES"] = 7, ["HOPS"] = 99 });
        Assert.Contains("build!(7, *first)", source, StringComparison.Ordinal);
        Assert.Contains("first!(99)", source, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Workloads.Ring.Source(new Dictionary<string, long> { ["NODES"] = 7 }));
        Assert.Throws<ArgumentException>(() => Workloads.Ring.Source(new Dictionary<string, long> { ["NODES"] = 7, ["HOPS"] = 1, ["X"] = 2 }));
    }
}
