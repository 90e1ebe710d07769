using Rho.Machine.Workloads;
using static Rho.Machine.Workloads.Workloads;

namespace Rho.Machine.Tests.Workloads;

/// <summary>
/// The benchmark workloads of <c>bench/programs</c>: their names and units, their units of work per parameter values,
/// and what their program text does with its parameters (errors named exactly).
/// </summary>
public sealed class WorkloadTests
{
    private static Dictionary<string, long> P(params (string Name, long Value)[] ps) =>
        ps.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);

    [Fact]
    public void EveryWorkload_NamesItsUnitOfWork()
    {
        Assert.Equal(
            ["ring hops", "pingpong messages", "fanin messages", "fanout iterations", "arith iterations", "factorial calls", "fibonacci calls", "blocked receives"],
            All.Select(w => $"{w.Name} {w.Unit}"));
    }

    [Fact]
    public void Units_AreTheDocumentedProductsOfTheParameters()
    {
        Assert.Equal(7, Ring.Units(P(("NODES", 3), ("HOPS", 7))));
        Assert.Equal(6, PingPong.Units(P(("ROUNDS", 3))));
        Assert.Equal(5, FanIn.Units(P(("SENDERS", 5))));
        Assert.Equal(21, FanOut.Units(P(("WORKERS", 3), ("STEPS", 7))));
        Assert.Equal(4, Arith.Units(P(("ITERATIONS", 4))));
        Assert.Equal(21, Factorial.Units(P(("N", 7), ("REPEATS", 3))));
        // fib(5) takes 2 * fib(6) - 1 = 2 * 8 - 1 calls.
        Assert.Equal(15, Fibonacci.Units(P(("N", 5))));
        Assert.Equal(9, Blocked.Units(P(("RECEIVES", 9))));
    }

    [Fact]
    public void Expected_IsTheLineTheProgramPrints_ComputedFromTheParameters()
    {
        Assert.Equal("3", Ring.Expected(P(("NODES", 5), ("HOPS", 7))));
        Assert.Equal("120", Factorial.Expected(P(("N", 5), ("REPEATS", 2))));
        Assert.Equal("5", Fibonacci.Expected(P(("N", 5))));
        Assert.Equal("4", FanIn.Expected(P(("SENDERS", 4))));
        Assert.Equal("\"done\"", FanOut.Expected(P(("WORKERS", 1), ("STEPS", 1))));
    }

    [Fact]
    public void Find_IgnoresCase_AndGivesNullForAnUnknownName()
    {
        Assert.Same(Fibonacci, Find("FiBoNaCcI"));
        Assert.Null(Find("nosuchworkload"));
    }

    [Fact]
    public void Template_OfAProgramThatIsNotEmbedded_IsAClearError()
    {
        var w = new Workload("nosuch", "units", Ring.Sizes, _ => 0, _ => "");
        var e = Assert.Throws<InvalidOperationException>(() => w.Template);
        Assert.Equal("workload program nosuch.rho is not embedded", e.Message);
    }

    [Fact]
    public void Source_NullParameters_IsAnArgumentError()
    {
        Assert.Throws<ArgumentNullException>(() => Ring.Source(null!));
    }

    [Fact]
    public void Source_MissingParameter_NamesIt()
    {
        var e = Assert.Throws<ArgumentException>(() => Ring.Source(P(("NODES", 7))));
        Assert.Equal("parameters", e.ParamName);
        Assert.StartsWith("workload ring: no value for parameter HOPS", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Source_ParametersThatMarkNothing_AreNamedTogether()
    {
        var e = Assert.Throws<ArgumentException>(() => Ring.Source(P(("NODES", 7), ("HOPS", 1), ("X", 2), ("Y", 3))));
        Assert.Equal("parameters", e.ParamName);
        Assert.StartsWith("workload ring: X, Y marks nothing in the program", e.Message, StringComparison.Ordinal);
    }
}
