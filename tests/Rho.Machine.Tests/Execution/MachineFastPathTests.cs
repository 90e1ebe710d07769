using Rho.Compiler;
using Rho.Machine.Execution;
using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Matching;

namespace Rho.Machine.Tests.Execution;

/// <summary>
/// The machine's shortcuts, each against what it stands for: a tail spawn against linking a new machine, the
/// scheduling of polls against the RSpace's contents, a ground leaf MATCH against the spatial matcher.
/// </summary>
public class MachineFastPathTests
{
    private static Runtime Loaded(string source, PrimitivePath path = PrimitivePath.Direct)
    {
        var rt = new Runtime(new MachineOptions(Primitives: path), null);
        rt.Link(RhoCompiler.Compile(Rholang.Compile(source)), []);
        return rt;
    }

    [Fact]
    [Trait("Rule", "Mach/tail-spawn")]
    [Trait("Rule", "Law/identity")]
    public void TailSpawn_OneSequenceBranch_TheMachineBecomesTheChildWithAFreshPrivateChannel()
    {
        var rt = Loaded("new x in { if (true) { x!(1) } }");
        var m = Assert.Single(rt.Runnable());
        var parent = m.PrivateChannel;
        Assert.True(rt.RunOne());
        Assert.Empty(rt.Runnable());
        Assert.True(m.Halted);
        Assert.NotEqual(parent, m.PrivateChannel);
        Assert.True(m.PrivateChannel.Id < 0);
        Assert.Equal(2, rt.MachinesSpawned);
        Assert.Equal(Seq.Of<Proc>(new GInt(1)), Assert.Single(rt.Space.WaitingData()).Data);
        Assert.False(rt.RunOne());
    }

    [Fact]
    [Trait("Rule", "Mach/tail-spawn")]
    [Trait("Rule", "Mach/link")]
    public void TailSpawn_TwoSequenceBranch_LinksTwoNewMachines()
    {
        var rt = Loaded("new x in { if (true) { x!(1) | x!(2) } }");
        var m = Assert.Single(rt.Runnable());
        var parent = m.PrivateChannel;
        Assert.True(rt.RunOne());
        Assert.Equal(parent, m.PrivateChannel);
        Assert.Equal(2, rt.Runnable().Count);
        Assert.Equal(3, rt.MachinesSpawned);
    }

    [Fact]
    [Trait("Rule", "Mach/tail-spawn")]
    [Trait("Rule", "Sched/resources")]
    public void TailSpawn_ChildThatNeedsSeveralSlices_HasItsOwnResourceEntry()
    {
        // The branch runs 1 + 1 + … (40 additions, more than one slice) after its parent's steps.
        var sum = string.Join(" + ", Enumerable.Repeat("1", 40));
        var rt = Loaded($"new x in {{ if (true) {{ x!({sum}) }} }}");
        var m = Assert.Single(rt.Runnable());
        Assert.True(rt.RunOne());
        var child = m.PrivateChannel;
        Assert.True(rt.Resources.TryGetValue(child.Id, out var steps));
        Assert.True(steps < 32, $"the parent's steps were counted for the child: {steps}");
        Assert.True(rt.RunToCompletion());
        Assert.Empty(rt.Resources);
        Assert.Equal(Seq.Of<Proc>(new GInt(40)), Assert.Single(rt.Space.WaitingData()).Data);
    }

    [Fact]
    [Trait("Rule", "Mach/tail-spawn")]
    [Trait("Rule", "Sched/resources")]
    public void TailSpawn_ParentThatNeededSeveralSlices_ReleasesItsResourceEntry()
    {
        // The condition takes more than one slice, so the parent has an entry before its tail spawn.
        var sum = string.Join(" + ", Enumerable.Repeat("1", 40));
        var rt = Loaded($"new x in {{ if ({sum} == 40) {{ x!(1) }} }}");
        var m = Assert.Single(rt.Runnable());
        var parent = m.PrivateChannel;
        Assert.True(rt.RunOne());
        Assert.True(rt.Resources.ContainsKey(parent.Id));
        Assert.True(rt.RunToCompletion());
        Assert.NotEqual(parent, m.PrivateChannel);
        Assert.Empty(rt.Resources);
        Assert.Equal(Seq.Of<Proc>(new GInt(1)), Assert.Single(rt.Space.WaitingData()).Data);
    }

    [Fact]
    [Trait("Rule", "Sched/poll")]
    [Trait("Rule", "Sched/budget")]
    public void Poll_SendWithNoReceiver_SchedulesNoCommunication()
    {
        var rt = Loaded("new x in { x!(1) }");
        Assert.True(rt.RunToCompletion());
        Assert.Equal(4, rt.Steps); // LOAD_LOCAL, PUSH_CONST, SEND, HALT: no poll of x
    }

    [Fact]
    [Trait("Rule", "Sched/poll")]
    [Trait("Rule", "Mach/resume")]
    public void Poll_SendThenReceive_OnePollOneCommunicationNoRepoll()
    {
        // Send: 4 steps, no poll (no receiver yet). Receive: LOAD_LOCAL, RECEIVE, HALT, then the one poll, which
        // fires; after it x holds nothing, so x is not polled again.
        var rt = Loaded("new x in { x!(1) | for (_ <- x) { Nil } }");
        Assert.True(rt.RunToCompletion());
        Assert.Equal(8, rt.Steps);
        Assert.Empty(rt.Space.WaitingData());
        Assert.Empty(rt.Space.WaitingContinuations());
    }

    [Fact]
    [Trait("Rule", "Sched/poll")]
    [Trait("Rule", "Mach/resume")]
    public void Poll_PersistentReceiveAndThreeSends_EverySendMeetsTheReceive()
    {
        var rt = Loaded("new x, y in { for (@v <= x) { y!(v) } | x!(1) | x!(2) | x!(3) }");
        Assert.True(rt.RunToCompletion());
        var got = rt.Space.WaitingData().Select(d => ((GInt)d.Data[0]).Value).Order().ToList();
        Assert.Equal([1L, 2L, 3L], got);
        Assert.Single(rt.Space.WaitingContinuations());
    }

    public static TheoryData<string> LeafPatterns => new() { "true", "false", "0", "1", "\"a\"", "\"\"", "Nil" };

    [Theory]
    [MemberData(nameof(LeafPatterns))]
    [Trait("Rule", "Op/MATCH")]
    public void LeafMatch_AgreesWithTheSpatialMatcher(string pattern)
    {
        string[] values = ["true", "false", "0", "1", "-1", "2", "\"a\"", "\"b\"", "\"\"", "Nil", "[1]", "(1,)", "Set(1)", "{1:2}", "{1 | 2}", "[]", "{}", "{@0!(1)}", "{bundle+{Nil}}"];
        foreach (var value in values)
        {
            var rt = Loaded($"new x in {{ match {value} {{ {pattern} => x!(1) _ => x!(0) }} }}");
            Assert.True(rt.RunToCompletion());
            var machine = ((GInt)Assert.Single(rt.Space.WaitingData()).Data[0]).Value == 1;
            var v = Rho.Semantics.Congruence.Canon.Of(Rholang.Compile(value));
            var p = Rho.Semantics.Congruence.Canon.Of(Rholang.Compile(pattern));
            var matcher = SpatialMatcher.MatchAll(v, p, 0).Any();
            Assert.True(matcher == machine, $"match {value} {{ {pattern} => … }}: machine {machine}, matcher {matcher}");
        }
    }
}

/// <summary>The allocation-saving helpers of <c>Codes</c>: each shares exactly when sharing is safe.</summary>
public class CodesHelperTests
{
    [Fact]
    [Trait("Rule", "Mach/link")]
    public void Concat_NoFront_IsTheEnvironmentItself_ElseFrontThenEnvironment()
    {
        Proc[] env = [new GInt(1), new GInt(2)];
        Assert.Same(env, Codes.Concat(Array.Empty<Proc>(), env));
        Assert.Same(env, Codes.Concat(Seq<Proc>.Empty, env));
        Assert.Equal<Proc>([new GInt(9), new GInt(1), new GInt(2)], Codes.Concat([new GInt(9)], env));
        Assert.Equal<Proc>([new GInt(8), new GInt(9), new GInt(1), new GInt(2)], Codes.Concat(Seq.Of<Proc>(new GInt(8), new GInt(9)), env));
        Assert.Equal<Proc>([new GInt(7)], Codes.Concat([new GInt(7)], []));
    }

    [Fact]
    [Trait("Rule", "Mach/send")]
    public void Canonical_LeafIsItself_CompositeIsCanonicalized()
    {
        Proc[] leaves = [new GInt(3), new GBool(true), new GString("s"), new GUnforgeable(-4), Nil.Instance];
        foreach (var leaf in leaves)
        {
            Assert.Same(leaf, Codes.Canonical(leaf));
        }
        var par = new Par(Seq.Of<Proc>(new GInt(2), new GInt(1)));
        Assert.Equal(Rho.Semantics.Congruence.Canon.Of(par), Codes.Canonical(par));
        Assert.NotEqual<Proc>(par, Codes.Canonical(par));
    }

    [Fact]
    [Trait("Rule", "Mach/send")]
    public void Own_WrapsWithoutCopying()
    {
        Proc[] xs = [new GInt(1), new GInt(2)];
        var seq = Codes.Own(xs);
        xs[0] = new GInt(5);
        Assert.Equal(new GInt(5), seq[0]);
        Assert.Equal(2, seq.Count);
    }
}
