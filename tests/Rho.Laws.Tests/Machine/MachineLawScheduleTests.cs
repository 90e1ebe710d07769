using Rho.Laws.Machine;
using Rho.Machine.Tests.Laws;
using Rho.Semantics.Fuzz;

namespace Rho.Laws.Tests.Machine;

/// <summary>
/// Each machine law runs every schedule it names: a machine broken on one of them (one random seed, one primitive
/// path) fails the law; the sweeps check the programs they name, and a sweep of exactly thirty deterministic programs
/// is still too few.
/// </summary>
public class MachineLawScheduleTests
{
    private static readonly IMachine Ours = RhoMachineLaws.Instance;

    /// <summary>Our machine, with one extra stdout line on the schedules <paramref name="broken"/> picks.</summary>
    private sealed class BrokenOn(Func<Schedule, bool> broken) : IMachine
    {
        public MachineRun Run(string source, Schedule schedule)
        {
            var r = Ours.Run(source, schedule);
            return broken(schedule) ? r with { Stdout = [.. r.Stdout, "broken"], ErrorKinds = [] } : r;
        }
    }

    /// <summary>Our machine, recording every program and schedule it ran.</summary>
    private sealed class Recording : IMachine
    {
        public List<(string Source, Schedule Schedule)> Runs { get; } = [];

        public MachineRun Run(string source, Schedule schedule)
        {
            Runs.Add((source, schedule));
            return Ours.Run(source, schedule);
        }
    }

    private static readonly Dictionary<string, Func<Schedule, bool>> Breaks = new()
    {
        ["random seed 1"] = s => s.Random && s.Seed == 1,
        ["random seed 2"] = s => s.Random && s.Seed == 2,
        ["random seed 3"] = s => s.Random && s.Seed == 3,
        ["random"] = s => s.Random,
        ["channel path"] = s => s.ChannelPrimitives,
        ["random on the direct path"] = s => s.Random && !s.ChannelPrimitives,
    };

    private static LawResult Only(string name, IMachine machine, int tests, ulong? seed = null) =>
        Assert.Single(LawSets.Machine.Laws.Where(l => l.Name == name).Select(l => LawRunner.Check(l, machine, new LawConfig(seed, tests))));

    [Fact]
    public void ChannelTrick_ExactlyThirtyDeterministicPrograms_AreTooFew()
    {
        Assert.Equal(30, AgreementCases.Generate(AgreementCases.Pinned, 30).Count(k => k.Exploration.Outcomes.Count == 1));
        Assert.Equal(new Counterexample("(no program)", "only 30 deterministic programs"), Only("both paths", Ours, 30).Counterexample);
    }

    [Theory]
    [InlineData("random seed 1")]
    [InlineData("random seed 2")]
    public void ChannelTrick_MachineBrokenOnOneRandomSeed_Fails(string broken) =>
        Assert.Contains("broken", Only("both paths", new BrokenOn(Breaks[broken]), 3).Counterexample!.Message, StringComparison.Ordinal);

    [Fact]
    public void Multiset_MachineOrderSensitiveOnTheChannelPathOnly_Fails()
    {
        var sensitive = new BrokenOnSource((source, s, r) => s.ChannelPrimitives ? r with { Stdout = [.. r.Stdout, source] } : r);
        Assert.Matches(@"^under Schedule \{ Random = True, Seed = \d+, ChannelPrimitives = True, MaxSteps = 20000", Only("par order", sensitive, 2).Counterexample!.Message);
    }

    [Theory]
    [InlineData("random")]
    [InlineData("channel path")]
    public void Isolation_MachineThatHidesErrorsOnSomeSchedules_Fails(string broken) =>
        Assert.False(Only("a failing process beside", new BrokenOn(Breaks[broken]), 3).Holds);

    [Theory]
    [InlineData("random seed 1")]
    [InlineData("random seed 2")]
    [InlineData("channel path")]
    [InlineData("random on the direct path")]
    public void ShrinkingSoundness_MachineBrokenOnOneOfItsSchedules_Fails(string broken) =>
        Assert.StartsWith("FsCheck: the property is false", Only("shrinking", new BrokenOn(Breaks[broken]), 5).Counterexample!.Message, StringComparison.Ordinal);

    [Fact]
    public void ShrinkingSoundness_MachineBrokenOnAScheduleItDoesNotRun_Holds() =>
        Assert.True(Only("shrinking", new BrokenOn(Breaks["random seed 3"]), 5).Holds);

    [Fact]
    public void Multiset_RunsTheNamedPairsOnBothSchedules()
    {
        var m = new Recording();
        Assert.True(Only("par order", m, 3).Holds);
        var expected = new List<(string, Schedule)>();
        for (var i = 0; i < 3; i++)
        {
            var g = new SourceGen(7000 + i);
            var (p, q) = (g.Body(1 + (i % 4)), g.Body(1 + (i % 3)));
            foreach (var s in new[] { new Schedule(MaxSteps: 20_000), new Schedule(true, i, true, 20_000) })
            {
                expected.Add((SourceGen.Wrap(p + " | " + q), s));
                expected.Add((SourceGen.Wrap(q + " | " + p), s));
            }
        }
        Assert.Equal(expected, m.Runs);
    }

    [Fact]
    public void Soundness_ProgramWithTwoOutcomes_ListsEachOutcomeOnItsOwnLine()
    {
        var twoOutcomes = AgreementCases.Generate(27, 4).Single(k => k.Exploration.Outcomes.Count == 2);
        var broken = new BrokenOnSource((source, _, r) => source == twoOutcomes.Source ? r with { Stdout = [.. r.Stdout, "broken"] } : r);
        var c = Only("generated programs", broken, 4, 27).Counterexample!;
        Assert.Equal(twoOutcomes.Source, c.Source);
        Assert.StartsWith($"generator seed {twoOutcomes.Seed}: under ", c.Message, StringComparison.Ordinal);
        Assert.EndsWith("\nreducer outcomes:\n" + OutcomeOracle.Show(twoOutcomes.Exploration.Outcomes[0]) + "\n" + OutcomeOracle.Show(twoOutcomes.Exploration.Outcomes[1]), c.Message, StringComparison.Ordinal);
    }

    /// <summary>Our machine with its run rewritten from the program and schedule.</summary>
    private sealed class BrokenOnSource(Func<string, Schedule, MachineRun, MachineRun> rewrite) : IMachine
    {
        public MachineRun Run(string source, Schedule schedule) => rewrite(source, schedule, Ours.Run(source, schedule));
    }
}
