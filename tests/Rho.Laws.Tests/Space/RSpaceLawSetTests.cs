using Rho.Laws.Space;
using Rho.Machine.Tests.Space;
using Rho.Semantics.Core;

using static Rho.Laws.Tests.Space.BrokenSpace;

namespace Rho.Laws.Tests.Space;

/// <summary>
/// The RSpace law set: every scenario holds on our in-memory space, and each fails on a space
/// broken for it, with the scenario written as Rholang and the check that failed.
/// </summary>
public class RSpaceLawSetTests
{
    private sealed class NeverFires : BrokenSpace
    {
        public override SpaceComm? Poll(Proc channel, Random? random = null) => null;
    }

    /// <summary>Every communication (or every one <paramref name="which"/> picks) is reported twice.</summary>
    private sealed class FiresTwice(Func<SpaceComm, bool>? which = null) : BrokenSpace
    {
        private readonly Lock _lock = new();
        private SpaceComm? _again;

        public override SpaceComm? Poll(Proc channel, Random? random = null)
        {
            lock (_lock)
            {
                if (_again is { } a)
                {
                    _again = null;
                    return a;
                }
                var c = Inner.Poll(channel, random);
                _again = c is not null && (which?.Invoke(c) ?? true) ? c : null;
                return c;
            }
        }
    }

    /// <summary>Every pattern becomes a wildcard (same arity, no bindings).</summary>
    private sealed class IgnoresPatterns : BrokenSpace
    {
        public override void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation) =>
            Inner.Consume(channels, binds.Map(b => new SpaceBind(b.Patterns.Map(_ => (Proc)Wildcard.Instance), null, 0)), kind, continuation);
    }

    private sealed class LinearOnly : BrokenSpace
    {
        public override void Produce(Proc channel, Seq<Proc> data, bool persistent) => Inner.Produce(channel, data, false);

        public override void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation) =>
            Inner.Consume(channels, binds, ReceiveKind.Linear, continuation);
    }

    private sealed class PersistentContinuations : BrokenSpace
    {
        public override void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation) =>
            Inner.Consume(channels, binds, ReceiveKind.Persistent, continuation);
    }

    private sealed class ShowsNothing : BrokenSpace
    {
        public override IReadOnlyList<SpaceDatum> WaitingData() => [];
    }

    private sealed class InventsData : BrokenSpace
    {
        public override SpaceComm? Poll(Proc channel, Random? random = null) =>
            Inner.Poll(channel, random) is { } c ? c with { Bindings = c.Bindings.Map(b => b is GInt g ? new GInt(g.Value + 10) : b) } : null;
    }

    private sealed class LosesData : BrokenSpace
    {
        private int _n;

        public override void Produce(Proc channel, Seq<Proc> data, bool persistent)
        {
            if (Interlocked.Increment(ref _n) % 97 != 0)
            {
                Inner.Produce(channel, data, persistent);
            }
        }
    }

    [Fact]
    public void EveryScenario_HoldsOnOurSpace() =>
        Assert.All(LawRunner.Check(LawSets.RSpace, () => new InMemorySpace()), r => Assert.True(r.Holds, r.ToString()));

    [Fact]
    public void Scenarios_AreIdentifiedByTheirIds()
    {
        Assert.Equal(7, LawSets.RSpace.Checking("RSpace/comm").Count);
        Assert.Equal(9, LawSets.RSpace.Checking("RSpace/laws").Count);
        Assert.Equal(
            ["every datum is consumed exactly once under many threads", "a join takes each of its data exactly once under many threads"],
            LawSets.RSpace.Checking("RSpace/atomic").Select(l => l.Name));
        Assert.Equal(["RSpace/comm", "RSpace/produce", "RSpace/consume", "RSpace/laws"], LawSets.RSpace.Laws[0].Ids);
        Assert.Equal("a send and a matching receive meet exactly once.", LawSets.RSpace.Laws[0].Statement);
    }

    [Fact]
    public void Comm_SpaceThatNeverFires_FailsWithTheScenario() =>
        Assert.Equal(new Counterexample("@1!(7) | for (@x <- @1) { k42 }", "poll gave "), Fails("a send and a matching receive meet exactly once", () => new NeverFires()));

    [Fact]
    public void Comm_SpaceThatFiresTwice_Fails() =>
        Assert.Equal("a second poll fired", Fails("a send and a matching receive meet exactly once", () => new FiresTwice()).Message);

    [Fact]
    public void Comm_SpaceThatKeepsItems_Fails() =>
        Assert.Equal("items left after the comm", Fails("a send and a matching receive meet exactly once", () => new PersistentContinuations()).Message);

    [Fact]
    public void Comm_SpaceThatChangesTheData_Fails() =>
        Assert.StartsWith("poll gave SpaceComm { Continuation = 42", Fails("a send and a matching receive meet exactly once", () => new InventsData()).Message, StringComparison.Ordinal);

    [Fact]
    public void NonMatching_SpaceThatIgnoresPatterns_Fails() =>
        Assert.Equal(
            new Counterexample("@1!(7) | for (@8 <- @1) { k1 } | for (@x, @y <- @1) { k2 }", "a non-matching continuation fired"),
            Fails("a non-matching pattern does not fire and changes nothing", () => new IgnoresPatterns()));

    [Fact]
    public void NonMatching_SpaceThatHidesItsData_Fails() =>
        Assert.Equal("items changed", Fails("a non-matching pattern does not fire and changes nothing", () => new ShowsNothing()).Message);

    [Fact]
    public void PersistentDatum_SpaceWithoutPersistence_Fails() =>
        Assert.Equal("fired [0]", Fails("a persistent datum survives every consumer", () => new LinearOnly()).Message);

    [Fact]
    public void PersistentDatum_SpaceThatHidesTheDatum_Fails() =>
        Assert.Equal("the datum did not survive alone", Fails("a persistent datum survives every consumer", () => new ShowsNothing()).Message);

    [Fact]
    public void PersistentContinuation_SpaceWithoutPersistence_Fails() =>
        Assert.Equal("received [0]", Fails("a persistent continuation survives and consumes every datum", () => new LinearOnly()).Message);

    [Fact]
    public void PersistentContinuation_SpaceThatChangesTheData_Fails() =>
        Assert.Equal("received [10, 11, 12, 13]", Fails("a persistent continuation survives and consumes every datum", () => new InventsData()).Message);

    [Fact]
    public void Peek_SpaceThatTakesTheDatum_Fails() =>
        Assert.Equal("peek took the datum or stayed", Fails("peek leaves the datum", () => new LinearOnly()).Message);

    [Fact]
    public void Peek_SpaceThatNeverFires_Fails() =>
        Assert.Equal("peek did not fire", Fails("peek leaves the datum", () => new NeverFires()).Message);

    [Fact]
    public void Join_SpaceThatIgnoresPatterns_Fails() =>
        Assert.Equal("fired on a non-matching datum", Fails("a join fires only when every channel has matching data", () => new IgnoresPatterns()).Message);

    [Fact]
    public void Join_SpaceThatNeverFires_Fails() =>
        Assert.Equal("poll gave ", Fails("a join fires only when every channel has matching data", () => new NeverFires()).Message);

    [Fact]
    public void Join_SpaceThatHidesItsData_Fails() =>
        Assert.Equal("wrong items left", Fails("a join fires only when every channel has matching data", () => new ShowsNothing()).Message);

    [Fact]
    public void RandomChoice_SpaceThatInventsData_Fails() =>
        Assert.Equal("seed 0: the choice was not one of the data", Fails("a random choice is a matching candidate", () => new InventsData()).Message);

    [Fact]
    public void RandomChoice_SpaceThatNeverFires_Fails() =>
        Assert.Equal("seed 0: poll gave ", Fails("a random choice is a matching candidate", () => new NeverFires()).Message);

    private const string AtomicJoins = "a join takes each of its data exactly once under many threads";

    [Fact]
    public void AtomicJoins_SpaceThatFiresTwice_Fails() =>
        Assert.StartsWith("data seen other than once: ", Fails(AtomicJoins, () => new FiresTwice()).Message, StringComparison.Ordinal);

    [Fact]
    public void AtomicJoins_SpaceThatLosesData_Fails() =>
        Assert.Matches(@"^data seen other than once: (\d+×0, ){9}\d+×0$", Fails(AtomicJoins, () => new LosesData()).Message);

    [Fact]
    public void AtomicJoins_SpaceThatNeverFires_FailsForWantOfAJoin() =>
        Assert.Equal("no join fired: the scenario did not test joins", Fails(AtomicJoins, () => new NeverFires()).Message);

    [Fact]
    public void AtomicJoins_SpaceThatDropsABinding_Fails() =>
        Assert.Equal("a communication of k2 bound 1 values", Fails(AtomicJoins, () => new DropsJoinBindings()).Message);

    [Fact]
    public void AtomicJoins_SpaceThatNeverStoresAJoin_FailsForWantOfAJoin() =>
        Assert.Equal("no join fired: the scenario did not test joins", Fails(AtomicJoins, () => new DropsJoins()).Message);

    [Fact]
    public void AtomicJoins_SpaceThatFiresSingleReceivesTwice_Fails() =>
        Assert.StartsWith("data seen other than once: ", Fails(AtomicJoins, () => new FiresTwice(c => c.Continuation == 1)).Message, StringComparison.Ordinal);

    [Fact]
    public void AtomicJoins_SpaceThatFiresOnlyOnTheSecondPoll_FailsAsStillFireable() =>
        Assert.Equal("a communication could still fire on channel(s) 0, 1, 2, 3, 4, 5 after every channel was polled dry", Fails(AtomicJoins, () => new FiresOnSecondPoll()).Message);

    /// <summary>A receive on several channels is not stored.</summary>
    private sealed class DropsJoins : BrokenSpace
    {
        public override void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation)
        {
            if (channels.Count == 1)
            {
                Inner.Consume(channels, binds, kind, continuation);
            }
        }
    }

    /// <summary>
    /// The workers' polls (with a random choice) find nothing, and so does the first poll of each channel without
    /// one (the scenario's final pass, on one thread): everything the threads stored is still there to fire.
    /// </summary>
    private sealed class FiresOnSecondPoll : BrokenSpace
    {
        private readonly HashSet<Proc> _seen = [];

        public override SpaceComm? Poll(Proc channel, Random? random = null) =>
            random is null && !_seen.Add(channel) ? Inner.Poll(channel, random) : null;
    }

    /// <summary>A join's communication reports only its first binding.</summary>
    private sealed class DropsJoinBindings : BrokenSpace
    {
        public override SpaceComm? Poll(Proc channel, Random? random = null) =>
            Inner.Poll(channel, random) is { } c ? c with { Bindings = c.Bindings.Take(1).ToSeq() } : null;
    }

    [Fact]
    public void Atomic_SpaceThatFiresTwice_Fails() =>
        Assert.StartsWith("data seen other than once: ", Fails("every datum is consumed exactly once under many threads", () => new FiresTwice()).Message, StringComparison.Ordinal);

    [Fact]
    public void Atomic_SpaceThatLosesData_Fails() =>
        Assert.Matches(@"^data seen other than once: (\d+×0, ){9}\d+×0$", Fails("every datum is consumed exactly once under many threads", () => new LosesData()).Message);

    [Fact]
    public void Atomic_SpaceThatInventsData_FailsAsABadBinding() =>
        Assert.Equal(
            "8 threads × 400 × (@ci!(n) | for (@x <- @cj) { k0 }) on 4 channels, each thread polling every channel",
            Fails("every datum is consumed exactly once under many threads", () => new ShowsNothing()).Source);
}

/// <summary>Every scenario's counterexample is the scenario written as Rholang, whatever check failed.</summary>
public class RSpaceScenarioTests
{
    /// <summary>A space on which every call fails the scenario at once.</summary>
    private sealed class Refuses : ISpace
    {
        public void Produce(Proc channel, Seq<Proc> data, bool persistent) => throw new ScenarioFailedException("refused");

        public void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation) => throw new ScenarioFailedException("refused");

        public SpaceComm? Poll(Proc channel, Random? random = null) => throw new ScenarioFailedException("refused");

        public IReadOnlyList<SpaceDatum> WaitingData() => throw new ScenarioFailedException("refused");

        public IReadOnlyList<Seq<Proc>> WaitingContinuations() => throw new ScenarioFailedException("refused");
    }

    /// <summary>Our space, but a communication binds strings.</summary>
    private sealed class BindsStrings : ISpace
    {
        private readonly InMemorySpace _inner = new();

        public void Produce(Proc channel, Seq<Proc> data, bool persistent) => _inner.Produce(channel, data, persistent);

        public void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation) => _inner.Consume(channels, binds, kind, continuation);

        public SpaceComm? Poll(Proc channel, Random? random = null) =>
            _inner.Poll(channel, random) is { } c ? c with { Bindings = c.Bindings.Map(_ => (Proc)new GString("s")) } : null;

        public IReadOnlyList<SpaceDatum> WaitingData() => _inner.WaitingData();

        public IReadOnlyList<Seq<Proc>> WaitingContinuations() => _inner.WaitingContinuations();
    }

    [Fact]
    public void EveryScenario_FailsWithItsScriptAndStatement()
    {
        var results = LawRunner.Check(LawSets.RSpace, () => new Refuses());
        Assert.All(results, r => Assert.Equal("refused", r.Counterexample!.Message));
        Assert.Equal(
            [
                "@1!(7) | for (@x <- @1) { k42 }",
                "@1!(7) | for (@8 <- @1) { k1 } | for (@x, @y <- @1) { k2 }",
                "@1!!(5) | for (@x <- @1) { k0 } | for (@x <- @1) { k1 } | for (@x <- @1) { k2 }",
                "for (@x <= @1) { k9 } | @1!(0) | @1!(1) | @1!(2) | @1!(3)",
                "@1!(3) | for (@x <<- @1) { k1 }",
                "for (@x <- @1 & @10 <- @2) { k1 } | @1!(4) | @2!(11) | @2!(10)",
                "@1!(1) | @1!(2) | for (@x <- @1) { k0 }  (poll with seeds 0..19)",
                "8 threads × 400 × (@ci!(n) | for (@x <- @cj) { k0 }) on 4 channels, each thread polling every channel",
                "8 threads × 300 × (@ci!(n) | for (@x <- @cj & @y <- @ck) { k0 } or for (@x <- @cj) { k0 }) on 6 channels, each thread polling",
            ],
            results.Select(r => r.Counterexample!.Source));
        Assert.All(LawSets.RSpace.Laws, l => Assert.Equal(l.Name + ".", l.Statement));
    }

    [Fact]
    public void IntBinding_ThatIsNotAnInt_FailsTheScenarioNamingIt()
    {
        var result = LawRunner.Check(LawSets.RSpace.Laws.Single(l => l.Name == "a persistent continuation survives and consumes every datum"), () => new BindsStrings(), new LawConfig());
        Assert.Equal("expected an Int binding, got " + new GString("s"), result.Counterexample!.Message);
    }

    [Fact]
    public void OtherExceptions_AreNotScenarioFailures()
    {
        var result = LawRunner.Check(LawSets.RSpace.Laws[0], () => throw new InvalidOperationException("no space"), new LawConfig());
        Assert.Equal(new Counterexample("(none: the property itself raised)", "InvalidOperationException: no space"), result.Counterexample);
    }
}

/// <summary>An exception on a worker thread of the atomic scenario is reported, not a crash of the process.</summary>
public class RSpaceAtomicCrashTests
{
    /// <summary>Our space, failing when polled with a random choice (as the workers poll).</summary>
    private sealed class CrashesInWorkers : ISpace
    {
        private readonly InMemorySpace _inner = new();

        public void Produce(Proc channel, Seq<Proc> data, bool persistent) => _inner.Produce(channel, data, persistent);

        public void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation) => _inner.Consume(channels, binds, kind, continuation);

        public SpaceComm? Poll(Proc channel, Random? random = null) => random is null ? _inner.Poll(channel) : throw new InvalidOperationException("poll crashed");

        public IReadOnlyList<SpaceDatum> WaitingData() => _inner.WaitingData();

        public IReadOnlyList<Seq<Proc>> WaitingContinuations() => _inner.WaitingContinuations();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Atomic_ImplementationThatThrowsOnAWorker_IsAFailureNamingTheException(int scenario) =>
        Assert.Equal(
            new Counterexample("(none: the property itself raised)", "InvalidOperationException: poll crashed"),
            LawRunner.Check(LawSets.RSpace.Checking("RSpace/atomic")[scenario], () => new CrashesInWorkers(), new LawConfig()).Counterexample);
}
