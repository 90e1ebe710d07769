using Rho.Machine.Space;
using Rho.Semantics.Core;

namespace Rho.Machine.Tests.Space;

/// <summary>
/// The laws every <see cref="IRSpace{TK}"/> implementation must pass (<c>RSpace/laws</c>). A concrete test class
/// derives from this one and supplies the implementation.
/// </summary>
public abstract class RSpaceLaws
{
    protected abstract IRSpace<int> Create();

    private static Proc Ch(long n) => new GUnforgeable(n);

    private static Seq<Proc> Args(params long[] xs) => xs.Select(x => (Proc)new GInt(x)).ToSeq();

    private static BindPattern Any(int arity) =>
        new(Enumerable.Range(0, arity).Select(i => (Proc)new FreeVar(i)).ToSeq(), null, arity);

    private static BindPattern Exactly(long v) => new(Seq.Of<Proc>(new GInt(v)), null, 0);

    [Fact]
    [Trait("Rule", "RSpace/produce")]
    [Trait("Rule", "RSpace/consume")]
    [Trait("Rule", "RSpace/comm")]
    [Trait("Rule", "RSpace/laws")]
    public void Comm_SendAndMatchingReceive_MeetExactlyOnce()
    {
        var s = Create();
        s.Produce(Ch(1), Args(7), persistent: false);
        s.Consume(Seq.Of(Ch(1)), Seq.Of(Any(1)), ReceiveKind.Linear, 42);
        var comm = s.Poll(Ch(1));
        Assert.NotNull(comm);
        Assert.Equal(42, comm.Continuation.Continuation);
        Assert.Equal(Args(7), comm.Bindings);
        Assert.Null(s.Poll(Ch(1)));
        Assert.Empty(s.WaitingData());
        Assert.Empty(s.WaitingContinuations());
    }

    [Fact]
    [Trait("Rule", "RSpace/comm")]
    [Trait("Rule", "RSpace/laws")]
    public void Comm_NonMatchingPattern_DoesNotFireAndChangesNothing()
    {
        var s = Create();
        s.Produce(Ch(1), Args(7), persistent: false);
        s.Consume(Seq.Of(Ch(1)), Seq.Of(Exactly(8)), ReceiveKind.Linear, 1);
        s.Consume(Seq.Of(Ch(1)), Seq.Of(Any(2)), ReceiveKind.Linear, 2);
        Assert.Null(s.Poll(Ch(1)));
        Assert.Single(s.WaitingData());
        Assert.Equal(2, s.WaitingContinuations().Count);
    }

    [Fact]
    [Trait("Rule", "RSpace/comm")]
    [Trait("Rule", "RSpace/laws")]
    public void Comm_PersistentDatum_SurvivesEveryConsumer()
    {
        var s = Create();
        s.Produce(Ch(1), Args(5), persistent: true);
        for (var i = 0; i < 3; i++)
        {
            s.Consume(Seq.Of(Ch(1)), Seq.Of(Any(1)), ReceiveKind.Linear, i);
        }
        var fired = new List<int>();
        while (s.Poll(Ch(1)) is { } c)
        {
            fired.Add(c.Continuation.Continuation);
        }
        Assert.Equal([0, 1, 2], fired.Order());
        Assert.Single(s.WaitingData());
        Assert.Empty(s.WaitingContinuations());
    }

    [Fact]
    [Trait("Rule", "RSpace/comm")]
    [Trait("Rule", "RSpace/laws")]
    public void Comm_PersistentContinuation_SurvivesAndConsumesEveryDatum()
    {
        var s = Create();
        s.Consume(Seq.Of(Ch(1)), Seq.Of(Any(1)), ReceiveKind.Persistent, 9);
        for (var i = 0; i < 4; i++)
        {
            s.Produce(Ch(1), Args(i), persistent: false);
        }
        var got = new List<long>();
        while (s.Poll(Ch(1)) is { } c)
        {
            got.Add(((GInt)c.Bindings[0]).Value);
        }
        Assert.Equal([0L, 1, 2, 3], got.Order());
        Assert.Empty(s.WaitingData());
        Assert.Single(s.WaitingContinuations());
    }

    [Fact]
    [Trait("Rule", "RSpace/comm")]
    [Trait("Rule", "RSpace/laws")]
    public void Comm_Peek_LeavesTheDatum()
    {
        var s = Create();
        s.Produce(Ch(1), Args(3), persistent: false);
        s.Consume(Seq.Of(Ch(1)), Seq.Of(Any(1)), ReceiveKind.Peek, 1);
        Assert.NotNull(s.Poll(Ch(1)));
        Assert.Single(s.WaitingData());
        Assert.Empty(s.WaitingContinuations());
    }

    [Fact]
    [Trait("Rule", "RSpace/comm")]
    [Trait("Rule", "RSpace/laws")]
    public void Comm_Join_FiresOnlyWhenEveryChannelHasMatchingData()
    {
        var s = Create();
        s.Consume(Seq.Of(Ch(1), Ch(2)), Seq.Of(Any(1), Exactly(10)), ReceiveKind.Linear, 1);
        s.Produce(Ch(1), Args(4), persistent: false);
        Assert.Null(s.Poll(Ch(1)));
        s.Produce(Ch(2), Args(11), persistent: false);
        Assert.Null(s.Poll(Ch(2)));
        Assert.Null(s.Poll(Ch(1)));
        s.Produce(Ch(2), Args(10), persistent: false);
        var comm = s.Poll(Ch(2));
        Assert.NotNull(comm);
        Assert.Equal(Args(4), comm.Bindings);
        Assert.Equal(Args(11), Assert.Single(s.WaitingData()).Data);
        Assert.Empty(s.WaitingContinuations());
    }

    [Fact]
    [Trait("Rule", "RSpace/comm")]
    [Trait("Rule", "RSpace/laws")]
    public void Comm_RandomChoice_IsAMatchingCandidate()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var s = Create();
            s.Produce(Ch(1), Args(1), persistent: false);
            s.Produce(Ch(1), Args(2), persistent: false);
            s.Consume(Seq.Of(Ch(1)), Seq.Of(Any(1)), ReceiveKind.Linear, 0);
            var c = s.Poll(Ch(1), new Random(seed));
            Assert.NotNull(c);
            var left = ((GInt)Assert.Single(s.WaitingData()).Data[0]).Value;
            Assert.Equal(3, left + ((GInt)c.Bindings[0]).Value);
        }
    }

    /// <summary>
    /// Many threads produce distinct data and consume concurrently: every datum is received at most once, and a
    /// datum not received is still waiting where no continuation waits (no double consumption, nothing lost).
    /// </summary>
    [Fact]
    [Trait("Rule", "RSpace/atomic")]
    [Trait("Rule", "RSpace/laws")]
    public void Atomic_ManyThreads_EveryDatumConsumedExactlyOnce()
    {
        const int Threads = 8;
        const int PerThread = 400;
        const int Channels = 4;
        var s = Create();
        var received = new int[Threads * PerThread];
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            var rng = new Random(t);
            for (var i = 0; i < PerThread; i++)
            {
                var ch = Ch(rng.Next(Channels));
                if (rng.Next(2) == 0)
                {
                    s.Produce(ch, Args((t * PerThread) + i), persistent: false);
                    s.Consume(Seq.Of(Ch(rng.Next(Channels))), Seq.Of(Any(1)), ReceiveKind.Linear, 0);
                }
                else
                {
                    s.Consume(Seq.Of(ch), Seq.Of(Any(1)), ReceiveKind.Linear, 0);
                    s.Produce(Ch(rng.Next(Channels)), Args((t * PerThread) + i), persistent: false);
                }
                for (var c = 0; c < Channels; c++)
                {
                    while (s.Poll(Ch(c), rng) is { } comm)
                    {
                        Interlocked.Increment(ref received[((GInt)comm.Bindings[0]).Value]);
                    }
                }
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        for (var c = 0; c < Channels; c++)
        {
            while (s.Poll(Ch(c)) is { } comm)
            {
                received[((GInt)comm.Bindings[0]).Value]++;
            }
        }
        // Each datum is either received once or still waiting once; a waiting datum has no waiting partner.
        foreach (var d in s.WaitingData())
        {
            received[((GInt)d.Data[0]).Value]++;
        }
        Assert.All(received, n => Assert.Equal(1, n));
        var waitingOn = s.WaitingContinuations().Select(k => k.Channels[0]).ToHashSet();
        Assert.DoesNotContain(s.WaitingData(), d => waitingOn.Contains(d.Channel));
        Assert.Equal(s.WaitingData().Count, s.WaitingContinuations().Count);
    }
}

/// <summary>The in-memory RSpace passes the laws.</summary>
public class InMemoryRSpaceTests : RSpaceLaws
{
    protected override IRSpace<int> Create() => new InMemoryRSpace<int>();
}
