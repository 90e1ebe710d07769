using System.Globalization;
using System.Text.RegularExpressions;
using Rho.Compiler;
using Rho.Machine.Execution;
using Rho.Semantics;

namespace Rho.Machine.Tests.Execution;

/// <summary>
/// <c>Sched/local</c>: with several workers under fifo each worker keeps the task it made runnable last and draws
/// steps from the budget in credits. Nothing of that may show in a run: the budget stays exact, every step is
/// counted once, every machine once, no private channel is handed out twice, no task waits forever behind a
/// worker's own chain, and a task a worker kept when the run stopped is in the residual.
/// </summary>
public class WorkerLocalTests
{
    /// <summary>
    /// WORKERS independent countdown loops of STEPS rounds on channels of their own: each channel holds at most one
    /// datum, next to one persistent receive, so every send is met by exactly one communication, and the run takes
    /// the same steps and machines under every schedule.
    /// </summary>
    private static string Loops(int workers, int steps) => $$"""
        new spawn in {
          contract spawn(@w) = {
            if (w > 0) {
              new loop in {
                contract loop(@n) = { if (n > 0) { loop!(n - 1) } } |
                loop!({{steps}})
              } |
              spawn!(w - 1)
            }
          } |
          spawn!({{workers}})
        }
        """;

    private static MachineResult Run(string source, long maxSteps, int threads, PrimitivePath path = PrimitivePath.Direct) =>
        Oracle.Run(source, new MachineOptions(MaxSteps: maxSteps, Primitives: path, Threads: threads));

    [Theory]
    [InlineData(PrimitivePath.Direct)]
    [InlineData(PrimitivePath.Channel)]
    [Trait("Rule", "Sched/local")]
    [Trait("Rule", "Sched/budget")]
    [Trait("Rule", "Prim/processor")]
    public void Workers_TakeExactlyTheStepsAndMachinesOfOneThread_AndEndWithinABudgetOfExactlyThatMany(PrimitivePath path)
    {
        // On the channel path a budget may end between a primitive's two communications, on any worker.
        var program = Loops(6, 300);
        var one = Run(program, 10_000_000, 1, path);
        Assert.False(one.BudgetExhausted);
        var roomy = Run(program, 10_000_000, 3, path);
        Assert.Equal(one.Steps, roomy.Steps);
        Assert.Equal(one.MachinesSpawned, roomy.MachinesSpawned);
        for (var round = 0; round < 30; round++)
        {
            var threads = 2 + (round % 3);
            var exact = Run(program, one.Steps, threads, path);
            Assert.False(exact.BudgetExhausted, $"round {round}, {threads} threads: a budget of exactly the steps needed ran out after {exact.Steps}");
            Assert.Equal(one.Steps, exact.Steps);
            Assert.Equal(one.MachinesSpawned, exact.MachinesSpawned);

            var short1 = Run(program, one.Steps - 1, threads, path);
            Assert.True(short1.BudgetExhausted, $"round {round}, {threads} threads: one step short, yet it finished");
            Assert.Equal(one.Steps - 1, short1.Steps);
        }
    }

    [Fact]
    [Trait("Rule", "Sched/local")]
    public void AWorkersOwnChain_NeverHoldsBackTheSharedQueue()
    {
        // Three endless loops and two workers: each worker could follow one loop's chain of tasks forever, while the
        // third loop waits in the shared queue. Every loop must still get far before the budget ends.
        const string program = """
            new a, b, c in {
              contract a(@n) = { a!(n + 1) } | contract b(@n) = { b!(n + 1) } | contract c(@n) = { c!(n + 1) } |
              a!(0) | b!(0) | c!(0)
            }
            """;
        for (var round = 0; round < 5; round++)
        {
            var r = Run(program, 300_000, 2);
            Assert.True(r.BudgetExhausted);
            var counters = Regex.Matches(r.ResidualText, @"!\(\(?(\d+)").Select(m => long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(3, counters.Count);
            Assert.All(counters, n => Assert.True(n > 1_000, $"a loop got only to {n}: {r.ResidualText}"));
        }
    }

    [Fact]
    [Trait("Rule", "Sched/local")]
    [Trait("Rule", "Mach/readback")]
    public void ATaskKeptWhenTheBudgetEnds_IsInTheResidual()
    {
        const string program = "new c in { contract c(@n) = { c!(n + 1) } | c!(0) }";
        for (var round = 0; round < 10; round++)
        {
            var r = Run(program, 5_000 + round, 2);
            Assert.True(r.BudgetExhausted);
            // The contract and the one send (or the machine about to make it) are left: nothing is lost.
            var residual = r.ResidualText;
            Assert.Equal(1, Regex.Count(residual, @"for\("));
            Assert.Equal(2, Regex.Count(residual, @"!\("));
        }
    }

    [Fact]
    [Trait("Rule", "Sched/local")]
    [Trait("Rule", "Law/identity")]
    public void Workers_NeverGiveTwoMachinesOnePrivateChannel()
    {
        // Every communication links two machines, so many are runnable when the budget ends; two workers made them,
        // each from its own block of ids.
        var rt = new Runtime(new MachineOptions(MaxSteps: 30_000, Primitives: PrimitivePath.Channel), null);
        rt.Link(RhoCompiler.Compile(Rholang.Compile("new c in { contract c(@n) = { c!(n + 1) | c!(n + 1) } | c!(0) }")), []);
        Assert.False(rt.RunParallel(2));
        var live = rt.LiveMachines();
        Assert.True(live.Count > 100, $"only {live.Count} live machines");
        Assert.Equal(live.Count, live.Select(m => m.PrivateChannel).Distinct().Count());
    }
}
