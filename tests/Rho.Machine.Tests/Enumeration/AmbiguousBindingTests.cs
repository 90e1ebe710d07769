using Rho.Compiler;
using Rho.Semantics;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests.Enumeration;

/// <summary>
/// <c>RSpace/binding</c>: a pattern that matches one value in several distinct ways. Fifo takes the first binding; the
/// random policy reaches each; the controlled mode enumerates them, so <c>Law/adequacy</c> holds for such programs.
/// </summary>
public class AmbiguousBindingTests
{
    /// <summary>
    /// Programs in which a pattern matches a value in several distinct ways (the reducer's outcomes say which: a par
    /// pattern's variables here take the whole par or Nil, a set remainder leaves either element), each with what fifo
    /// prints: the matcher's first binding.
    /// </summary>
    public static TheoryData<string, string> Programs => new()
    {
        // A receive's pattern splits the datum 1 | 2.
        { "new out(`rho:io:stdout`), c in { c!(1 | 2) | for (@{x | y} <- c) { out!(x) } }", "1 | 2" },
        // A match case does the same, with three parts.
        { "new out(`rho:io:stdout`) in { match {1 | 2 | 3} { {x | y | z} => out!(x) } }", "1 | 2 | 3" },
        // A join: only the second bind is ambiguous.
        { "new out(`rho:io:stdout`), a, b in { a!(0) | b!(5 | 6) | for (@u <- a & @{v | w} <- b) { out!([u, v]) } }", "[0, 5 | 6]" },
        // Exactly two bindings: a set pattern with a remainder takes either element.
        { "new out(`rho:io:stdout`), c in { c!(Set(1, 2)) | for (@Set(x ...rest) <- c) { out!(x) } }", "1" },
        // A persistent contract: its call splits its argument.
        { "new out(`rho:io:stdout`), c in { contract c(@{x | y}) = { out!(x) } | c!(7 | 8) }", "7 | 8" },
    };

    /// <summary>What the reducer's outcomes print, each outcome's lines joined; at least two for these programs.</summary>
    private static string[] ReducerPrints(string source)
    {
        var reducer = Rholang.Reduce(source);
        Assert.Equal(Verdict.Complete, reducer.Verdict);
        var printed = reducer.Outcomes.Select(o => string.Join(",", o.Stdout)).Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.True(printed.Length >= 2, $"not ambiguous: {string.Join(" ", printed)}");
        return printed;
    }

    private static string[] Printed(IEnumerable<MachineOutcome> outcomes) =>
        outcomes.Select(o => string.Join(",", o.Stdout)).Distinct().Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [MemberData(nameof(Programs))]
    [Trait("Rule", "RSpace/binding")]
    [Trait("Rule", "Law/adequacy")]
    public void Controlled_AmbiguousPattern_ReachesEveryBindingTheReducerFollows(string source, string first)
    {
        var printed = ReducerPrints(source);
        Assert.Contains(first, printed.Select(p => p.Replace("\n", " ", StringComparison.Ordinal)));
        var reducer = Rholang.Reduce(source);
        foreach (var path in new[] { PrimitivePath.Direct, PrimitivePath.Channel })
        {
            var machine = RhoMachine.Explore(RhoCompiler.Compile(Rholang.Compile(source)), new MachineExploreOptions(5_000, 100_000, path));
            Assert.Equal(Verdict.Complete, machine.Verdict);
            Assert.Equal(printed, Printed(machine.Outcomes));
            var diff = ControlledTests.Difference(machine, reducer);
            Assert.True(diff is null, $"{path}:\n{diff}");
        }
    }

    [Theory]
    [MemberData(nameof(Programs))]
    [Trait("Rule", "RSpace/binding")]
    [Trait("Rule", "Sched/random")]
    public void Random_AmbiguousPattern_SeedsReachEveryBinding(string source, string first)
    {
        var printed = ReducerPrints(source);
        Assert.Contains(first, printed.Select(p => p.Replace("\n", " ", StringComparison.Ordinal)));
        var seen = new HashSet<string>();
        for (var seed = 0; seed < 200 && seen.Count < printed.Length; seed++)
        {
            var r = Oracle.Run(source, new MachineOptions(SchedulerPolicy.Random, seed));
            Assert.Empty(r.Errors);
            Assert.Equal(Oracle.Run(source, new MachineOptions(SchedulerPolicy.Random, seed)).Stdout, r.Stdout);
            seen.Add(string.Join(",", r.Stdout));
        }
        Assert.Equal(printed, seen.Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [MemberData(nameof(Programs))]
    [Trait("Rule", "RSpace/binding")]
    [Trait("Rule", "Sched/fifo")]
    public void Fifo_AmbiguousPattern_TakesTheMatchersFirstBinding(string source, string first)
    {
        var printed = ReducerPrints(source);
        var fifo = Oracle.Run(source).Stdout;
        Assert.Equal(first, Assert.Single(fifo).Replace("\n", " ", StringComparison.Ordinal));
        Assert.Contains(fifo[0], printed);
        Assert.Equal(fifo, Oracle.Run(source, new MachineOptions(SchedulerPolicy.Priority)).Stdout);
        Assert.Equal(fifo, Oracle.Run(source).Stdout);
    }
}
