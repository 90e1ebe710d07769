using Rho.Semantics.Core;
using Rho.Semantics.Mutation;

namespace Rho.Machine.Space;

/// <summary>
/// The in-memory RSpace: one entry per channel (<see cref="Slot{TK}"/>) holding its waiting data and waiting
/// continuations. The entries are spread over <see cref="StripeCount"/> stripes by the channel's hash
/// (<c>RSpace/stripes</c>), each with its own table and its own lock. When the space is <see cref="Concurrent"/> (the
/// default), every operation holds the locks of the stripes it touches, taken in ascending order, so concurrent
/// callers never consume a datum twice and never lose one (<c>RSpace/atomic</c>), and callers on channels of
/// different stripes never wait for each other; a single-threaded owner turns the locks off (<c>Sched/queue</c>).
/// Waiting items hold their entries, so a communication looks up only the channel it polls. Polling allocates only
/// what it returns (matching is in <c>InMemoryRSpace.Match.cs</c>).
/// </summary>
/// <typeparam name="TK">The continuation payload type.</typeparam>
public sealed partial class InMemoryRSpace<TK> : IRSpace<TK>
{
    /// <summary>How many stripes the channels are spread over: 2^<see cref="StripeBits"/>.</summary>
    internal const int StripeCount = 1 << StripeBits;

    private const int StripeBits = 6;

    private readonly Stripe[] _stripes = NewStripes();

    /// <summary>The lock of the stripe that holds <paramref name="channel"/>'s entry (for tests of <c>RSpace/atomic</c>).</summary>
    internal Gate GateOf(Proc channel) => StripeOf(channel).Gate;

    /// <summary>The lock of stripe <paramref name="stripe"/> (for tests of <c>RSpace/atomic</c>).</summary>
    internal Gate GateAt(int stripe) => _stripes[stripe].Gate;

    /// <summary>The stripe <paramref name="channel"/>'s entry lives in (for tests of <c>RSpace/stripes</c>).</summary>
    // Stryker disable once Bitwise : the product is unsigned, so >> and >>> shift in the same zeros
    internal static int StripeIndex(Proc channel) => (int)(((uint)channel.GetHashCode() * 0x9E3779B9u) >> (32 - StripeBits));

    /// <summary>How many channels have an entry: exactly those on which something waits (<c>RSpace/slot</c>).</summary>
    internal int Entries
    {
        get
        {
            using var all = EnterAll();
            return _stripes.Sum(s => s.Slots.Count);
        }
    }

    private const int SpareSlots = 16;
    private const int SpareCapacity = 16;

    /// <summary>
    /// Whether callers may be on several threads, so that entries are spread over the stripes and every operation
    /// takes its stripes' locks (true by default). Only an owner that calls from one thread at a time may clear it;
    /// then every entry lives in stripe 0 and no lock is taken, so a single owner pays for neither. Changing it moves
    /// the entries to their stripes. The interface's safety promise holds only when set.
    /// </summary>
    public bool Concurrent
    {
        get => _concurrent;
        set
        {
            if (value != _concurrent)
            {
                _concurrent = value;
                Restripe();
            }
        }
    }

    private bool _concurrent = true;

    /// <inheritdoc/>
    public Datum Produce(Proc channel, Seq<Proc> data, bool persistent) => Produce(channel, data, persistent, out _);

    /// <summary><c>RSpace/produce</c>, telling whether a communication on the channel could now fire (<c>Sched/poll</c>).</summary>
    internal Datum Produce(Proc channel, Seq<Proc> data, bool persistent, out bool ready)
    {
        var d = new Datum(channel, data, persistent);
        var stripe = StripeOf(channel);
        using (Enter(stripe))
        {
            var slot = stripe.SlotOf(channel);
            d.Home = slot;
            slot.Data.Add(d);
            ready = slot.Conts.Count > 0;
        }
        return d;
    }

    /// <inheritdoc/>
    public WaitingContinuation<TK> Consume(Seq<Proc> channels, Seq<BindPattern> binds, ReceiveKind kind, TK continuation) =>
        Consume(channels, binds, kind, continuation, out _);

    /// <summary>
    /// <c>RSpace/consume</c>, telling whether a communication on the join's first channel could now fire
    /// (<c>Sched/poll</c>): whether data wait there too.
    /// </summary>
    internal WaitingContinuation<TK> Consume(Seq<Proc> channels, Seq<BindPattern> binds, ReceiveKind kind, TK continuation, out bool ready)
    {
        if (channels.Count != binds.Count || channels.Count == 0)
        {
            throw new ArgumentException("a join needs one channel per bind", nameof(channels));
        }
        var k = new WaitingContinuation<TK>(channels, binds, kind, continuation);
        var homes = new Slot<TK>[channels.Count];
        var held = Enter(StripesOf(channels));
        try
        {
            for (var j = 0; j < homes.Length; j++)
            {
                homes[j] = StripeOf(channels[j]).SlotOf(channels[j]);
                homes[j].Conts.Add(k);
            }
            k.Homes = homes;
            ready = homes[0].Ready;
        }
        finally
        {
            Exit(held);
        }
        return k;
    }

    /// <inheritdoc/>
    public Comm<TK>? Poll(Proc channel, Random? random = null)
    {
        var held = EnterForPoll(channel);
        try
        {
            return Fire(channel, random, out var k, out var bindings, out var chosen, out _)
                ? new Comm<TK>(k, Wrap(chosen[..k.Binds.Count]), bindings)
                : null;
        }
        finally
        {
            Exit(held);
        }
    }

    /// <summary>
    /// <see cref="Poll"/> without the <see cref="Comm{TK}"/> record: the continuation that fired and the bindings, or
    /// false, and whether another communication on the channel could fire after it (<c>Sched/poll</c>), seen under
    /// the same locks. For an owner that needs no more (the machine's scheduler).
    /// </summary>
    internal bool TryPoll(Proc channel, Random? random, out WaitingContinuation<TK> k, out Seq<Proc> bindings, out bool again)
    {
        var held = EnterForPoll(channel);
        try
        {
            var fired = Fire(channel, random, out k, out bindings, out _, out var slot);
            again = slot is { Ready: true };
            return fired;
        }
        finally
        {
            Exit(held);
        }
    }

    /// <summary>
    /// <c>RSpace/comm</c> on <paramref name="channel"/>: the first waiting continuation (in <paramref name="random"/>'s
    /// order, else oldest first) whose binds all match, with the data it met in <paramref name="chosen"/>; what it
    /// consumed is removed. Called holding the stripes of every channel of every continuation waiting on
    /// <paramref name="channel"/> (<see cref="EnterForPoll"/>). <paramref name="slot"/> is the channel's entry as it
    /// was found, or null: after a communication that emptied it, it is empty (and no longer in the table) until the
    /// locks are let go, so its <see cref="Slot{TK}.Ready"/> still tells whether the channel can fire again.
    /// </summary>
    private bool Fire(Proc channel, Random? random, out WaitingContinuation<TK> k, out Seq<Proc> bindings, out Datum[] chosen, out Slot<TK>? slot)
    {
        var stripe = StripeOf(channel);
        chosen = stripe.Chosen;
        if (stripe.Slots.TryGetValue(channel, out slot) && slot.Ready)
        {
            var waiting = slot.Conts;
            var order = Order(waiting.Count, random);
            for (var i = 0; i < waiting.Count; i++)
            {
                k = waiting[order?[i] ?? i];
                // Stryker disable once Equality : growing at equal length (<=) only allocates again; the > replacement, which never grows, fails Join_OfMoreChannelsThanTheScratchHolds, but one comment covers both
                if (chosen.Length < k.Binds.Count)
                {
                    chosen = stripe.Chosen = new Datum[k.Binds.Count];
                }
                if (TryMatch(k, random, chosen) is { } found)
                {
                    Remove(k, chosen);
                    bindings = found;
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
        var stripe = StripeOf(channel);
        using (Enter(stripe))
        {
            return stripe.Slots.TryGetValue(channel, out var slot) && slot.Ready;
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<Datum> WaitingData()
    {
        using var all = EnterAll();
        return _stripes.SelectMany(s => s.Slots.Values).SelectMany(s => s.Data).ToList();
    }

    /// <inheritdoc/>
    public IReadOnlyList<WaitingContinuation<TK>> WaitingContinuations()
    {
        using var all = EnterAll();
        return _stripes.SelectMany(s => s.Slots.Values).SelectMany(s => s.Conts).Distinct().ToList();
    }

    /// <summary>Removes what a communication of <paramref name="k"/> with the data in <paramref name="chosen"/> consumed.</summary>
    private void Remove(WaitingContinuation<TK> k, Datum[] chosen)
    {
        if (k.Kind != ReceiveKind.Persistent)
        {
            foreach (var home in k.Homes)
            {
                Drop(home.Conts, k);
                // Stryker disable once Statement : never empties an entry by itself: a peek's entries keep their data, and the loop below vacates each entry whose datum it takes
                _stripes[home.Stripe].Vacate(home);
            }
        }
        if (k.Kind == ReceiveKind.Peek)
        {
            return;
        }
        for (var j = 0; j < k.Binds.Count; j++)
        {
            var d = chosen[j];
            if (!d.Persistent || Mutants.IsOn(Mutant.RSpacePersistenceDropped))
            {
                var home = (Slot<TK>)d.Home!;
                Drop(home.Data, d);
                _stripes[home.Stripe].Vacate(home);
            }
        }
    }

    /// <summary>
    /// The order in which to try <paramref name="count"/> candidates: null for oldest first, or a permutation drawn
    /// from <paramref name="random"/> (Fisher–Yates from the last index down, one draw per index).
    /// </summary>
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
        for (var i = count - 1;
            // Stryker disable once Equality : a draw for index 0 too (i >= 0) swaps it with itself: the orders are as uniform and as reproducible, only later draws shift
            i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }

    private static void Drop<T>(List<T> list, T item)
        where T : class
    {
        for (var i = 0;
            // Stryker disable once Equality : the item is always in the list, so the loop never reaches the end (<=)
            i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                list.RemoveAt(i);
                // Stryker disable once Statement : the item is in the list once, so nothing after it is dropped
                return;
            }
        }
    }

    private Stripe StripeOf(Proc channel) => _stripes[_concurrent ? StripeIndex(channel) : 0];

    /// <summary>Moves every entry to the stripe it belongs in now (<see cref="Concurrent"/> changed).</summary>
    private void Restripe()
    {
        var slots = _stripes.SelectMany(s => s.Slots.Values).ToList();
        foreach (var stripe in _stripes)
        {
            stripe.Slots.Clear();
        }
        foreach (var slot in slots)
        {
            var stripe = StripeOf(slot.Channel);
            slot.Stripe = stripe.Index;
            stripe.Slots[slot.Channel] = slot;
        }
    }

    private static Stripe[] NewStripes()
    {
        var stripes = new Stripe[StripeCount];
        for (var i = 0; i < stripes.Length; i++)
        {
            stripes[i] = new Stripe(i);
        }
        return stripes;
    }

    /// <summary>
    /// Takes the locks a poll of <paramref name="channel"/> needs: those of the stripes of every channel of every
    /// continuation waiting on it (a join's data may be on other stripes), in ascending order. Usually that is the
    /// channel's own stripe alone, taken once. Otherwise it lets go, takes the whole set in order, and looks again,
    /// since the continuations may have changed meanwhile, until the set it holds covers what it sees.
    /// </summary>
    /// <returns>The stripes held (ascending), for <see cref="Exit"/>; null when the space is not concurrent.</returns>
    private int[]? EnterForPoll(Proc channel)
    {
        if (!Concurrent)
        {
            return null;
        }
        var own = StripeOf(channel).Index;
        int[] held = [own];
        _stripes[own].Gate.Enter();
        while (true)
        {
            var needed = Needed(channel, own, held);
            if (needed is null)
            {
                return held;
            }
            Exit(held);
            held = needed;
            Enter(held);
        }
    }

    /// <summary>
    /// The stripes a poll of <paramref name="channel"/> needs, given that it holds <paramref name="held"/>: null when
    /// those cover them, else the union of both, ascending (so nothing taken is let go while the set grows).
    /// </summary>
    private int[]? Needed(Proc channel, int own, int[] held)
    {
        if (!_stripes[own].Slots.TryGetValue(channel, out var slot) || !slot.Ready)
        {
            return null;
        }
        SortedSet<int>? more = null;
        foreach (var k in slot.Conts)
        {
            foreach (var home in k.Homes)
            {
                var s = home.Stripe;
                if (Array.BinarySearch(held, s) < 0)
                {
                    // Stryker disable once Assignment : starting again from held keeps only the last stripe missing, but EnterForPoll asks again while one is missing, so it ends holding the same set
                    (more ??= [.. held]).Add(s);
                }
            }
        }
        return more?.ToArray();
    }

    /// <summary>The distinct stripes of <paramref name="channels"/>, ascending; null when the space is not concurrent.</summary>
    private int[]? StripesOf(Seq<Proc> channels)
    {
        if (!Concurrent)
        {
            return null;
        }
        // Stryker disable once Block : a shortcut: the general path gives the same single stripe
        if (channels.Count == 1)
        {
            return [StripeIndex(channels[0])];
        }
        return channels.Select(StripeIndex).Distinct().Order().ToArray();
    }

    private int[]? Enter(int[]? stripes)
    {
        if (stripes is not null)
        {
            foreach (var s in stripes)
            {
                _stripes[s].Gate.Enter();
            }
        }
        return stripes;
    }

    private void Exit(int[]? stripes)
    {
        if (stripes is not null)
        {
            for (var i = stripes.Length - 1; i >= 0; i--)
            {
                _stripes[stripes[i]].Gate.Exit();
            }
        }
    }

    /// <summary>The stripe's lock when <see cref="Concurrent"/>, nothing otherwise (<c>using (Enter(s)) { … }</c>).</summary>
    private Scope Enter(Stripe stripe) => new(_concurrent ? stripe.Gate : null);

    /// <summary>Every stripe's lock, in ascending order, when <see cref="Concurrent"/> (snapshots see one instant).</summary>
    private AllScope EnterAll() => new(this, Enter(Concurrent ? Enumerable.Range(0, StripeCount).ToArray() : null));

    /// <summary>Holds a lock, if given one, until disposed.</summary>
    private readonly ref struct Scope
    {
        private readonly Gate? _held;

        public Scope(Gate? held)
        {
            _held = held;
            _held?.Enter();
        }

        public void Dispose() => _held?.Exit();
    }

    /// <summary>Holds the locks <see cref="EnterAll"/> took until disposed.</summary>
    private readonly ref struct AllScope(InMemoryRSpace<TK> space, int[]? held)
    {
        public void Dispose() => space.Exit(held);
    }

    /// <summary>
    /// <c>RSpace/stripes</c>: one stripe's entries, its lock and its emptied entries kept for reuse. An entry lives in
    /// the stripe of its channel and only that stripe's lock guards it.
    /// </summary>
    /// <param name="index">The stripe's position in the space (its entries carry it, and locks are taken in its order).</param>
    private sealed class Stripe(int index)
    {
        // The gate is allocated first and a padding array last, so that what one stripe writes (its gate, its
        // table, its scratch) never shares a cache line with another stripe's.
        public Gate Gate { get; } = new();

        public int Index => index;

        public Dictionary<Proc, Slot<TK>> Slots { get; } = [];

        // Emptied entries are kept for the next channel (a datum on a fresh channel would otherwise cost new lists).
        private readonly Stack<Slot<TK>> _spare = [];

        /// <summary>
        /// The data the last match of a poll on this stripe's channels chose, one per bind: reused, and read only
        /// under this stripe's lock, before the next such match.
        /// </summary>
        public Datum[] Chosen { get; set; } = new Datum[4];

        // The padding after the stripe's objects, kept alive so that a compacting collection keeps the gap.
        private readonly long[] _tail = new long[16];

        /// <summary>The channel's entry, created (or an emptied one reused) when nothing waits on it yet.</summary>
        public Slot<TK> SlotOf(Proc channel)
        {
            if (!Slots.TryGetValue(channel, out var slot))
            {
                // Stryker disable once all : a reused empty entry and a new one are the same entry to every caller
                slot = _spare.Count > 0 ? _spare.Pop() : new Slot<TK>();
                slot.Stripe = index;
                slot.Channel = channel;
                Slots[channel] = slot;
            }
            return slot;
        }

        /// <summary>Removes an entry once nothing waits on its channel, keeping it for reuse.</summary>
        public void Vacate(Slot<TK> slot)
        {
            if (!slot.Empty)
            {
                return;
            }
            Slots.Remove(slot.Channel);
            // Stryker disable once all : keeping or dropping an emptied entry changes no operation's result, only allocation
            if (_spare.Count < SpareSlots && slot.Data.Capacity <= SpareCapacity && slot.Conts.Capacity <= SpareCapacity)
            {
                _spare.Push(slot);
            }
        }
    }
}
