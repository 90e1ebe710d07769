using Rho.Laws.Space;
using Rho.Machine.Tests.Space;
using Rho.Semantics.Core;

using static Rho.Laws.Tests.Space.BrokenSpace;

namespace Rho.Laws.Tests.Space;

/// <summary>
/// More spaces broken for one scenario each: every check of a scenario is the one that catches some broken space,
/// and says what it saw (the exact message is the scenario's counterexample).
/// </summary>
public class RSpaceBrokenSpaceTests
{
    /// <summary>Every communication found by a poll <paramref name="fires"/> accepts is reported twice; other polls find nothing.</summary>
    private sealed class FiresTwice(Func<Random?, bool> fires) : BrokenSpace
    {
        private readonly Lock _lock = new();
        private SpaceComm? _again;

        public override SpaceComm? Poll(Proc channel, Random? random = null)
        {
            if (!fires(random))
            {
                return null;
            }
            lock (_lock)
            {
                if (_again is { } a)
                {
                    _again = null;
                    return a;
                }
                _again = Inner.Poll(channel, random);
                return _again;
            }
        }
    }

    private sealed class HidesContinuations : BrokenSpace
    {
        public override IReadOnlyList<Seq<Proc>> WaitingContinuations() => [];
    }

    /// <summary>Stores receives of kind <paramref name="from"/> as kind <paramref name="to"/>.</summary>
    private sealed class ReceivesAs(ReceiveKind from, ReceiveKind to) : BrokenSpace
    {
        public override void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation) =>
            Inner.Consume(channels, binds, kind == from ? to : kind, continuation);
    }

    /// <summary>A join waits on its first channel only.</summary>
    private sealed class JoinsOnFirstChannel : BrokenSpace
    {
        public override void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation) =>
            Inner.Consume(channels.Take(1).ToSeq(), binds.Take(1).ToSeq(), kind, continuation);
    }

    /// <summary>Polls of channel <paramref name="dead"/> never fire; others pick the oldest candidate whatever the random.</summary>
    private sealed class DeadChannel(Proc dead) : BrokenSpace
    {
        public override SpaceComm? Poll(Proc channel, Random? random = null) => channel == dead ? null : Inner.Poll(channel);
    }

    /// <summary>Every 97th receive is not stored.</summary>
    private sealed class LosesReceives : BrokenSpace
    {
        private int _n;

        public override void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation)
        {
            if (Interlocked.Increment(ref _n) % 97 != 0)
            {
                Inner.Consume(channels, binds, kind, continuation);
            }
        }
    }

    /// <summary>
    /// A poll that finds nothing throws away the data on its channel that no waiting receive's pattern there wants
    /// (by taking each with a receive of exactly its values): a linear datum is lost, a persistent one survives.
    /// </summary>
    private sealed class DropsUnwantedData : BrokenSpace
    {
        private readonly List<(Proc Channel, SpaceBind Bind)> _binds = [];

        public override void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation)
        {
            _binds.AddRange(channels.Zip(binds));
            Inner.Consume(channels, binds, kind, continuation);
        }

        public override SpaceComm? Poll(Proc channel, Random? random = null)
        {
            if (Inner.Poll(channel, random) is { } c)
            {
                return c;
            }
            foreach (var d in Inner.WaitingData().Where(d => d.Channel == channel && !_binds.Any(b => b.Channel == channel && Wants(b.Bind, d.Data))).ToList())
            {
                Inner.Consume(Seq.Of(channel), Seq.Of(new SpaceBind(d.Data, null, 0)), ReceiveKind.Linear, -1);
                _ = Inner.Poll(channel);
            }
            return null;
        }

        private static bool Wants(SpaceBind b, Seq<Proc> data) =>
            b.Patterns.Count == data.Count && b.Patterns.Zip(data).All(x => x.First is FreeVar || x.First == x.Second);
    }

    private const string Atomic = "every datum is consumed exactly once under many threads";

    [Fact]
    public void PersistentDatum_SpaceThatFiresTwice_FailsListingEveryFiring() =>
        Assert.Equal("fired [0, 0, 1, 1, 2, 2]", Fails("a persistent datum survives every consumer", () => new FiresTwice(_ => true)).Message);

    [Fact]
    public void PersistentContinuation_SpaceThatHidesTheContinuation_Fails() =>
        Assert.Equal("the continuation did not survive alone", Fails("a persistent continuation survives and consumes every datum", () => new HidesContinuations()).Message);

    [Fact]
    public void Peek_SpaceWhosePeekConsumes_Fails() =>
        Assert.Equal("peek took the datum or stayed", Fails("peek leaves the datum", () => new ReceivesAs(ReceiveKind.Peek, ReceiveKind.Linear)).Message);

    [Fact]
    public void Join_SpaceThatWaitsOnTheFirstChannelOnly_Fails() =>
        Assert.Equal("fired with one channel empty", Fails("a join fires only when every channel has matching data", () => new JoinsOnFirstChannel()).Message);

    [Fact]
    public void RandomChoice_SpaceWhoseReceivesDoNotConsume_FailsAtSeedZero() =>
        Assert.StartsWith("seed 0: poll gave SpaceComm { Continuation = 0", Fails("a random choice is a matching candidate", () => new ReceivesAs(ReceiveKind.Linear, ReceiveKind.Peek)).Message, StringComparison.Ordinal);

    [Fact]
    public void RandomChoice_PollsTwentyFreshSpaces()
    {
        var created = 0;
        var law = LawSets.RSpace.Laws.Single(l => l.Name == "a random choice is a matching candidate");
        Assert.True(LawRunner.Check(law, () => { created++; return new InMemorySpace(); }, new LawConfig()).Holds);
        Assert.Equal(20, created);
    }

    [Fact]
    public void Atomic_SpaceWhoseOnlyFiringsAreTheFinalPassTwice_FailsCountingThemTwice() =>
        Assert.Matches(@"^data seen other than once: (\d+×2, ){9}\d+×2$", Fails(Atomic, () => new FiresTwice(random => random is null)).Message);

    [Fact]
    public void Atomic_SpaceWithADeadChannel_FailsAsADatumWaitingBesideItsReceiver() =>
        Assert.Equal("a datum waits where a matching continuation waits", Fails(Atomic, () => new DeadChannel(new GUnforgeable(0))).Message);

    [Fact]
    public void Atomic_SpaceThatLosesReceives_FailsAsUnpaired() =>
        Assert.Equal("data and continuations left do not pair up", Fails(Atomic, () => new LosesReceives()).Message);

    [Fact]
    public void NonMatching_SpaceThatDropsUnwantedData_Fails() =>
        Assert.Equal("items changed", Fails("a non-matching pattern does not fire and changes nothing", () => new DropsUnwantedData()).Message);

    [Fact]
    public void Join_SpaceThatDropsUnwantedData_Fails() =>
        Assert.Equal("wrong items left", Fails("a join fires only when every channel has matching data", () => new DropsUnwantedData()).Message);

    [Fact]
    public void PersistentDatum_SpaceThatDropsUnwantedData_Holds() =>
        Assert.True(LawRunner.Check(LawSets.RSpace.Laws.Single(l => l.Name == "a persistent datum survives every consumer"), () => new DropsUnwantedData(), new LawConfig()).Holds);
}
