using Rho.Semantics.Mutation;

namespace Rho.Cli.Tests;

/// <summary><c>rho check</c> end to end: the report and its exit codes (0 agreement, 4 disagreement, 1 static error, 3 budget).</summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rho-check-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Check_ChoiceProgram_EverySchedulesAgreesAndExhaustiveSetsAreEqual()
    {
        var path = File("choice.rho", "new out(`rho:io:stdout`), c in { c!(1) | c!(2) | for (@x <- c) { out!(x) } }");
        var (code, stdout, _) = RhoCommandTests.Rho("check", path, "--runs", "3", "--seed", "5", "--exhaustive");
        Assert.True(code == 0, stdout);
        Assert.Contains("fifo --primitives channel: ok", stdout, StringComparison.Ordinal);
        Assert.Contains("priority --primitives direct: ok", stdout, StringComparison.Ordinal);
        Assert.Contains("random --seed 7 --primitives direct: ok", stdout, StringComparison.Ordinal);
        Assert.Contains("exhaustive --primitives channel: 2 outcome(s)", stdout, StringComparison.Ordinal);
        Assert.Contains("random --seed 6 --primitives channel (optimized): ok", stdout, StringComparison.Ordinal);
        Assert.Contains("agreement: 20 schedule(s)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MachineMissingBindings_ExhaustiveFindsTheMissingReducerOutcomesAndExits4()
    {
        // With Mutant/binding-first-only the machine takes the first binding of an ambiguous pattern under every
        // policy (what it did before RSpace/binding); the reducer takes each. Only the exhaustive check sees it.
        using var mutant = Mutants.Enable(Mutant.BindingFirstOnly);
        var path = File("two.rho", "new out(`rho:io:stdout`), c in { c!(1 | 2) | for (@{x | y} <- c) { out!(x) } }");
        var (plain, _, _) = RhoCommandTests.Rho("check", path, "--runs", "2");
        Assert.Equal(0, plain);
        var (code, stdout, _) = RhoCommandTests.Rho("check", path, "--runs", "2", "--exhaustive");
        Assert.True(code == 4, stdout);
        Assert.Contains("reducer only: stdout [", stdout, StringComparison.Ordinal);
        Assert.Contains("DISAGREEMENT", stdout, StringComparison.Ordinal);
        Assert.Contains("the reducer's outcomes are:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AmbiguousPattern_ExhaustiveReachesEveryBindingAndExits0()
    {
        var path = File("two.rho", "new out(`rho:io:stdout`), c in { c!(1 | 2) | for (@{x | y} <- c) { out!(x) } }");
        var (code, stdout, _) = RhoCommandTests.Rho("check", path, "--runs", "2", "--exhaustive");
        Assert.True(code == 0, stdout);
        Assert.Contains("exhaustive --primitives direct: 2 outcome(s)", stdout, StringComparison.Ordinal);
        Assert.Contains("and the exhaustive outcome sets agree with the reducer", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NonTerminatingProgram_ReducerCutOffExits3()
    {
        var path = File("loop.rho", "new out(`rho:io:stdout`), c in { contract c(@n) = { out!(n) | c!(n + 1) } | c!(0) }");
        var (code, stdout, _) = RhoCommandTests.Rho("check", path, "--max-states", "200");
        Assert.Equal(3, code);
        Assert.Contains("cut off", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MachineBudgetTooSmall_Exits3()
    {
        var sum = string.Join(" + ", Enumerable.Range(0, 30));
        var path = File("long.rho", $"new out(`rho:io:stdout`) in {{ out!({sum}) }}");
        var (code, stdout, _) = RhoCommandTests.Rho("check", path, "--runs", "1", "--max-steps", "10");
        Assert.Equal(3, code);
        Assert.Contains("budget exhausted after 10 steps", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SyntaxError_Exits1WithPosition()
    {
        var path = File("bad.rho", "new x in { x!( }");
        var (code, _, stderr) = RhoCommandTests.Rho("check", path);
        Assert.Equal(1, code);
        Assert.Matches(@"bad\.rho:1:\d+: error: ", stderr);
    }

    [Fact]
    public void Run_PriorityScheduler_IsAcceptedAndAnUnknownOneIsAUsageError()
    {
        var path = File("p.rho", "new out(`rho:io:stdout`) in { out!(1) }");
        var (code, stdout, _) = RhoCommandTests.Rho("run", path, "--scheduler", "priority");
        Assert.Equal(0, code);
        Assert.Equal("1", stdout.Trim());
        Assert.Equal(2, RhoCommandTests.Rho("run", path, "--scheduler", "lifo").Code);
    }
}
