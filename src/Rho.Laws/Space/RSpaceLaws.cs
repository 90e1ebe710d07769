using Rho.Semantics.Core;

namespace Rho.Laws.Space;

/// <summary>
/// The laws every tuple space must pass (<c>RSpace/laws</c>), as scenarios on a fresh space. A
/// scenario's counterexample is the scenario itself, written as the Rholang it stands for
/// (<c>kN</c> is the continuation with payload N).
/// </summary>
internal static class RSpaceLaws
{
    private static Proc Ch(long n) => new GUnforgeable(n);

    private static Seq<Proc> Args(params long[] xs) => xs.Select(x => (Proc)new GInt(x)).ToSeq();

    private static SpaceBind Any(int arity) =>
        new(Enumerable.Range(0, arity).Select(i => (Proc)new FreeVar(i)).ToSeq(), null, arity);

    private static SpaceBind Exactly(long v) => new(Seq.Of<Proc>(new GInt(v)), null, 0);

    private static long Int(Proc p) => p is GInt g ? g.Value : throw new ScenarioFailedException($"expected an Int binding, got {p}");

    private static Law<Func<ISpace>> Scenario(string[] ids, string name, string script, Action<Func<ISpace>> run) =>
        new(ids, name, name + ".", 0, (create, _) =>
        {
            try
            {
                run(create);
                return null;
            }
            catch (ScenarioFailedException e)
            {
                return new Counterexample(script, e.Message);
            }
        });

    public static IEnumerable<Law<Func<ISpace>>> All()
    {
        yield return Scenario(["RSpace/comm", "RSpace/produce", "RSpace/consume", "RSpace/laws"], "a send and a matching receive meet exactly once", "@1!(7) | for (@x <- @1) { k42 }", create =>
        {
            var s = create();
            s.Produce(Ch(1), Args(7), persistent: false);
            s.Consume(Seq.Of(Ch(1)), Seq.Of(Any(1)), ReceiveKind.Linear, 42);
            var comm = s.Poll(Ch(1));
            Expect.That(comm is { Continuation: 42 } && comm.Bindings == Args(7), $"poll gave {comm}");
            Expect.That(s.Poll(Ch(1)) is null, "a second poll fired");
            Expect.That(s.WaitingData().Count == 0 && s.WaitingContinuations().Count == 0, "items left after the comm");
        });
        yield return Scenario(["RSpace/comm", "RSpace/laws"], "a non-matching pattern does not fire and changes nothing", "@1!(7) | for (@8 <- @1) { k1 } | for (@x, @y <- @1) { k2 }", create =>
        {
            var s = create();
            s.Produce(Ch(1), Args(7), persistent: false);
            s.Consume(Seq.Of(Ch(1)), Seq.Of(Exactly(8)), ReceiveKind.Linear, 1);
            s.Consume(Seq.Of(Ch(1)), Seq.Of(Any(2)), ReceiveKind.Linear, 2);
            Expect.That(s.Poll(Ch(1)) is null, "a non-matching continuation fired");
            Expect.That(s.WaitingData().Count == 1 && s.WaitingContinuations().Count == 2, "items changed");
        });
        yield return Scenario(["RSpace/comm", "RSpace/laws"], "a persistent datum survives every consumer", "@1!!(5) | for (@x <- @1) { k0 } | for (@x <- @1) { k1 } | for (@x <- @1) { k2 }", create =>
        {
            var s = create();
            s.Produce(Ch(1), Args(5), persistent: true);
            for (var i = 0; i < 3; i++)
            {
                s.Consume(Seq.Of(Ch(1)), Seq.Of(Any(1)), ReceiveKind.Linear, i);
            }
            var fired = new List<int>();
            while (s.Poll(Ch(1)) is { } c)
            {
                fired.Add(c.Continuation);
            }
            Expect.That(fired.Order().SequenceEqual([0, 1, 2]), $"fired [{string.Join(", ", fired)}]");
            Expect.That(s.WaitingData().Count == 1 && s.WaitingContinuations().Count == 0, "the datum did not survive alone");
        });
        yield return Scenario(["RSpace/comm", "RSpace/laws"], "a persistent continuation survives and consumes every datum", "for (@x <= @1) { k9 } | @1!(0) | @1!(1) | @1!(2) | @1!(3)", create =>
        {
            var s = create();
            s.Consume(Seq.Of(Ch(1)), Seq.Of(Any(1)), ReceiveKind.Persistent, 9);
            for (var i = 0; i < 4; i++)
            {
                s.Produce(Ch(1), Args(i), persistent: false);
            }
            var got = new List<long>();
            while (s.Poll(Ch(1)) is { } c)
            {
                got.Add(Int(c.Bindings[0]));
            }
            Expect.That(got.Order().SequenceEqual([0L, 1, 2, 3]), $"received [{string.Join(", ", got)}]");
            Expect.That(s.WaitingData().Count == 0 && s.WaitingContinuations().Count == 1, "the continuation did not survive alone");
        });
        yield return Scenario(["RSpace/comm", "RSpace/laws"], "peek leaves the datum", "@1!(3) | for (@x <<- @1) { k1 }", create =>
        {
            var s = create();
            s.Produce(Ch(1), Args(3), persistent: false);
            s.Consume(Seq.Of(Ch(1)), Seq.Of(Any(1)), ReceiveKind.Peek, 1);
            Expect.That(s.Poll(Ch(1)) is not null, "peek did not fire");
            Expect.That(s.WaitingData().Count == 1 && s.WaitingContinuations().Count == 0, "peek took the datum or stayed");
        });
        yield return Scenario(["RSpace/comm", "RSpace/laws"], "a join fires only when every channel has matching data", "for (@x <- @1 & @10 <- @2) { k1 } | @1!(4) | @2!(11) | @2!(10)", create =>
        {
            var s = create();
            s.Consume(Seq.Of(Ch(1), Ch(2)), Seq.Of(Any(1), Exactly(10)), ReceiveKind.Linear, 1);
            s.Produce(Ch(1), Args(4), persistent: false);
            Expect.That(s.Poll(Ch(1)) is null, "fired with one channel empty");
            s.Produce(Ch(2), Args(11), persistent: false);
            Expect.That(s.Poll(Ch(2)) is null && s.Poll(Ch(1)) is null, "fired on a non-matching datum");
            s.Produce(Ch(2), Args(10), persistent: false);
            var comm = s.Poll(Ch(2));
            Expect.That(comm is not null && comm.Bindings == Args(4), $"poll gave {comm}");
            Expect.That(s.WaitingData() is [{ } d] && d.Data == Args(11) && s.WaitingContinuations().Count == 0, "wrong items left");
        });
        yield return Scenario(["RSpace/comm", "RSpace/laws"], "a random choice is a matching candidate", "@1!(1) | @1!(2) | for (@x <- @1) { k0 }  (poll with seeds 0..19)", create =>
        {
            for (var seed = 0; seed < 20; seed++)
            {
                var s = create();
                s.Produce(Ch(1), Args(1), persistent: false);
                s.Produce(Ch(1), Args(2), persistent: false);
                s.Consume(Seq.Of(Ch(1)), Seq.Of(Any(1)), ReceiveKind.Linear, 0);
                var c = s.Poll(Ch(1), new Random(seed));
                Expect.That(c is not null && s.WaitingData().Count == 1, $"seed {seed}: poll gave {c}");
                Expect.That(Int(s.WaitingData()[0].Data[0]) + Int(c!.Bindings[0]) == 3, $"seed {seed}: the choice was not one of the data");
            }
        });
        yield return Scenario(["RSpace/atomic", "RSpace/laws"], "every datum is consumed exactly once under many threads", "8 threads × 400 × (@ci!(n) | for (@x <- @cj) { k0 }) on 4 channels, each thread polling every channel", Atomic);
        yield return Scenario(["RSpace/atomic", "RSpace/laws"], "a join takes each of its data exactly once under many threads", "8 threads × 300 × (@ci!(n) | for (@x <- @cj & @y <- @ck) { k0 } or for (@x <- @cj) { k0 }) on 6 channels, each thread polling", AtomicJoins);
    }

    /// <summary>
    /// Many threads produce distinct data and consume concurrently: every datum is received at most once, and a
    /// datum not received is still waiting where no continuation waits (no double consumption, nothing lost).
    /// An exception on a worker thread (the implementation's, or a failed check) ends the scenario
    /// after every worker has stopped, as it would on the caller's thread, instead of ending the process.
    /// </summary>
    private static void Atomic(Func<ISpace> create)
    {
        const int Threads = 8;
        const int PerThread = 400;
        const int Channels = 4;
        var s = create();
        var received = new int[Threads * PerThread];
        OnThreads(Threads, t =>
        {
            var rng = new Random(t);
            for (var i = 0; i < PerThread; i++)
            {
                var ch = Ch(rng.Next(Channels));
                // Stryker disable once Equality : swapping produce-first and receive-first keeps one of each per two draws, the same mix
                var produceFirst = rng.Next(2) == 0;
                if (
                    // Stryker disable once Boolean : as above: swapping produce-first and receive-first keeps the same mix
                    produceFirst)
                {
                    s.Produce(ch, Args((t * PerThread) + i), persistent: false);
                    s.Consume(Seq.Of(Ch(rng.Next(Channels))), Seq.Of(Any(1)), ReceiveKind.Linear, 0);
                }
                else
                {
                    s.Consume(Seq.Of(ch), Seq.Of(Any(1)), ReceiveKind.Linear, 0);
                    s.Produce(Ch(rng.Next(Channels)), Args((t * PerThread) + i), persistent: false);
                }
                foreach (var c in Enumerable.Range(0, Channels))
                {
                    while (s.Poll(Ch(c), rng) is { } comm)
                    {
                        Interlocked.Increment(ref received[Int(comm.Bindings[0])]);
                    }
                }
            }
        });
        foreach (var c in Enumerable.Range(0, Channels))
        {
            while (s.Poll(Ch(c)) is { } comm)
            {
                received[Int(comm.Bindings[0])]++;
            }
        }
        // Each datum is either received once or still waiting once; a waiting datum has no waiting partner.
        foreach (var d in s.WaitingData())
        {
            received[Int(d.Data[0])]++;
        }
        var wrong = Enumerable.Range(0, received.Length).Where(i => received[i] != 1).ToList();
        Expect.That(wrong.Count == 0, $"data seen other than once: {string.Join(", ", wrong.Take(10).Select(i => $"{i}×{received[i]}"))}");
        var waitingOn = s.WaitingContinuations().Select(k => k[0]).ToHashSet();
        Expect.That(!s.WaitingData().Any(d => waitingOn.Contains(d.Channel)), "a datum waits where a matching continuation waits");
        Expect.That(s.WaitingData().Count == s.WaitingContinuations().Count, "data and continuations left do not pair up");
    }

    /// <summary>
    /// Many threads produce distinct data, wait with joins over two channels and with single receives, and poll:
    /// every datum is taken at most once, a join takes one datum from each of its channels, and once every channel
    /// has been polled dry each datum is either taken once or still waiting (nothing lost). A space that locks per
    /// channel must lock all of a join's channels for its communication.
    /// </summary>
    private static void AtomicJoins(Func<ISpace> create)
    {
        const int Threads = 8;
        const int PerThread = 300;
        const int Channels = 6;
        var s = create();
        var received = new int[Threads * PerThread];
        var joinsFired = 0;
        OnThreads(Threads, t =>
        {
            // Stryker disable once Arithmetic : the seeds only pick which channels each thread uses; any distinct seeds make the same test
            var rng = new Random(100 + t);
            for (var i = 0; i < PerThread; i++)
            {
                s.Produce(Ch(rng.Next(Channels)), Args((t * PerThread) + i), persistent: false);
                var a = rng.Next(Channels);
                var b = (a + 1 + rng.Next(Channels - 1)) % Channels;
                // Stryker disable once Equality : swapping the two kinds of receive keeps one of each per two draws, the same mix
                var join = rng.Next(2) == 0;
                if (
                    // Stryker disable once Boolean : as above: swapping the two kinds of receive keeps the same mix
                    join)
                {
                    s.Consume(Seq.Of(Ch(a), Ch(b)), Seq.Of(Any(1), Any(1)), ReceiveKind.Linear, 2);
                }
                else
                {
                    s.Consume(Seq.Of(Ch(a)), Seq.Of(Any(1)), ReceiveKind.Linear, 1);
                }
                var c = rng.Next(Channels);
                while (s.Poll(Ch(c), rng) is { } comm)
                {
                    Take(comm);
                }
            }
        });
        // One pass polls every channel dry: a communication only removes items, and removing items never lets a
        // continuation fire that could not fire before, so no channel polled earlier can fire again.
        foreach (var c in Enumerable.Range(0, Channels))
        {
            while (s.Poll(Ch(c)) is { } comm)
            {
                Take(comm);
            }
        }
        var stillFiring = Enumerable.Range(0, Channels).Where(c => s.Poll(Ch(c)) is not null).ToList();
        Expect.That(stillFiring.Count == 0, $"a communication could still fire on channel(s) {string.Join(", ", stillFiring)} after every channel was polled dry");
        foreach (var d in s.WaitingData())
        {
            received[Int(d.Data[0])]++;
        }
        var wrong = Enumerable.Range(0, received.Length).Where(i => received[i] != 1).ToList();
        Expect.That(wrong.Count == 0, $"data seen other than once: {string.Join(", ", wrong.Take(10).Select(i => $"{i}×{received[i]}"))}");
        Expect.That(joinsFired > 0, "no join fired: the scenario did not test joins");

        void Take(SpaceComm comm)
        {
            Expect.That(comm.Bindings.Count == (comm.Continuation == 2 ? 2 : 1), $"a communication of k{comm.Continuation} bound {comm.Bindings.Count} values");
            if (comm.Continuation == 2)
            {
                Interlocked.Increment(ref joinsFired);
            }
            foreach (var v in comm.Bindings)
            {
                Interlocked.Increment(ref received[Int(v)]);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on <paramref name="threads"/> threads at once and waits for all. An exception on a
    /// worker thread (the implementation's, or a failed check) is thrown here after every worker has stopped, as it
    /// would be on the caller's thread, instead of ending the process.
    /// </summary>
    private static void OnThreads(int threads, Action<int> work)
    {
        Exception? crash = null;
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            try
            {
                work(t);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref crash, e, null);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        if (crash is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(crash);
        }
    }
}
