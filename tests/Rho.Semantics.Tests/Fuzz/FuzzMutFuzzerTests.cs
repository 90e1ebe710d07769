using Rho.Semantics.Conformance;
using Rho.Semantics.Fuzz;
using Rho.Semantics.Reduction;

namespace Rho.Semantics.Tests.Fuzz;

/// <summary>
/// The fuzzer's run and check (spec/conformance.md, "Fuzzing"): program i of a run comes from seed
/// S+i; a program the reducer cannot explore completely is generated but not checked; the
/// implementation must give one of the reducer's outcomes; the first mismatch is shrunk and reported.
/// </summary>
public class FuzzMutFuzzerTests
{
    /// <summary>Fixed seed of the runs below: of programs 3 … 8, 3 and 5 cannot be explored in <see cref="Budget"/> states.</summary>
    private const int Seed = 3;

    private const int Choices = 40;

    /// <summary>A small state budget for the runs, so that some generated programs are not checked.</summary>
    private const int Budget = 4;

    /// <summary>The budget of the single checks, enough for their programs.</summary>
    private const int Enough = 100;

    private const string Printing = "new out(`rho:io:stdout`) in { out!(5) }";

    private static readonly FuzzOptions Options = new(Count: 6, Seed: Seed, Choices: Choices, MaxStates: Budget);

    private static string ProgramOf(int seed)
    {
        var random = new Random(seed);
        return Fuzzer.Program([.. Enumerable.Range(0, Choices).Select(_ => random.Next())]);
    }

    private static bool Explorable(string source)
    {
        var x = Rholang.Reduce(source, new ExploreOptions(MaxStates: Budget));
        return x.Verdict == Verdict.Complete && !x.Divergent;
    }

    [Fact]
    [Trait("Law", "Law/soundness")]
    public void Run_ChecksEveryExplorableProgramOfItsSeeds_AndCountsThem()
    {
        var impl = FuzzMutAdapter.Reducer();
        var progress = new List<int>();
        var report = Fuzzer.Run(impl, Options, progress.Add);
        var explorable = Enumerable.Range(Seed, Options.Count).Select(ProgramOf).Where(Explorable).ToList();
        Assert.Null(report.Mismatch);
        Assert.Equal(Options.Count, report.Generated);
        Assert.Equal([1, 2, 3, 4, 5, 6], progress);
        Assert.Equal(explorable, impl.Sources);
        Assert.Equal(explorable.Count, report.Checked);
        Assert.InRange(report.Checked, 1, Options.Count - 1); // the seeds give both kinds (seed 3 is not explorable)
    }

    [Fact]
    public void Run_StopsAtTheFirstMismatch_AndReportsItsSeedOriginalAndShrunkProblem()
    {
        var first = Enumerable.Range(0, Options.Count).First(i => Explorable(ProgramOf(Seed + i)));
        Assert.True(first >= 1, "the first program should not be explorable, so that the mismatch has seed S+i with i > 0");
        var report = Fuzzer.Run(FuzzMutAdapter.Throwing(), Options);
        var m = report.Mismatch;
        Assert.NotNull(m);
        Assert.Equal(first + 1, report.Generated);
        Assert.Equal(1, report.Checked);
        Assert.Equal(Seed + first, m.Seed);
        Assert.Equal(ProgramOf(Seed + first), m.Original);
        Assert.True(m.Source.Length < m.Original.Length, m.Source);
        Assert.Equal($"it threw InvalidOperationException: {m.Source.Length} characters", m.Problem); // the shrunk program's problem
        Assert.True(Explorable(m.Source));
        Assert.Equal(Rholang.Reduce(m.Source, new ExploreOptions(MaxStates: Budget)).Outcomes.Count, m.Exploration.Outcomes.Count);
    }

    [Fact]
    public void Run_And_Check_And_Program_RejectNull()
    {
        Assert.Equal("implementation", Assert.Throws<ArgumentNullException>(() => Fuzzer.Run(null!, new FuzzOptions(Count: 0))).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => Fuzzer.Run(FuzzMutAdapter.Reducer(), null!)).ParamName);
        Assert.Equal("implementation", Assert.Throws<ArgumentNullException>(() => Fuzzer.Check(null!, Printing, Enough, out _)).ParamName);
        Assert.Equal("choices", Assert.Throws<ArgumentNullException>(() => Fuzzer.Program(null!)).ParamName);
    }

    // 10 choices: size 1 + 10 / 4 = 3; 1: no persistent sends; 0, 1: a par split after 2; 8, …: "c!(1) | err!(2)"; 2: Nil
    [Fact]
    [Trait("Rule", "Syn/par")]
    public void Program_HasOneProcessPerFourChoices_PlusOne() =>
        Assert.Equal(SourceGen.Wrap("c!(1) | err!(2) | Nil"), Fuzzer.Program([1, 0, 1, 8, 2, 0, 1, 0, 2, 2]));

    [Fact]
    public void Check_AProgramThatDoesNotCompile_IsNotExplored_AndNotRun()
    {
        var impl = FuzzMutAdapter.Throwing();
        Assert.Null(Fuzzer.Check(impl, "new out in { out!(", Enough, out var explored));
        Assert.False(explored);
        Assert.Empty(impl.Sources);
    }

    [Theory]
    [InlineData("new out(`rho:io:stdout`) in { out!(1) | out!(2) | out!(3) | out!(4) }", 3)] // cut off
    [InlineData("new c in { contract c(@n) = { c!(n) } | c!(1) }", 100)] // complete, but runs forever
    public void Check_AProgramNotExploredCompletely_IsNotRun(string source, int maxStates)
    {
        var impl = FuzzMutAdapter.Throwing();
        Assert.Null(Fuzzer.Check(impl, source, maxStates, out var explored));
        Assert.False(explored);
        Assert.Empty(impl.Sources);
    }

    [Fact]
    [Trait("Rule", "Sys/stdout")]
    public void Check_GivesTheImplementationTheProgramInATemporaryFile_DeletedAfterwards()
    {
        var impl = FuzzMutAdapter.Reducer();
        Assert.Null(Fuzzer.Check(impl, Printing, Enough, out var explored));
        Assert.True(explored);
        var (path, text) = Assert.Single(impl.Files);
        Assert.Equal(Printing, text);
        Assert.EndsWith(".rho", path, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Check_AnImplementationThatThrows_IsAProblemNamingTheException() =>
        Assert.Equal("it threw InvalidOperationException: 39 characters", Fuzzer.Check(FuzzMutAdapter.Throwing(), Printing, Enough, out _));

    [Fact]
    public void Check_ARunThatDoesNotComplete_IsAProblem()
    {
        var rejected = FuzzMutAdapter.Returning(new RunResult(RunStatus.Rejected, [], new ReportedError("syntax", "bad token", 1, 2), null));
        Assert.Equal("expected a completed run, but it was rejected: 1:2: [syntax] bad token", Fuzzer.Check(rejected, Printing, Enough, out _));
    }

    [Fact]
    [Trait("Rule", "Sys/stdout")]
    public void Check_AnOutcomeTheReducerDoesNotHave_IsAProblemShowingIt()
    {
        var errors = new List<ReportedError> { new("div-zero", "boom", 0, 0), new(null, "bad", 2, 3) };
        var wrong = FuzzMutAdapter.Returning(new RunResult(RunStatus.Completed, [new ObservedOutcome(["5"], ["e"], errors, null)], null, null));
        Assert.Equal(
            "the outcome (stdout [\"5\"], stderr [\"e\"], errors [[div-zero] boom; 2:3: bad]) is none of the reducer's 1 outcome(s)",
            Fuzzer.Check(wrong, Printing, Enough, out _));
        var right = FuzzMutAdapter.Returning(new RunResult(RunStatus.Completed, [new ObservedOutcome(["5"], [], [], null)], null, null));
        Assert.Null(Fuzzer.Check(right, Printing, Enough, out _));
    }
}
