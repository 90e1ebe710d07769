using Rho.Laws.Machine;
using Rho.Machine.Tests.Laws;
using Rho.Semantics;
using Rho.Semantics.Fuzz;
using Rho.Semantics.Reduction;

namespace Rho.Laws.Tests.Machine;

/// <summary>The generated cases of the machine laws and the outcome oracle that judges a run.</summary>
public class AgreementCasesTests
{
    [Fact]
    public void Generate_CompleteExplorationsOfTheSeededPrograms()
    {
        var cases = AgreementCases.Generate(3, 30).ToList();
        Assert.InRange(cases.Count, 20, 30);
        Assert.All(cases, k =>
        {
            var i = k.Seed - 3000;
            Assert.InRange(i, 0, 29);
            Assert.Equal(new SourceGen(k.Seed).Program(2 + (i % 7)), k.Source);
            Assert.Equal(Verdict.Complete, k.Exploration.Verdict);
        });
        Assert.Equal(cases.Select(k => k.Seed).Order(), cases.Select(k => k.Seed));
        Assert.Equal(3000, cases[0].Seed);
        Assert.Empty(AgreementCases.Generate(3, 0));
    }

    [Fact]
    public void Generate_SkipsProgramsOverBudget()
    {
        var all = Enumerable.Range(0, 150).Select(i => 7000 + i).ToList();
        var kept = AgreementCases.Generate(7, 150).Select(k => k.Seed).ToHashSet();
        var skipped = all.Where(s => !kept.Contains(s)).ToList();
        Assert.All(skipped, s => Assert.NotEqual(Verdict.Complete, Rholang.Reduce(new SourceGen(s).Program(2 + ((s - 7000) % 7)), new ExploreOptions(MaxStates: 3000)).Verdict));
    }

    [Fact]
    public void Schedules_FifoPriorityAndFiveRandomSeedsOnBothPaths() =>
        Assert.Equal(
            [
                new Schedule(), new Schedule(Priority: true), new Schedule(true, 1), new Schedule(true, 2), new Schedule(true, 3), new Schedule(true, 4), new Schedule(true, 5),
                new Schedule(ChannelPrimitives: true), new Schedule(ChannelPrimitives: true, Priority: true), new Schedule(true, 1, true), new Schedule(true, 2, true), new Schedule(true, 3, true), new Schedule(true, 4, true), new Schedule(true, 5, true),
            ],
            AgreementCases.Schedules());

    [Fact]
    public void Schedule_Defaults() => Assert.Equal(new Schedule(false, 0, false, 200_000, 1, false), new Schedule());

    [Fact]
    public void OutcomeOracle_ARunIsAnOutcomeExactlyWhenItMatchesOne()
    {
        const string Source = "new out(`rho:io:stdout`) in { out!(1) | out!(2) }";
        var e = Rholang.Reduce(Source, new ExploreOptions());
        var run = RhoMachineLaws.Instance.Run(Source, new Schedule());
        Assert.True(OutcomeOracle.IsOutcome(run, e));
        Assert.True(OutcomeOracle.IsOutcome(run with { Stdout = [.. run.Stdout.Reverse()] }, e));
        Assert.False(OutcomeOracle.IsOutcome(run with { Stdout = ["1"] }, e));
        Assert.False(OutcomeOracle.IsOutcome(run with { ErrorKinds = ["div-zero"] }, e));
        Assert.Equal("run", Assert.Throws<ArgumentNullException>(() => OutcomeOracle.IsOutcome(null!, e)).ParamName);
        Assert.Equal("exploration", Assert.Throws<ArgumentNullException>(() => OutcomeOracle.IsOutcome(run, null!)).ParamName);
    }

    [Fact]
    public void OutcomeOracle_ShowsARunAndAnOutcomeAlike()
    {
        var run = new MachineRun(["1", "2"], ["e"], ["div-zero", "arith"], Rho.Semantics.Core.Nil.Instance, false);
        Assert.Equal("stdout [1, 2] stderr [e] errors [arith, div-zero] residual Nil", OutcomeOracle.Show(run));
        var e = Rholang.Reduce("new out(`rho:io:stdout`) in { out!(5) }", new ExploreOptions());
        Assert.Equal("stdout [5] stderr [] errors [] residual Nil", OutcomeOracle.Show(Assert.Single(e.Outcomes)));
        Assert.Equal("run", Assert.Throws<ArgumentNullException>(() => OutcomeOracle.Show((MachineRun)null!)).ParamName);
    }
}
