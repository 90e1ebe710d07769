using Rho.Semantics.Core;
using Rho.Semantics.Mutation;

namespace Rho.Machine.Space;

/// <summary>
/// The in-memory RSpace: one entry per channel (<see cref="Slot{TK}"/>) holding its waiting data and waiting
/// continuations. When the space is <see cref="Concurrent"/> (the default), one lock makes every operation atomic, so
/// concurrent callers never consume a datum twice and never lose one (<c>RSpace/atomic</c>); a single-threaded owner
/// turns the lock off (<c>Sched/queue</c>). Waiting items hold their entries, so a communication looks up only the
/// channel it polls. Polling allocates only what it returns (matching is in <c>InMemoryRSpace.Match.cs</c>).
/// </summary>
/// <typeparam name="TK">The continuation payload type.</typeparam>
public sealed partial class InMemoryRSpace<TK> : IRSpace<TK>
{
    private readonly Lock _lock = new();

    /// <summary>The lock every operation takes while <see cref="Concurrent"/> (for tests of <c>RSpace/atomic</c>).</summary>
    internal Lock Gate => _lock;

    /// <summary>How many channels have an entry: exactly those on which something waits (<c>RSpace/slot</c>).</summary>
    internal int Entries => _slots.Count;
    private readonly Dictionary<Proc, Slot<TK>> _slots = [];

    // Emptied entries are kept for the next channel (a datum on a fresh channel would otherwise cost new lists).
    private readonly Stack<Slot<TK>> _spare = [];

    // The data the last match chose, one per bind (reused: read only under the lock, before the next match).
    private Datum[] _chosen = new Datum[4];

    private const int SpareSlots = 64;
    private const int SpareCapacity = 16;

    /// <summary>
    /// Whether callers may be on several threads, so that every operation takes the lock (true by default). Only an
    /// owner that calls from one thread at a time may clear it; the interface's safety promise holds only when set.
    /// </summary>
    public bool Concurrent { get; set; } = true;

    /// <inheritdoc/>
    public Datum Produce(Proc channel, Seq<Proc> data, bool persistent) => Produce(channel, data, persistent, out _);

    /// <summary><c>RSpace/produce</c>, telling whether a communication on the channel could now fire (<c>Sched/poll</c>).</summary>
    internal Datum Produce(Proc channel, Seq<Proc> data, bool persistent, out bool ready)
    {
        var d = new Datum(channel, data, persistent);
        using (Enter())
        {
            var slot = SlotOf(channel);
            d.Home = slot;
            slot.Data.Add(d);
            ready = slot.Conts.Count > 0;
        }
        return d;
    }

    /// <inheritdoc/>
    public WaitingContinuation<TK> Consume(Seq<Proc> channels, Seq<BindPattern> binds, ReceiveKind kind, TK continuation)
    {
        if (channels.Count != binds.Count || channels.Count == 0)
        {
            throw new ArgumentException("a join needs one channel per bind", nameof(channels));
        }
        var k = new WaitingContinuation<TK>(channels, binds, kind, continuation);
        var homes = new Slot<TK>[channels.Count];
        using (Enter())
        {
            for (var j = 0; j < homes.Length; j++)
            {
                homes[j] = SlotOf(channels[j]);
                homes[j].Conts.Add(k);
            }
            k.Homes = homes;
        }
        return k;
    }

    /// <inheritdoc/>
    public Comm<TK>? Poll(Proc channel, Random? random = null)
    {
        using (Enter())
        {
            return Fire(channel, random, out var k, out var bindings) ? new Comm<TK>(k, Wrap(_chosen[..k.Binds.Count]), bindings) : null;
        }
    }

    /// <summary>
    /// <see cref="Poll"/> without the <see cref="Comm{TK}"/> record: the continuation that fired and the bindings, or
    /// false. For an owner that needs no more (the machine's scheduler).
    /// </summary>
    internal bool TryPoll(Proc channel, Random? random, out WaitingContinuation<TK> k, out Seq<Proc> bindings)
    {
        using (Enter())
        {
            return Fire(channel, random, out k, out bindings);
        }
    }

    /// <summary>
    /// <c>RSpace/comm</c> on <paramref name="channel"/>: the first waiting continuation (in <paramref name="random"/>'s
    /// order, else oldest first) whose binds all match, with the data it met left in <see cref="_chosen"/>; what it
    /// consumed is removed. Called under the lock.
    /// </summary>
    private bool Fire(Proc channel, Random? random, out WaitingContinuation<TK> k, out Seq<Proc> bindings)
    {
        if (_slots.TryGetValue(channel, out var slot) && slot.Ready)
        {
            var waiting = slot.Conts;
            var order = Order(waiting.Count, random);
            for (var i = 0; i < waiting.Count; i++)
            {
                k = waiting[order?[i] ?? i];
                if (TryMatch(k, random) is { } chosen)
                {
                    Remove(k);
                    bindings = chosen;
                    return true;
                }
            }
        }
        k = null!;
        bindings = default;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="channel"/> holds both waiting data and waiting continuations: only then can a
    /// communication on it fire (<c>Sched/poll</c>), since every communication on a channel takes a datum from it and
    /// a continuation waiting on it.
    /// </summary>
    /// <param name="channel">The channel.</param>
    /// <returns>False when a poll of the channel would find nothing.</returns>
    public bool MayCommunicate(Proc channel)
    {
        using (Enter())
        {
            return _slots.TryGetValue(channel, out var slot) && slot.Ready;
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<Datum> WaitingData()
    {
        using (Enter())
        {
            return _slots.Values.SelectMany(s => s.Data).ToList();
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<WaitingContinuation<TK>> WaitingContinuations()
    {
        using (Enter())
        {
            return _slots.Values.SelectMany(s => s.Conts).Distinct().ToList();
        }
    }

    /// <summary>Removes what a communication of <paramref name="k"/> with the data in <see cref="_chosen"/> consumed.</summary>
    private void Remove(WaitingContinuation<TK> k)
    {
        if (k.Kind != ReceiveKind.Persistent)
        {
            foreach (var home in k.Homes)
            {
                Drop(home.Conts, k);
                // Stryker disable once Statement : never empties an entry by itself: a peek's entries keep their data, and the loop below vacates each entry whose datum it takes
                Vacate(home);
            }
        }
        if (k.Kind == ReceiveKind.Peek)
        {
            return;
        }
        for (var j = 0; j < k.Binds.Count; j++)
        {
            var d = _chosen[j];
            if (!d.Persistent || Mutants.IsOn(Mutant.RSpacePersistenceDropped))
            {
                var home = (Slot<TK>)d.Home!;
                Drop(home.Data, d);
                Vacate(home);
            }
        }
    }

    /// <summary>
    /// The order in which to try <paramref name="count"/> candidates: null for oldest first, or a permutation drawn
    /// from <paramref name="random"/> (Fisher–Yates from the last index down, one draw per index).
    /// </summary>
    // Stryker disable once Equality : a draw for index 0 too (i >= 0) swaps it with itself: the orders are as uniform and as reproducible, only later draws shift
    private static int[]? Order(int count, Random? random)
    {
        if (random is null)
        {
            return null;
        }
        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = i;
        }
        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    /// <summary>The channel's entry, created (or an emptied one reused) when nothing waits on it yet.</summary>
    private Slot<TK> SlotOf(Proc channel)
    {
        if (!_slots.TryGetValue(channel, out var slot))
        {
            // Stryker disable once all : a reused empty entry and a new one are the same entry to every caller
            slot = _spare.Count > 0 ? _spare.Pop() : new Slot<TK>();
            slot.Channel = channel;
            _slots[channel] = slot;
        }
        return slot;
    }

    /// <summary>Removes an entry once nothing waits on its channel, keeping it for reuse.</summary>
    private void Vacate(Slot<TK> slot)
    {
        if (!slot.Empty)
        {
            return;
        }
        _slots.Remove(slot.Channel);
        // Stryker disable once all : keeping or dropping an emptied entry changes no operation's result, only allocation
        if (_spare.Count < SpareSlots && slot.Data.Capacity <= SpareCapacity && slot.Conts.Capacity <= SpareCapacity)
        {
            _spare.Push(slot);
        }
    }

    // Stryker disable once Equality,Statement : the item is always in the list, once, so the loop never reaches the end (<=) and finds nothing after it (no return)
    private static void Drop<T>(List<T> list, T item)
        where T : class
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                list.RemoveAt(i);
                return;
            }
        }
    }

    /// <summary>The lock when <see cref="Concurrent"/>, nothing otherwise (<c>using (Enter()) { … }</c>).</summary>
    private Scope Enter() => new(Concurrent ? _lock : null);

    /// <summary>Holds a lock, if given one, until disposed.</summary>
    private readonly ref struct Scope
    {
        private readonly Lock? _held;

        public Scope(Lock? held)
        {
            _held = held;
            _held?.Enter();
        }

        public void Dispose() => _held?.Exit();
    }
}
