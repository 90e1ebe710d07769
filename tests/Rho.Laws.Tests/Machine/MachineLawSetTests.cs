using Rho.Laws.Machine;
using Rho.Machine.Tests.Laws;
using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Laws.Tests.Machine;

/// <summary>
/// The machine law set: every law holds on our machine; each fails, with the program, the schedule
/// and the reducer's outcomes, on a machine broken for it; a law that checked too few programs
/// says so instead of holding.
/// </summary>
public class MachineLawSetTests
{
    private static readonly IMachine Ours = RhoMachineLaws.Instance;

    /// <summary>Our machine with its run rewritten.</summary>
    private sealed class Rewritten(Func<string, Schedule, MachineRun, MachineRun> rewrite) : IMachine
    {
        public MachineRun Run(string source, Schedule schedule) => rewrite(source, schedule, Ours.Run(source, schedule));
    }

    private static LawResult Only(string name, IMachine machine, int tests) =>
        Assert.Single(LawSets.Machine.Laws.Where(l => l.Name == name).Select(l => LawRunner.Check(l, machine, new LawConfig(Tests: tests))));

    [Fact]
    public void Soundness_OurMachine_Holds() =>
        Assert.All(LawRunner.Check(LawSets.Machine, "Law/soundness", Ours, new LawConfig(Tests: 6)), r => Assert.True(r.Holds, r.ToString()));

    [Fact]
    public void ChannelTrickMultisetIsolation_OurMachine_Hold()
    {
        Assert.True(Only("both paths", Ours, 150).Holds);
        Assert.True(Only("par order", Ours, 8).Holds);
        Assert.True(Only("a failing process beside", Ours, 12).Holds);
    }

    [Fact]
    public void NoProgram_TheSweepsSayTheLawWasNotExercised()
    {
        Assert.Equal(new Counterexample("(no program)", "only 0 runs checked: the law was not exercised"), Only("generated programs", Ours, 0).Counterexample);
        Assert.Equal(new Counterexample("(no program)", "only 0 deterministic programs"), Only("both paths", Ours, 0).Counterexample);
        Assert.True(Only("par order", Ours, 0).Holds);
        Assert.True(Only("a failing process beside", Ours, 0).Holds);
    }

    [Fact]
    public void ChannelTrick_ThirtyOrFewerDeterministicPrograms_IsNotExercised()
    {
        var deterministic = AgreementCases.Generate(AgreementCases.Pinned, 20).Count(k => k.Exploration.Outcomes.Count == 1);
        Assert.InRange(deterministic, 1, 30);
        Assert.Equal(new Counterexample("(no program)", $"only {deterministic} deterministic programs"), Only("both paths", Ours, 20).Counterexample);
    }

    [Fact]
    public void Soundness_MachineThatAlwaysExhaustsItsBudget_Fails()
    {
        var result = Only("generated programs", new Rewritten((_, _, r) => r with { BudgetExhausted = true }), 10);
        var m = System.Text.RegularExpressions.Regex.Match(result.Counterexample!.Message, @"^generator seed (\d+): under Schedule \{ Random = False, Seed = 0, ChannelPrimitives = False, MaxSteps = 200000, Threads = 1, Priority = False \}: machine stdout \[");
        Assert.True(m.Success, result.Counterexample.Message);
        var seed = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var failing = AgreementCases.Generate(7, 10).Single(k => k.Seed == seed);
        Assert.Equal(failing.Source, result.Counterexample.Source);
        Assert.False(failing.Exploration.Divergent);
        Assert.Contains("\nreducer outcomes:\n", result.Counterexample.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Soundness_Shrinking_FailsWithAProgramThatCompiles()
    {
        var result = Only("shrinking", new Rewritten((_, _, r) => r with { Stderr = [.. r.Stderr, "extra"] }), 20);
        Assert.StartsWith("FsCheck: the property is false", result.Counterexample!.Message, StringComparison.Ordinal);
        Assert.NotNull(Rholang.Compile(result.Counterexample.Source));
    }

    [Fact]
    public void ChannelTrick_ChannelPathThatLosesOutput_Fails()
    {
        var broken = new Rewritten((_, s, r) => s.ChannelPrimitives ? r with { Stdout = [.. r.Stdout, "lost"] } : r);
        var result = Only("both paths", broken, 150);
        Assert.Matches(@"^generator seed \d+: under Schedule \{[^}]*\}: direct stdout \[[^\]]*\] .* channel stdout \[[^\]]*lost\]", result.Counterexample!.Message);
        Assert.NotNull(Rholang.Compile(result.Counterexample.Source));
    }

    [Fact]
    public void ChannelTrick_DirectPathThatLosesOutput_Fails() =>
        Assert.False(Only("both paths", new Rewritten((_, s, r) => s.ChannelPrimitives ? r : r with { Stdout = [.. r.Stdout, "lost"] }), 150).Holds);

    [Fact]
    public void Multiset_MachineThatSeesTheWrittenOrder_Fails()
    {
        var result = Only("par order", new Rewritten((source, _, r) => r with { Stdout = [.. r.Stdout, source] }), 8);
        var c = result.Counterexample!;
        Assert.StartsWith("new out(`rho:io:stdout`)", c.Source, StringComparison.Ordinal);
        Assert.Matches(@"^under Schedule \{[^}]*MaxSteps = 20000[^}]*\}: stdout \[", c.Message);
        Assert.Contains("\nbut new out(`rho:io:stdout`)", c.Message, StringComparison.Ordinal);
        Assert.Contains("\nran stdout [", c.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiset_RandomScheduleOnlyMachine_Fails() =>
        Assert.False(Only("par order", new Rewritten((source, s, r) => s.Random ? r with { Stdout = [.. r.Stdout, source] } : r), 8).Holds);

    [Fact]
    public void Isolation_MachineThatHidesErrors_Fails()
    {
        var result = Only("a failing process beside", new Rewritten((_, _, r) => r with { ErrorKinds = [] }), 12);
        Assert.Matches(@"^generator seed \d+: under Schedule \{[^}]*\}: alone .*\nbeside new out\(`rho:io:stdout`\)(.|\n)*\| @Nil!\(1 / 0\)\n\}\nran ", result.Counterexample!.Message);
    }

    [Fact]
    public void Isolation_MachineThatDoublesTheDivZero_Fails() =>
        Assert.False(Only("a failing process beside", new Rewritten((source, _, r) => source.Contains("@Nil!(1 / 0)", StringComparison.Ordinal) ? r with { ErrorKinds = [.. r.ErrorKinds, ErrorKinds.DivZero] } : r), 12).Holds);

    [Fact]
    public void Isolation_MachineThatBreaksTheProgramAlone_Fails() =>
        Assert.False(Only("a failing process beside", new Rewritten((source, _, r) => source.Contains("@Nil!(1 / 0)", StringComparison.Ordinal) ? r : r with { Stdout = [.. r.Stdout, "x"] }), 12).Holds);

    [Fact]
    public void Isolation_MachineThatChangesTheProgramBeside_Fails() =>
        Assert.False(Only("a failing process beside", new Rewritten((source, _, r) => source.Contains("@Nil!(1 / 0)", StringComparison.Ordinal) ? r with { Stdout = [.. r.Stdout, "x"] } : r), 12).Holds);

    [Fact]
    public void Machine_ThatRaises_FailsNamingTheException()
    {
        var result = Only("par order", new Rewritten((_, _, _) => throw new InvalidOperationException("crash")), 3);
        Assert.Equal(new Counterexample("(none: the property itself raised)", "InvalidOperationException: crash"), result.Counterexample);
    }

    // A run that exhausted its budget checked only that its program can diverge: it does not count. (Generated
    // programs seldom diverge, so the sweep itself never shows this; see mutation-reports/README.md.)
    [Fact]
    public void Soundness_ARunCountsAsCheckedUnlessItExhaustedTheBudget()
    {
        var run = new MachineRun([], [], [], Nil.Instance, BudgetExhausted: false);
        Assert.Equal(1, MachineLaws.Checked(run));
        Assert.Equal(0, MachineLaws.Checked(run with { BudgetExhausted = true }));
    }

    [Theory]
    [InlineData(0, 0, false)]
    [InlineData(5, 1, false)]
    [InlineData(6, 1, true)]
    [InlineData(50, 10, false)]
    [InlineData(51, 10, true)]
    public void Soundness_IsExercisedByMoreThanFiveCheckedRunsPerProgram(int checkedRuns, int programs, bool exercised) =>
        Assert.Equal(exercised, MachineLaws.Exercised(checkedRuns, programs));
}
