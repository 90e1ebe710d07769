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
        Assert.False(space.MayCommunicate(B)); // a continuation without data cannot fire
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

    [Fact]
    [Trait("Rule", "RSpace/atomic")]
    public void ANewSpace_IsSafeForSeveralThreads_UntilItsOwnerSaysOtherwise()
    {
        Assert.True(new InMemoryRSpace<string>().Concurrent);
        Assert.False(new InMemoryRSpace<string> { Concurrent = false }.Concurrent);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    [Trait("Rule", "RSpace/slot")]
    [Trait("Rule", "RSpace/comm")]
    public void Join_OfMoreChannelsThanTheScratchHolds_BindsEachChannelInOrder(bool concurrent)
    {
        // Seven channels: more than the scratch array of chosen data starts with, so the match must grow it.
        var space = new InMemoryRSpace<string> { Concurrent = concurrent };
        var channels = Enumerable.Range(10, 7).Select(i => (Proc)new GUnforgeable(i)).ToArray();
        var binds = channels.Select(_ => new BindPattern(Seq.Of<Proc>(new FreeVar(0)), null, 1)).ToArray();
        space.Consume(Seq.Of(channels), Seq.Of(binds), ReceiveKind.Linear, "join7");
        for (var i = 0; i < channels.Length - 1; i++)
        {
            space.Produce(channels[i], Seq.Of<Proc>(new GInt(100 + i)), persistent: false, out _);
            Assert.Null(space.Poll(channels[i]));
        }
        space.Produce(channels[^1], Seq.Of<Proc>(new GInt(106)), persistent: false, out var last);
        Assert.True(last);
        var comm = Assert.IsType<Comm<string>>(space.Poll(channels[^1]));
        Assert.Equal("join7", comm.Continuation.Continuation);
        Assert.Equal(Enumerable.Range(100, 7).Select(v => (Proc)new GInt(v)), comm.Bindings);
        Assert.Empty(space.WaitingData());
        Assert.Empty(space.WaitingContinuations());
    }

    public static TheoryData<bool, string> Operations()
    {
        var data = new TheoryData<bool, string>();
        foreach (var concurrent in new[] { true, false })
        {
            foreach (var op in new[] { "produce", "consume", "join", "poll", "may-communicate", "waiting-data", "waiting-continuations", "entries" })
            {
                data.Add(concurrent, op);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    [Trait("Rule", "RSpace/atomic")]
    [Trait("Rule", "RSpace/stripes")]
    public void AnOperation_WaitsForTheLock_ExactlyWhenTheSpaceIsShared(bool concurrent, string op)
    {
        // Another thread holds every stripe's gate: every operation waits for it in a shared space; a single
        // owner's takes no lock and ends at once.
        var space = new InMemoryRSpace<string> { Concurrent = concurrent };
        space.Produce(A, Seq.Of<Proc>(new GInt(0)), persistent: false);
        using var held = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            var gates = Enumerable.Range(0, InMemoryRSpace<string>.StripeCount).Select(space.GateAt).ToList();
            gates.ForEach(g => g.Enter());
            held.Set();
            release.Wait();
            gates.ForEach(g => g.Exit());
        });
        holder.Start();
        held.Wait();
        Action run = op switch
        {
            "produce" => () => space.Produce(A, Seq.Of<Proc>(new GInt(1)), persistent: false),
            "consume" => () => space.Consume(Seq.Of(A), One, ReceiveKind.Linear, "k"),
            "join" => () => space.Consume(Seq.Of(OnAnotherStripe(A), A), Seq.Of(One[0], One[0]), ReceiveKind.Linear, "j"),
            "poll" => () => space.Poll(A),
            "may-communicate" => () => space.MayCommunicate(A),
            "waiting-data" => () => space.WaitingData(),
            "waiting-continuations" => () => space.WaitingContinuations(),
            _ => () => _ = space.Entries,
        };
        var (sender, sent) = Start(run);
        // A lock-free operation ends at once; 20 s is only a bound. A locked one cannot end while the lock is held.
        var ended = sent.Wait(concurrent ? TimeSpan.FromMilliseconds(300) : TimeSpan.FromSeconds(20));
        release.Set();
        holder.Join();
        sender.Join();
        Assert.Equal(!concurrent, ended);
        Assert.True(sent.IsSet);
    }

    /// <summary>A channel whose entry lives in a stripe other than those of <paramref name="others"/>.</summary>
    private static Proc OnAnotherStripe(params Proc[] others) =>
        Enumerable.Range(100, 1000).Select(n => (Proc)new GUnforgeable(n))
            .First(c => others.All(o => InMemoryRSpace<string>.StripeIndex(c) != InMemoryRSpace<string>.StripeIndex(o)));

    /// <summary>Runs <paramref name="op"/> on another thread; the event is set when it ends.</summary>
    private static (Thread Thread, ManualResetEventSlim Done) Start(Action op)
    {
        var done = new ManualResetEventSlim();
        var t = new Thread(() =>
        {
            op();
            done.Set();
        });
        t.Start();
        return (t, done);
    }

    /// <summary>Holds <paramref name="gate"/> on another thread until the returned action is called.</summary>
    private static Action Hold(Gate gate)
    {
        var held = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            gate.Enter();
            held.Set();
            release.Wait();
            gate.Exit();
        });
        holder.Start();
        held.Wait();
        return () =>
        {
            release.Set();
            holder.Join();
        };
    }

    [Fact]
    [Trait("Rule", "RSpace/stripes")]
    public void AGate_LetsOneThreadInAtATime()
    {
        // Four threads add to a plain counter under one gate: no increment is lost, and the gate ends free.
        var gate = new Gate();
        var count = 0;
        var threads = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
        {
            for (var i = 0; i < 50_000; i++)
            {
                gate.Enter();
                count++;
                gate.Exit();
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal(200_000, count);
        Assert.False(gate.IsHeld);
        gate.Enter();
        Assert.True(gate.IsHeld);
        gate.Exit();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    [Trait("Rule", "RSpace/stripes")]
    public void ChangingConcurrent_MovesTheEntriesToTheirStripes(bool from)
    {
        // Data and continuations stored under one setting are found under the other: each channel's entry moves to
        // the stripe its channel now maps to (all to stripe 0 for a single owner).
        var space = new InMemoryRSpace<string> { Concurrent = from };
        var channels = Enumerable.Range(0, 40).Select(n => (Proc)new GUnforgeable(n)).ToList();
        foreach (var c in channels)
        {
            space.Produce(c, Seq.Of<Proc>(new GInt(1)), persistent: false);
        }
        space.Consume(Seq.Of(channels[0], channels[1]), Seq.Of(One[0], One[0]), ReceiveKind.Linear, "join");
        space.Concurrent = !from;
        Assert.Equal(40, space.Entries);
        // Spread over the stripes when shared, one stripe for a single owner.
        Assert.Equal(from, ReferenceEquals(space.GateOf(channels[5]), space.GateOf(OnAnotherStripe(channels[5]))));
        foreach (var c in channels)
        {
            Assert.True(space.MayCommunicate(c) == (c == channels[0] || c == channels[1]), $"{c}");
        }
        Assert.NotNull(space.Poll(channels[1]));
        foreach (var c in channels.Skip(2))
        {
            space.Consume(Seq.Of(c), One, ReceiveKind.Linear, "k");
            Assert.NotNull(space.Poll(c));
        }
        Assert.Equal(0, space.Entries);
    }

    [Fact]
    [Trait("Rule", "RSpace/stripes")]
    public void Channels_SpreadOverTheStripes()
    {
        var stripes = Enumerable.Range(0, 4096).Select(n => InMemoryRSpace<string>.StripeIndex(new GUnforgeable(n))).ToList();
        Assert.All(stripes, s => Assert.InRange(s, 0, InMemoryRSpace<string>.StripeCount - 1));
        // Consecutive names (as the machine makes them) fill every stripe, none with more than twice its share.
        var counts = stripes.GroupBy(s => s).Select(g => g.Count()).ToList();
        Assert.Equal(InMemoryRSpace<string>.StripeCount, counts.Count);
        Assert.True(counts.Max() <= 2 * 4096 / InMemoryRSpace<string>.StripeCount, $"a stripe holds {counts.Max()}");
    }

    [Fact]
    [Trait("Rule", "RSpace/stripes")]
    [Trait("Rule", "RSpace/atomic")]
    public void AnOperationOnAnotherStripe_DoesNotWaitForAHeldStripe()
    {
        var space = new InMemoryRSpace<string>();
        var c = OnAnotherStripe(A);
        var release = Hold(space.GateOf(A));
        var (t, done) = Start(() =>
        {
            space.Produce(c, Seq.Of<Proc>(new GInt(1)), persistent: false);
            space.Consume(Seq.Of(c), One, ReceiveKind.Linear, "k");
            Assert.NotNull(space.Poll(c));
        });
        // 20 s is only a bound: nothing it does waits for A's stripe.
        var ended = done.Wait(TimeSpan.FromSeconds(20));
        release();
        t.Join();
        Assert.True(ended);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [Trait("Rule", "RSpace/stripes")]
    [Trait("Rule", "RSpace/atomic")]
    public void APollOfAJoin_WaitsForEveryStripeOfTheJoin(int polled)
    {
        // for (@x <- A & @y <- C) with data on both, C on another stripe: a poll of either channel must hold C's
        // stripe too (it takes C's datum), so it waits while another thread holds that stripe, and then fires.
        var space = new InMemoryRSpace<string>();
        var c = OnAnotherStripe(A);
        Proc[] channels = [A, c];
        space.Produce(A, Seq.Of<Proc>(new GInt(1)), persistent: false);
        space.Produce(c, Seq.Of<Proc>(new GInt(2)), persistent: false);
        space.Consume(Seq.Of(A, c), Seq.Of(One[0], One[0]), ReceiveKind.Linear, "join");
        var other = channels[1 - polled];
        var release = Hold(space.GateOf(other));
        Comm<string>? comm = null;
        var (t, done) = Start(() => comm = space.Poll(channels[polled]));
        var endedWhileHeld = done.Wait(TimeSpan.FromMilliseconds(300));
        release();
        t.Join();
        Assert.False(endedWhileHeld);
        Assert.Equal(Seq.Of<Proc>(new GInt(1), new GInt(2)), Assert.IsType<Comm<string>>(comm).Bindings);
        Assert.Empty(space.WaitingData());
        Assert.Equal(0, space.Entries);
    }

    [Fact]
    [Trait("Rule", "RSpace/stripes")]
    [Trait("Rule", "RSpace/atomic")]
    public void AJoinAcrossStripes_IsStoredUnderEachOfItsStripes()
    {
        // A consume of a join waits for every stripe it joins, and a snapshot waits for every stripe.
        var space = new InMemoryRSpace<string>();
        var c = OnAnotherStripe(A);
        var release = Hold(space.GateOf(c));
        var (consume, consumed) = Start(() => space.Consume(Seq.Of(A, c), Seq.Of(One[0], One[0]), ReceiveKind.Linear, "join"));
        var (snapshot, snapped) = Start(() => space.WaitingData());
        var early = consumed.Wait(TimeSpan.FromMilliseconds(300)) || snapped.IsSet;
        release();
        consume.Join();
        snapshot.Join();
        Assert.False(early);
        Assert.Single(space.WaitingContinuations());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    [Trait("Rule", "Sched/random")]
    [Trait("Rule", "RSpace/comm")]
    public void RandomPartners_EveryWaitingDatumCanBeChosen(bool identity)
    {
        // Three data wait on A; one receive arrives. Over seeds, each datum is the one taken (an identity bind and a
        // general one take different paths through the space).
        var bind = identity ? One : Seq.Of(new BindPattern(Seq.Of<Proc>(new Wildcard(), new FreeVar(0)), null, 1));
        var taken = new HashSet<Proc>();
        for (var seed = 0; seed < 40; seed++)
        {
            var space = new InMemoryRSpace<string> { Concurrent = false };
            for (var v = 1; v <= 3; v++)
            {
                space.Produce(A, identity ? Seq.Of<Proc>(new GInt(v)) : Seq.Of<Proc>(new GInt(0), new GInt(v)), persistent: false);
            }
            space.Consume(Seq.Of(A), bind, ReceiveKind.Linear, "k");
            var comm = Assert.IsType<Comm<string>>(space.Poll(A, new Random(seed)));
            taken.Add(Assert.Single(comm.Bindings));
        }
        Assert.Equal(new HashSet<Proc> { new GInt(1), new GInt(2), new GInt(3) }, taken);
    }

    [Fact]
    [Trait("Rule", "Sched/random")]
    [Trait("Rule", "RSpace/comm")]
    public void RandomPartners_EveryWaitingContinuationCanBeChosen()
    {
        var fired = new HashSet<string>();
        for (var seed = 0; seed < 40; seed++)
        {
            var space = new InMemoryRSpace<string> { Concurrent = false };
            foreach (var k in new[] { "k1", "k2", "k3" })
            {
                space.Consume(Seq.Of(A), One, ReceiveKind.Linear, k);
            }
            space.Produce(A, Seq.Of<Proc>(new GInt(1)), persistent: false);
            fired.Add(Assert.IsType<Comm<string>>(space.Poll(A, new Random(seed))).Continuation.Continuation);
        }
        Assert.Equal(new HashSet<string> { "k1", "k2", "k3" }, fired);
    }

    [Theory]
    [InlineData(ReceiveKind.Linear)]
    [InlineData(ReceiveKind.Peek)]
    [Trait("Rule", "RSpace/slot")]
    public void Entries_ExistExactlyWhileSomethingWaits(ReceiveKind kind)
    {
        var space = new InMemoryRSpace<string> { Concurrent = false };
        Assert.Equal(0, space.Entries);
        space.Consume(Seq.Of(A, B), Seq.Of(new BindPattern(Seq.Of<Proc>(new FreeVar(0)), null, 1), new BindPattern(Seq.Of<Proc>(new FreeVar(0)), null, 1)), kind, "join");
        Assert.Equal(2, space.Entries);
        space.Produce(A, Seq.Of<Proc>(new GInt(1)), persistent: false);
        space.Produce(B, Seq.Of<Proc>(new GInt(2)), persistent: false);
        Assert.IsType<Comm<string>>(space.Poll(B));
        // The continuation left both entries; a peek leaves the data where they were.
        Assert.Equal(kind == ReceiveKind.Peek ? 2 : 0, space.Entries);
        Assert.Equal(kind == ReceiveKind.Peek ? 2 : 0, space.WaitingData().Count);
    }

    [Fact]
    [Trait("Rule", "RSpace/consume")]
    public void Consume_ANonJoin_IsRejected()
    {
        var space = new InMemoryRSpace<string>();
        var e = Assert.Throws<ArgumentException>(() => space.Consume(Seq<Proc>.Empty, Seq<BindPattern>.Empty, ReceiveKind.Linear, "none"));
        Assert.Equal("channels", e.ParamName);
        Assert.StartsWith("a join needs one channel per bind", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => space.Consume(Seq.Of(A, B), One, ReceiveKind.Linear, "two channels, one bind"));
        Assert.Throws<ArgumentException>(() => space.Consume(Seq.Of(A), Seq.Of(One[0], One[0]), ReceiveKind.Linear, "one channel, two binds"));
        Assert.Empty(space.WaitingContinuations());
        Assert.Equal(0, space.Entries);
    }
}
