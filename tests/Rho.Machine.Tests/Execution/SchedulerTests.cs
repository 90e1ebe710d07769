using Op = Rho.Compiler.Bytecode.Opcode;
using Rho.Compiler;
using Rho.Machine.Execution;
using Rho.Semantics;
using Rho.Semantics.Core;

namespace Rho.Machine.Tests.Execution;

public class SchedulerTests
{
    private const string ThreePrints = "new out(`rho:io:stdout`) in { out!(1) | out!(2) | out!(3) | out!(4) }";
    private const string Loop = "new c in { contract c(@n) = { c!(n + 1) } | c!(0) }";

    [Fact]
    [Trait("Rule", "Sched/fifo")]
    public void Fifo_SameProgram_SameRunEveryTime()
    {
        var first = Oracle.Run(ThreePrints);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(first.Stdout, Oracle.Run(ThreePrints).Stdout);
        }
    }

    [Fact]
    [Trait("Rule", "Sched/random")]
    public void Random_SameSeedSameRun_SeedsReachSeveralInterleavings()
    {
        var orders = new HashSet<string>();
        for (var seed = 0; seed < 30; seed++)
        {
            var options = new MachineOptions(SchedulerPolicy.Random, seed);
            var a = Oracle.Run(ThreePrints, options);
            Assert.Equal(a.Stdout, Oracle.Run(ThreePrints, options).Stdout);
            orders.Add(string.Join(",", a.Stdout));
        }
        Assert.True(orders.Count >= 5, $"only {orders.Count} orders");
    }

    [Fact]
    [Trait("Rule", "Sched/budget")]
    public void Budget_NonTerminatingProgram_EndsExhaustedAtTheBudget()
    {
        var r = Oracle.Run(Loop, new MachineOptions(MaxSteps: 5_000));
        Assert.True(r.BudgetExhausted);
        Assert.Equal(5_000, r.Steps);
        var done = Oracle.Run(ThreePrints, new MachineOptions(MaxSteps: 5_000));
        Assert.False(done.BudgetExhausted);
    }

    [Fact]
    [Trait("Rule", "Sched/resources")]
    [Trait("Rule", "Sched/queue")]
    public void Resources_TwoLongMachines_BothGetSlicesAndAreReleasedAtTheEnd()
    {
        var sum = string.Join(" + ", Enumerable.Range(0, 40));
        var source = $"new x in {{ x!({sum}) | x!({sum} + 1) }}";
        var rt = new Runtime(new MachineOptions(Primitives: PrimitivePath.Direct, MaxSteps: 70), null);
        rt.Link(RhoCompiler.Compile(Rholang.Compile(source)), []);
        Assert.False(rt.RunToCompletion());
        Assert.Equal(2, rt.Resources.Count);
        Assert.All(rt.Resources.Values, steps => Assert.True(steps >= 32));
        var done = new Runtime(new MachineOptions(), null);
        done.Link(RhoCompiler.Compile(Rholang.Compile(source)), []);
        Assert.True(done.RunToCompletion());
        Assert.Empty(done.Resources);
    }

    [Fact]
    [Trait("Rule", "Law/multiset")]
    public void Multiset_ParOrder_SameCodeAndSameRuns()
    {
        const string p = "new out(`rho:io:stdout`), x in { x!(1) | for (@y <- x) { out!(y) } }";
        const string q = "new out(`rho:io:stderr`) in { out!(2) | out!(3) }";
        var pq = RhoCompiler.Compile(Rholang.Compile(p + " | " + q));
        var qp = RhoCompiler.Compile(Rholang.Compile(q + " | " + p));
        Assert.Equal(RhoCompiler.HashHex(pq), RhoCompiler.HashHex(qp));
        for (var seed = 0; seed < 5; seed++)
        {
            var options = new MachineOptions(SchedulerPolicy.Random, seed);
            Assert.Equal(Oracle.Show(RhoMachine.Run(pq, options)), Oracle.Show(RhoMachine.Run(qp, options)));
        }
    }

    [Fact]
    [Trait("Rule", "Prim/handlers")]
    [Trait("Rule", "Prim/direct")]
    public void Handlers_EveryOperatorOpcode_IsRegisteredAndUsesTheEvaluator()
    {
        for (var op = Op.Or; op <= Op.Interpolate; op++)
        {
            Assert.True(Primitives.IsPrimitive(op), op.ToString());
        }
        Assert.True(Primitives.IsPrimitive(Op.Not) && Primitives.IsPrimitive(Op.Neg) && Primitives.IsPrimitive(Op.Method));
        Assert.False(Primitives.IsPrimitive(Op.Send));
        Assert.Equal(new GInt(5), Primitives.Apply(Op.Add, [new GInt(2), new GInt(3)], SourcePos.None));
        Assert.Equal(new GInt(2), Primitives.Apply(Op.Method, [new GString("length"), new GString("ab")], SourcePos.None));
    }

    [Fact]
    [Trait("Rule", "Prim/channel")]
    [Trait("Rule", "Prim/processor")]
    [Trait("Rule", "Prim/partition")]
    public void Channel_Multiply_MachineBlocksOnItsRequestThenResumesWithTheAnswer()
    {
        var rt = new Runtime(new MachineOptions(Primitives: PrimitivePath.Channel), null);
        rt.Link(RhoCompiler.Compile(Rholang.Compile("new x in { x!(6 * 7) }")), []);
        var m = Assert.Single(rt.Runnable());
        while (!m.Blocked)
        {
            m.Step(rt);
        }
        // Prim/partition: the request is held with the blocked machine, not in the shared RSpace.
        Assert.Empty(rt.Space.WaitingData());
        Assert.Empty(rt.Space.WaitingContinuations());
        var q = m.TakeRequest();
        Assert.Equal(m.PrivateChannel, q.Channel);
        Assert.Equal(Rho.Compiler.Bytecode.Opcode.Mul, q.Op);
        Assert.Equal<Proc>([new GInt(6), new GInt(7)], q.Operands);
        Assert.True(q.Reply.Id < 0);
        Assert.NotEqual(m.PrivateChannel, q.Reply);
        var a = Primitives.Serve(q);
        Assert.Equal(new GInt(42), a.Value);
        Assert.Null(a.Error);
        Assert.True(m.Blocked);

        var run = new Runtime(new MachineOptions(Primitives: PrimitivePath.Channel), null);
        run.Link(RhoCompiler.Compile(Rholang.Compile("new x in { x!(6 * 7) }")), []);
        Assert.True(run.RunToCompletion());
        var send = Assert.Single(run.Space.WaitingData());
        Assert.Equal(Seq.Of<Proc>(new GInt(42)), send.Data);
        Assert.Empty(run.Space.WaitingContinuations());
        // Steps: LOAD_LOCAL, PUSH_CONST, PUSH_CONST, MUL; the request and the answer (two communications); SEND, HALT.
        Assert.Equal(8, run.Steps);
    }

    [Fact]
    [Trait("Rule", "Prim/channel")]
    [Trait("Rule", "Prim/processor")]
    [Trait("Rule", "Mach/private")]
    public void Channel_PrimitiveRequest_GoesThroughTheSpaceAndLeavesNothing()
    {
        var rt = new Runtime(new MachineOptions(Primitives: PrimitivePath.Channel), null);
        rt.Link(RhoCompiler.Compile(Rholang.Compile("new x in { x!(6 * 7, 1 / 0) }")), []);
        Assert.True(rt.RunToCompletion());
        Assert.Equal(Rho.Semantics.Errors.ErrorKinds.DivZero, Assert.Single(rt.Errors).Kind);
        Assert.Empty(rt.Space.WaitingData());
        Assert.Empty(rt.Space.WaitingContinuations());
    }

    /// <summary>
    /// A machine needing two slices (about 42 steps) and a print behind a communication: fifo lets the long machine
    /// finish first (its second slice is queued before the communication's body exists); priority runs the
    /// communication and then the body, which has fewer steps than the long machine, first.
    /// </summary>
    [Fact]
    [Trait("Rule", "Sched/priority")]
    [Trait("Rule", "Law/soundness")]
    public void Priority_LongMachineAndACommunication_DiffersFromFifoAndIsSound()
    {
        var sum = string.Join(" + ", Enumerable.Range(0, 20));
        var source = $"new out(`rho:io:stdout`), x in {{ out!({sum}) | x!(0) | for (_ <- x) {{ out!(\"short\") }} }}";
        var reducer = Rholang.Reduce(source);
        var fifo = Oracle.Run(source, new MachineOptions(SchedulerPolicy.Fifo, Primitives: PrimitivePath.Direct));
        var priority = Oracle.Run(source, new MachineOptions(SchedulerPolicy.Priority, Primitives: PrimitivePath.Direct));
        Assert.Equal(["190", "\"short\""], fifo.Stdout);
        Assert.Equal(["\"short\"", "190"], priority.Stdout);
        Assert.True(Oracle.IsOutcome(fifo, reducer) && Oracle.IsOutcome(priority, reducer));
        Assert.Equal(Oracle.Show(priority), Oracle.Show(Oracle.Run(source, new MachineOptions(SchedulerPolicy.Priority, Primitives: PrimitivePath.Direct))));
    }
}
