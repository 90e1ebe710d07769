using Rho.Machine.Space;
using Rho.Semantics.Core;

namespace Rho.Machine.Tests.Space;

/// <summary>
/// <c>RSpace/slot</c>: one entry per channel, which exists exactly while something waits on it; a send tells whether
/// a continuation waits on its channel (<c>Sched/poll</c>).
/// </summary>
public class RSpaceSlotTests
{
    private static readonly Proc A = new GUnforgeable(1);
    private static readonly Proc B = new GUnforgeable(2);

    private static Seq<BindPattern> One => Seq.Of(new BindPattern(Seq.Of<Proc>(new FreeVar(0)), null, 1));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    [Trait("Rule", "RSpace/slot")]
    [Trait("Rule", "Sched/poll")]
    public void Produce_TellsWhetherAContinuationWaitsOnTheChannel(bool concurrent)
    {
        var space = new InMemoryRSpace<string> { Concurrent = concurrent };
        space.Produce(A, Seq.Of<Proc>(new GInt(1)), persistent: false, out var alone);
        Assert.False(alone);
        Assert.False(space.MayCommunicate(A));
        space.Consume(Seq.Of(B), One, ReceiveKind.Linear, "k");
        space.Produce(B, Seq.Of<Proc>(new GInt(2)), persistent: false, out var met);
        Assert.True(met);
        Assert.True(space.MayCommunicate(B));
    }

    [Fact]
    [Trait("Rule", "RSpace/slot")]
    public void Entries_AreDroppedWhenEmpty_AndAReusedEntryServesANewChannel()
    {
        var space = new InMemoryRSpace<string> { Concurrent = false };
        space.Consume(Seq.Of(A), One, ReceiveKind.Linear, "first");
        space.Produce(A, Seq.Of<Proc>(new GInt(1)), persistent: false);
        var comm = Assert.IsType<Comm<string>>(space.Poll(A));
        Assert.Equal("first", comm.Continuation.Continuation);
        Assert.Equal(Seq.Of<Proc>(new GInt(1)), comm.Bindings);
        Assert.Empty(space.WaitingData());
        Assert.Empty(space.WaitingContinuations());
        Assert.False(space.MayCommunicate(A));

        // The emptied entry is reused for B; nothing of A's remains in it.
        space.Produce(B, Seq.Of<Proc>(new GInt(2)), persistent: false);
        Assert.Null(space.Poll(A));
        Assert.Null(space.Poll(B));
        var d = Assert.Single(space.WaitingData());
        Assert.Equal(B, d.Channel);
        space.Consume(Seq.Of(B), One, ReceiveKind.Linear, "second");
        Assert.Equal("second", Assert.IsType<Comm<string>>(space.Poll(B)).Continuation.Continuation);
        Assert.Empty(space.WaitingData());
    }

    [Fact]
    [Trait("Rule", "RSpace/slot")]
    [Trait("Rule", "RSpace/comm")]
    public void Join_TakesOneDatumFromEachEntry_AndLeavesTheRest()
    {
        var space = new InMemoryRSpace<string> { Concurrent = false };
        space.Produce(A, Seq.Of<Proc>(new GInt(1)), persistent: false);
        space.Produce(A, Seq.Of<Proc>(new GInt(2)), persistent: false);
        space.Consume(Seq.Of(A, B), Seq.Of(new BindPattern(Seq.Of<Proc>(new FreeVar(0)), null, 1), new BindPattern(Seq.Of<Proc>(new FreeVar(0)), null, 1)), ReceiveKind.Linear, "join");
        Assert.Null(space.Poll(A));
        space.Produce(B, Seq.Of<Proc>(new GInt(3)), persistent: true);
        var comm = Assert.IsType<Comm<string>>(space.Poll(B));
        Assert.Equal(Seq.Of<Proc>(new GInt(1), new GInt(3)), comm.Bindings);
        Assert.Equal(2, comm.Data.Count);
        var left = space.WaitingData().Select(x => (x.Channel, ((GInt)x.Data[0]).Value)).OrderBy(p => p.Value).ToList();
        Assert.Equal([(A, 2L), (B, 3L)], left);
        Assert.Empty(space.WaitingContinuations());
    }
}
