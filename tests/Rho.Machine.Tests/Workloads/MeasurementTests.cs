using Rho.Machine.Workloads;
using static Rho.Machine.Workloads.Workloads;

namespace Rho.Machine.Tests.Workloads;

/// <summary>
/// A workload's measurement: the figures derived from it (rates and bytes per unit, with their guards against
/// zero), what a run that prints the wrong thing reports, and the bounds every reading keeps. No test asserts a
/// speed: the readings are compared only with readings of the same process taken after them.
/// </summary>
[Collection(nameof(MeasurementTests))]
[CollectionDefinition(nameof(MeasurementTests), DisableParallelization = true)]
public sealed class MeasurementTests
{
    private static Dictionary<string, long> P(params (string Name, long Value)[] ps) =>
        ps.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    private static Measurement Of(double elapsed, double cpu, long units, long steps, long bytes) =>
        new("w", TimeSpan.FromSeconds(elapsed), TimeSpan.FromSeconds(elapsed), TimeSpan.FromSeconds(cpu), units, steps, bytes, null);

    [Fact]
    public void Rates_AreCountsPerSecond()
    {
        var m = Of(elapsed: 2, cpu: 4, units: 10, steps: 30, bytes: 100);
        Assert.Equal(5, m.UnitsPerSecond);
        Assert.Equal(2.5, m.UnitsPerCpuSecond);
        Assert.Equal(15, m.StepsPerSecond);
    }

    [Fact]
    public void Rates_OfAZeroTime_DivideByANanosecond()
    {
        var m = Of(elapsed: 0, cpu: 0, units: 3, steps: 7, bytes: 0);
        Assert.Equal(3e9, m.UnitsPerSecond, 1e-3);
        Assert.Equal(3e9, m.UnitsPerCpuSecond, 1e-3);
        Assert.Equal(7e9, m.StepsPerSecond, 1e-3);
    }

    [Fact]
    public void AllocatedPerUnit_IsBytesPerUnit_AndAllTheBytesForNoUnits()
    {
        Assert.Equal(25, Of(1, 1, units: 4, steps: 0, bytes: 100).AllocatedPerUnit);
        Assert.Equal(100, Of(1, 1, units: 0, steps: 0, bytes: 100).AllocatedPerUnit);
    }

    [Fact]
    public void Take_ChecksTheLine_AndCountsTheUnitsAndSteps()
    {
        var m = Measurement.Take(PingPong, P(("ROUNDS", 3)), new MachineOptions());
        Assert.Equal("pingpong", m.Workload);
        Assert.Equal(6, m.Units);
        Assert.True(m.Steps >= m.Units, $"steps {m.Steps}");
        Assert.Null(m.LiveBytes);
    }

    [Fact]
    public void Take_ElapsedEndsAtThePrint_BeforeTheRunAndItsReadbackEnd()
    {
        var m = Measurement.Take(Fibonacci, P(("N", 6)), new MachineOptions());
        Assert.True(m.Elapsed > TimeSpan.Zero);
        Assert.True(m.Elapsed < m.Total, $"elapsed {m.Elapsed.Ticks} ticks, total {m.Total.Ticks}");
    }

    [Fact]
    public void Take_ReadingsAreDifferences_NoGreaterThanTheProcessTotalsAfterwards()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var m = Measurement.Take(Blocked, P(("RECEIVES", 200)), new MachineOptions(), measureLive: true);
        var allocatedAfter = GC.GetTotalAllocatedBytes(precise: true);
        var heapAfter = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        Assert.InRange(m.AllocatedBytes, 1, allocatedAfter);
        Assert.InRange(m.Cpu, TimeSpan.Zero, process.TotalProcessorTime);
        Assert.NotNull(m.LiveBytes);
        Assert.True(m.LiveBytes < heapAfter, $"live {m.LiveBytes}, heap after {heapAfter}");
    }

    [Fact]
    public void Take_WrongLine_ReportsWhatWasExpectedAndWhatCame()
    {
        var wrong = PingPong with { Expected = _ => "\"other\"" };
        var e = Assert.Throws<InvalidOperationException>(() => Measurement.Take(wrong, P(("ROUNDS", 2)), new MachineOptions()));
        Assert.Equal("workload pingpong: expected stdout [\"other\"], got [\"done\"] with 0 error(s)", e.Message);
    }

    [Fact]
    public void Take_NoLine_ReportsAnEmptyStdout()
    {
        // With no senders the counter never reaches its total: the program ends without printing.
        var e = Assert.Throws<InvalidOperationException>(() => Measurement.Take(FanIn, P(("SENDERS", 0)), new MachineOptions()));
        Assert.Equal("workload fanin: expected stdout [0], got [] with 0 error(s)", e.Message);
    }

    [Fact]
    public void Take_NullArguments_AreArgumentErrors()
    {
        Assert.Equal("workload", Assert.Throws<ArgumentNullException>(() => Measurement.Take(null!, P(), new MachineOptions())).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => Measurement.Take(PingPong, P(("ROUNDS", 1)), null!)).ParamName);
        Assert.Equal("workload", Assert.Throws<ArgumentNullException>(() => Measurement.Compile(null!, P())).ParamName);
    }

    [Fact]
    public void Take_WithoutWorkloadOrOptions_NamesTheWorkloadFirst()
    {
        Assert.Equal("workload", Assert.Throws<ArgumentNullException>(() => Measurement.Take(null!, P(), null!)).ParamName);
    }
}
