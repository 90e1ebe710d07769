using Rho.Compiler;
using Rho.Machine.Execution;
using Rho.Semantics;
using Rho.Semantics.Core;

namespace Rho.Machine.Tests.Execution;

/// <summary>
/// <c>Mach/pool</c>: with one thread a halted machine is reused for the next one linked, which starts exactly as a new
/// machine would: its sequence at ip 0, an empty stack, its own environment and a fresh private channel.
/// </summary>
public class MachinePoolTests
{
    private static Runtime Loaded(string source)
    {
        var rt = new Runtime(new MachineOptions(Primitives: PrimitivePath.Direct), null);
        rt.Link(RhoCompiler.Compile(Rholang.Compile(source)), []);
        return rt;
    }

    [Fact]
    [Trait("Rule", "Mach/pool")]
    [Trait("Rule", "Law/identity")]
    public void ReceiveBody_ReusesAHaltedMachine_AsAFreshOne()
    {
        var rt = Loaded("new x, y in { x!(1 + 2) | for (@v <- x) { y!(v * 10) } }");
        var first = rt.Runnable().ToList();
        Assert.Equal(2, first.Count);
        var names = first.Select(m => m.PrivateChannel).ToList();
        Assert.True(rt.RunOne());
        Assert.True(rt.RunOne());
        Assert.All(first, m => Assert.True(m.Halted));

        Assert.True(rt.RunOne()); // the communication on x links the body: a halted machine is reused for it
        var body = Assert.Single(rt.Runnable());
        Assert.Contains(first, m => ReferenceEquals(m, body));
        Assert.False(body.Halted);
        Assert.False(body.Acted);
        Assert.Equal(0, body.Ip);
        Assert.Empty(body.Stack);
        Assert.Equal(new GInt(3), body.Env[0]);
        Assert.DoesNotContain(body.PrivateChannel, names);
        Assert.True(body.PrivateChannel.Id < 0);

        Assert.True(rt.RunToCompletion());
        Assert.Equal(Seq.Of<Proc>(new GInt(30)), Assert.Single(rt.Space.WaitingData()).Data);
        Assert.Equal(3, rt.MachinesSpawned);
    }

    [Fact]
    [Trait("Rule", "Mach/pool")]
    public void ManyBodies_EachSeesItsOwnEnvironment()
    {
        const string program = """
            new out(`rho:io:stdout`), c in {
              contract c(@n) = { if (n > 0) { out!(n) | c!(n - 1) } } | c!(5)
            }
            """;
        var result = RhoMachine.Run(RhoCompiler.Compile(Rholang.Compile(program)), new MachineOptions(Primitives: PrimitivePath.Direct));
        Assert.Equal(["5", "4", "3", "2", "1"], result.Stdout);
        Assert.False(result.BudgetExhausted);
    }

    private const string Bodies = """
        new c, done in {
          contract c(@n) = { if (n > 0) { done!(n) | c!(n - 1) } } | c!(40)
        }
        """;

    [Fact]
    [Trait("Rule", "Mach/pool")]
    public void OneThread_KeepsHaltedMachinesForReuse()
    {
        var rt = Loaded(Bodies);
        Assert.True(rt.RunToCompletion());
        Assert.True(rt.Pooled > 0);
        Assert.False(rt.Space.Concurrent);
        Assert.Equal(40, rt.Space.WaitingData().Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [Trait("Rule", "Mach/pool")]
    [Trait("Rule", "Sched/threads")]
    [Trait("Rule", "RSpace/atomic")]
    public void Workers_ReuseNoMachine_AndTheSpaceTakesItsLock(int threads)
    {
        // Workers share the runtime: a machine halted on one thread must not be handed to another, so nothing is
        // pooled, and the RSpace takes its lock again.
        var rt = Loaded(Bodies);
        Assert.True(rt.RunParallel(threads));
        Assert.Equal(0, rt.Pooled);
        Assert.True(rt.Space.Concurrent);
        Assert.Equal(40, rt.Space.WaitingData().Count);
    }
}
