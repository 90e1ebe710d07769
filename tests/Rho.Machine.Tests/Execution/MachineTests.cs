using Rho.Compiler;
using Rho.Machine.Execution;
using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Machine.Tests.Execution;

public class MachineTests
{
    private const string Out = "new out(`rho:io:stdout`) in ";

    private static Runtime Loaded(string source, MachineOptions? options = null)
    {
        var rt = new Runtime(options ?? new MachineOptions(), null);
        rt.Link(RhoCompiler.Compile(Rholang.Compile(source)), []);
        return rt;
    }

    private static void AssertAgrees(string source, MachineResult r) =>
        Assert.True(Oracle.IsOutcome(r, Rholang.Reduce(source)), Oracle.Show(r));

    [Fact]
    [Trait("Rule", "Mach/state")]
    [Trait("Rule", "Mach/step")]
    public void Step_PushesThenSends_StackAndIpAdvance()
    {
        var rt = Loaded("@1!(2)");
        var m = Assert.Single(rt.Runnable());
        Assert.Equal(0, m.Ip);
        Assert.Empty(m.Env);
        m.Step(rt);
        Assert.Equal(5, m.Ip);
        Assert.Equal([new GInt(1)], m.Stack);
        m.Step(rt);
        Assert.Equal([new GInt(1), new GInt(2)], m.Stack);
        m.Step(rt);
        Assert.Empty(m.Stack);
        Assert.False(m.Halted);
        m.Step(rt);
        Assert.True(m.Halted);
        Assert.Single(rt.Space.WaitingData());
    }

    [Fact]
    [Trait("Rule", "Mach/link")]
    [Trait("Rule", "Mach/private")]
    [Trait("Rule", "Law/identity")]
    public void Link_OneMachinePerSequence_DistinctPrivateChannelsOutsideProgramNames()
    {
        var rt = Loaded(Out + "{ new x in { x!(1) | x!(2) | for (@y <- x) { out!(y + 1) } } | out!(0) }");
        Assert.Equal(4, rt.MachinesSpawned);
        var machines = rt.Runnable();
        Assert.Equal(4, machines.Count);
        Assert.Equal(4, machines.Select(m => m.PrivateChannel).Distinct().Count());
        Assert.All(machines, m => Assert.True(m.PrivateChannel.Id < 0));
        // The three sequences of the inner group share its environment (x, out); out!(0) has the outer one (out).
        var groups = machines.GroupBy(m => m.Env, ReferenceEqualityComparer.Instance).Select(g => g.Count()).Order();
        Assert.Equal([1, 3], groups);
        Assert.Equal([1, 2], machines.Select(m => m.Env.Length).Distinct().Order());
        Assert.True(rt.RunToCompletion());
        Assert.All(rt.Space.WaitingData(), d => Assert.True(d.Channel is GUnforgeable { Id: >= 0 }));
    }

    [Fact]
    [Trait("Rule", "Mach/link")]
    public void Link_BodySpawnedTwice_GetsFreshNamesEachTime()
    {
        var r = Oracle.Run("new c in { contract c(@n) = { new y in { y!(n) } } | c!(1) | c!(2) }");
        var sends = ((Par)r.Residual).Procs.OfType<Send>().ToList();
        Assert.Equal(2, sends.Count);
        Assert.NotEqual(sends[0].Chan, sends[1].Chan);
    }

    [Fact]
    [Trait("Rule", "Mach/send")]
    [Trait("Rule", "Mach/error")]
    public void Send_OnReadOnlyBundle_RaisesBundlePermissionAndSiblingsRun()
    {
        const string source = Out + "{ new x in { x!(bundle-{*x}) | for (@y <- x) { @y!(5) | out!(\"after\") } } }";
        var r = Oracle.Run(source);
        Assert.Equal(ErrorKinds.BundlePermission, Assert.Single(r.Errors).Kind);
        Assert.Equal(["\"after\""], r.Stdout);
        AssertAgrees(source, r);
    }

    [Fact]
    [Trait("Rule", "Mach/send")]
    public void Send_OnStdoutAck_PrintsAndAcknowledges()
    {
        const string source = "new ack(`rho:io:stdoutAck`), out(`rho:io:stdout`), k in { ack!(\"a\", *k) | for (_ <- k) { out!(\"b\") } }";
        var r = Oracle.Run(source);
        Assert.Equal(["\"a\"", "\"b\""], r.Stdout);
        AssertAgrees(source, r);
    }

    [Fact]
    [Trait("Rule", "Mach/receive")]
    [Trait("Rule", "Mach/resume")]
    public void Receive_WithoutSend_StaysBlockedAndReadsBack()
    {
        const string source = Out + "{ new x in { for (@y <- x) { out!(y) } } }";
        var r = Oracle.Run(source);
        Assert.Empty(r.Stdout);
        Assert.IsType<Receive>(r.Residual);
        AssertAgrees(source, r);
        var fired = Oracle.Run(Out + "{ new x in { for (@y <- x) { out!(y) } | x!(4) } }");
        Assert.Equal(["4"], fired.Stdout);
        Assert.Equal(Nil.Instance, fired.Residual);
    }

    [Fact]
    [Trait("Rule", "Mach/eval")]
    public void Eval_QuotedBundle_RunsItsBody()
    {
        const string source = Out + "{ new x in { x!(bundle0{out!(1)}) | for (y <- x) { *y | *y } } }";
        var r = Oracle.Run(source);
        Assert.Equal(["1", "1"], r.Stdout);
        AssertAgrees(source, r);
    }

    [Fact]
    [Trait("Rule", "Mach/error")]
    [Trait("Rule", "Law/isolation")]
    public void Error_FailingProcessBeside_ChangesOnlyByTheError()
    {
        const string p = "out!(1) | out!(2) | new x in { x!(3) | for (@y <- x) { out!(y) } }";
        var alone = Oracle.Run(Out + "{ " + p + " }");
        var failing = Oracle.Run(Out + "{ " + p + " | out!(\"z\" / 0) | out!(1 / 0) }");
        Assert.Empty(alone.Errors);
        Assert.Equal(alone.Stdout.Order(), failing.Stdout.Order());
        Assert.Equal([ErrorKinds.DivZero, ErrorKinds.Type], failing.Errors.Select(e => e.Kind).Order());
        Assert.Equal(alone.ResidualText, failing.ResidualText);
    }

    [Fact]
    [Trait("Rule", "Mach/error")]
    public void Error_DivisionByZero_CarriesTheReducersKindMessageAndPosition()
    {
        const string source = "new out(`rho:io:stdout`) in {\n  out!(10 / 0) | out!(\"still here\")\n}";
        var r = Oracle.Run(source);
        var expected = Assert.Single(Rholang.Reduce(source).Outcomes).Errors;
        Assert.Equal(expected, r.Errors);
        Assert.False(r.Errors[0].Pos.IsNone);
    }
}
