using System.Text.Json;
using Rho.Cli.Conformance;
using Rho.Cli.Tests.Conformance;
using Rho.Machine;
using Rho.Semantics;
using Rho.Semantics.Fuzz;

namespace Rho.Cli.Tests.Fuzz;

/// <summary>
/// <c>rho fuzz</c> (spec/conformance.md, "Fuzzing"): the machine agrees with the reducer on
/// generated programs, and a wrong adapter is caught, shrunk to a small program and written with
/// its expectation and reduction graph.
/// </summary>
public sealed class FuzzerTests : IDisposable
{
    /// <summary>Fixed seed; a failure message names it for replay with <c>rho fuzz --seed</c>.</summary>
    private const int Seed = 1;

    private readonly string _dir = Directory.CreateTempSubdirectory("rho-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    [Trait("Rule", "Law/soundness")]
    public void Machine_OnGeneratedPrograms_GivesOnlyReducerOutcomes()
    {
        var report = Fuzzer.Run(new MachineImplementation(new MachineOptions()), new FuzzOptions(Count: 150, Seed: Seed));
        Assert.True(report.Mismatch is null, $"seed {report.Mismatch?.Seed}: {report.Mismatch?.Problem}\n{report.Mismatch?.Source}");
        Assert.True(report.Checked >= 100, $"only {report.Checked} of 150 programs were explored completely (seed {Seed})");
    }

    [Fact]
    public void WrongAdapter_OneValuePrintedWrongly_IsFoundShrunkAndWritten()
    {
        var wrong = WrongAdapter.Outcomes("prints 1 as 7", o => o with { Stdout = o.Stdout.Select(l => l.Replace('1', '7')).ToList() });
        var report = Fuzzer.Run(wrong, new FuzzOptions(Count: 100, Seed: Seed));
        var m = report.Mismatch;
        Assert.True(m is not null, $"no mismatch found from seed {Seed}");
        Assert.Contains("is none of the reducer's", m.Problem, StringComparison.Ordinal);
        // Small: at most a handful of processes beyond the fixed `new out, err, a, b, c in { … }` frame.
        Assert.True(m.Source.Length <= 140, $"shrunk program has {m.Source.Length} characters (seed {m.Seed}):\n{m.Source}");
        Assert.True(m.Source.Length <= m.Original.Length);
        Assert.NotNull(Fuzzer.Check(wrong, m.Source, 3000, out var explored));
        Assert.True(explored);
        _ = Rholang.Compile(m.Source); // closed and well-scoped

        var files = FuzzArtifacts.Write(m, _dir);
        Assert.Equal([".rho", ".json", ".dot"], files.Select(Path.GetExtension));
        Assert.Equal(m.Source, File.ReadAllText(files[0]).TrimEnd());
        using var json = JsonDocument.Parse(File.ReadAllText(files[1]));
        Assert.Contains("Sys/stdout", json.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetString()));
        var expect = json.RootElement.GetProperty("expect");
        Assert.True(expect.TryGetProperty("stdout", out _) || expect.TryGetProperty("stdout-one-of", out _), expect.ToString());
        Assert.StartsWith("digraph reduction", File.ReadAllText(files[2]), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Error/div-zero")]
    public void WrongAdapter_SwallowingErrors_IsFoundAndItsExpectationIsTheError()
    {
        var report = Fuzzer.Run(WrongAdapter.SwallowsErrors(), new FuzzOptions(Count: 100, Seed: Seed));
        var m = report.Mismatch;
        Assert.True(m is not null, $"no mismatch found from seed {Seed}");
        Assert.True(m.Source.Length <= 140, $"shrunk program has {m.Source.Length} characters (seed {m.Seed}):\n{m.Source}");
        var expect = FuzzArtifacts.Expectation(m.Exploration);
        Assert.True(expect["expect"]!["error"] is not null, expect.ToJsonString());
    }

    [Fact]
    public void Cli_Fuzz_MachineFindsNothing_AndBadCountIsAUsageError()
    {
        var (code, stdout, _) = RhoCommandTests.Rho("fuzz", "--count", "20", "--seed", "5", "--out", _dir);
        Assert.Equal(0, code);
        Assert.Contains("20 programs", stdout, StringComparison.Ordinal);
        Assert.Contains("no mismatch", stdout, StringComparison.Ordinal);
        Assert.Equal(2, RhoCommandTests.Rho("fuzz", "--count", "0").Code);
    }

    [Fact]
    public void Shrinker_KeepsTheFailure_AndNeverGrowsTheChoiceList()
    {
        var random = new Random(Seed);
        var choices = Enumerable.Range(0, 60).Select(_ => random.Next()).ToArray();
        static bool HasDivision(int[] c) => Fuzzer.Program(c).Contains(" / ", StringComparison.Ordinal);
        for (var s = 0; !HasDivision(choices) && s < 100; s++)
        {
            choices = Enumerable.Range(0, 60).Select(_ => random.Next()).ToArray();
        }
        Assert.True(HasDivision(choices), "no program with a division");
        var shrunk = Shrinker.Shrink(choices, HasDivision);
        Assert.True(HasDivision(shrunk));
        Assert.True(shrunk.Length < choices.Length);
        Assert.True(Fuzzer.Program(shrunk).Length < 120, Fuzzer.Program(shrunk));
    }
}
