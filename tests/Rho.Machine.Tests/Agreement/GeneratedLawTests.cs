using Rho.Compiler;
using Rho.Compiler.Bytecode;
using Rho.Machine.Execution;
using Rho.Semantics.Fuzz;
using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests.Agreement;

/// <summary><c>Law/multiset</c>, <c>Law/isolation</c> and <c>Law/identity</c> on generated programs (fixed seeds; the seed is in every message).</summary>
public class GeneratedLawTests
{
    private const int Programs = 25;

    private static int Seed => int.TryParse(Environment.GetEnvironmentVariable("RHO_PROPERTY_SEED"), out var s) ? s : 11;

    private static IEnumerable<(int Seed, string Body)> Bodies()
    {
        for (var i = 0; i < Programs; i++)
        {
            var seed = (Seed * 1000) + i;
            var program = new SourceGen(seed).Program(2 + (i % 5));
            // The body inside `new out, err, a, b, c in { … }`, so two bodies can share the names.
            var body = program[(program.IndexOf('{', StringComparison.Ordinal) + 1)..program.LastIndexOf('}')];
            yield return (seed, body);
        }
    }

    private static string Wrap(string body) => $"new out(`rho:io:stdout`), err(`rho:io:stderr`), a, b, c in {{ {body} }}";

    private static CompiledProcess Compile(string source) => RhoCompiler.Compile(Rholang.Compile(source));

    [Fact]
    [Trait("Rule", "Law/multiset")]
    public void Multiset_GeneratedPairs_PQAndQPHaveOneCodeAndTheSameOutcomesOnEverySchedule()
    {
        var bodies = Bodies().ToList();
        for (var i = 0; i + 1 < bodies.Count; i += 2)
        {
            var (seed, p) = bodies[i];
            var q = bodies[i + 1].Body;
            var pq = Compile(Wrap(p + " | " + q));
            var qp = Compile(Wrap(q + " | " + p));
            Assert.True(RhoCompiler.HashHex(pq) == RhoCompiler.HashHex(qp), $"seed {seed}");
            // The snapshot after loading P | Q is the union of the snapshots of P and Q (outer names linked alike).
            var shapes = (CompiledProcess c) => Snapshots.AfterLoad(c).Select(m => Convert.ToHexString([.. m.Code.Instrs.Items]) + "/" + m.Locals.Count).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(shapes(pq), shapes(qp));
            foreach (var options in Schedules())
            {
                Assert.True(Oracle.Show(RhoMachine.Run(pq, options)) == Oracle.Show(RhoMachine.Run(qp, options)), $"seed {seed} under {options}");
            }
        }
    }

    [Fact]
    [Trait("Rule", "Law/isolation")]
    public void Isolation_GeneratedPrograms_FailingNeighbourAddsOnlyItsError()
    {
        var compared = 0;
        foreach (var (seed, p) in Bodies())
        {
            var alone = RhoMachine.Explore(Compile(Wrap(p)), new MachineExploreOptions(MaxStates: 3_000));
            var failing = RhoMachine.Explore(Compile(Wrap(p + " | out!(\"z\" / 0)")), new MachineExploreOptions(MaxStates: 6_000));
            if (alone.Verdict != Verdict.Complete || failing.Verdict != Verdict.Complete)
            {
                continue;
            }
            compared++;
            static string WithoutTheAddedError(MachineOutcome o)
            {
                var errors = o.Errors.Items.ToList();
                // The neighbour `"z" / 0` raises a type error; outcomes compare error kinds as a multiset.
                var i = errors.FindIndex(e => e.Kind == ErrorKinds.Type);
                if (i < 0)
                {
                    return "no added error";
                }
                errors.RemoveAt(i);
                return (o with { Errors = errors.ToSeq() }).ToString();
            }
            var expected = alone.Outcomes.Select(o => o.ToString()).ToHashSet();
            var actual = failing.Outcomes.Select(WithoutTheAddedError).ToHashSet();
            Assert.True(expected.SetEquals(actual), $"seed {seed}:\n{p}\nalone:\n{string.Join("\n", expected)}\nwith the failing neighbour:\n{string.Join("\n", actual)}");
        }
        Assert.True(compared > Programs / 2, $"only {compared} programs compared");
    }

    [Fact]
    [Trait("Rule", "Law/identity")]
    public void Identity_GeneratedPrograms_LiveMachinesHaveDistinctPrivateNamesNoProgramValueHolds()
    {
        foreach (var (seed, p) in Bodies())
        {
            foreach (var options in Schedules())
            {
                var rt = new Runtime(options with { MaxSteps = 20_000 }, null);
                rt.Link(Compile(Wrap(p)), []);
                do
                {
                    var live = rt.Runnable();
                    Assert.True(live.Select(m => m.PrivateChannel).Distinct().Count() == live.Count, $"seed {seed}: two machines share a private channel");
                    Assert.True(live.All(m => m.PrivateChannel.Id < 0), $"seed {seed}: a private channel in the program's namespace");
                    var held = live.SelectMany(m => m.Env.Concat(m.Stack)).Concat(rt.Space.WaitingData().Where(d => d.Channel is not GUnforgeable { Id: < 0 }).SelectMany(d => d.Data.Items.Append(d.Channel)));
                    Assert.True(held.All(v => !HoldsPrivate(v)), $"seed {seed}: a program value holds a private name");
                }
                while (rt.RunOne());
            }
        }
    }

    private static bool HoldsPrivate(Proc p) =>
        p is GUnforgeable { Id: < 0 } || Traversal.Children(p).Any(c => HoldsPrivate(c.Child));

    private static IEnumerable<MachineOptions> Schedules() =>
    [
        new(SchedulerPolicy.Fifo, 0, PrimitivePath.Channel, 100_000),
        new(SchedulerPolicy.Priority, 0, PrimitivePath.Channel, 100_000),
        new(SchedulerPolicy.Random, 3, PrimitivePath.Direct, 100_000),
    ];
}
