using Rho.Semantics.Core;
using Rho.Semantics.Mutation;

namespace Rho.Machine.Space;

/// <summary>
/// The in-memory RSpace: per channel, a list of data and a list of continuations. One lock makes every
/// operation atomic, so concurrent callers never consume a datum twice and never lose one
/// (<c>RSpace/atomic</c>): correct before clever. Polling allocates only what it returns (matching is in
/// <c>InMemoryRSpace.Match.cs</c>).
/// </summary>
/// <typeparam name="TK">The continuation payload type.</typeparam>
public sealed partial class InMemoryRSpace<TK> : IRSpace<TK>
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Proc, List<Datum>> _data = [];
    private readonly Dictionary<Proc, List<WaitingContinuation<TK>>> _conts = [];

    // Emptied lists are kept for the next channel (a datum on a fresh channel would otherwise cost a new list).
    private readonly Stack<List<Datum>> _spareData = [];
    private readonly Stack<List<WaitingContinuation<TK>>> _spareConts = [];

    private const int SpareLists = 64;
    private const int SpareCapacity = 16;

    /// <inheritdoc/>
    public Datum Produce(Proc channel, Seq<Proc> data, bool persistent)
    {
        var d = new Datum(channel, data, persistent);
        lock (_lock)
        {
            Get(_data, _spareData, channel).Add(d);
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
        lock (_lock)
        {
            foreach (var c in channels)
            {
                Get(_conts, _spareConts, c).Add(k);
            }
        }
        return k;
    }

    /// <inheritdoc/>
    public Comm<TK>? Poll(Proc channel, Random? random = null)
    {
        lock (_lock)
        {
            if (!_conts.TryGetValue(channel, out var waiting) || waiting.Count == 0)
            {
                return null;
            }
            var order = Order(waiting.Count, random);
            for (var i = 0; i < waiting.Count; i++)
            {
                var k = waiting[order?[i] ?? i];
                var chosen = TryMatch(k, random);
                if (chosen is not null)
                {
                    Remove(k, chosen.Value.Data);
                    return new Comm<TK>(k, chosen.Value.Data, chosen.Value.Bindings);
                }
            }
            return null;
        }
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
        lock (_lock)
        {
            return _data.ContainsKey(channel) && _conts.ContainsKey(channel);
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<Datum> WaitingData()
    {
        lock (_lock)
        {
            return _data.Values.SelectMany(l => l).ToList();
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<WaitingContinuation<TK>> WaitingContinuations()
    {
        lock (_lock)
        {
            return _conts.Values.SelectMany(l => l).Distinct().ToList();
        }
    }

    private void Remove(WaitingContinuation<TK> k, Seq<Datum> data)
    {
        if (k.Kind != ReceiveKind.Persistent)
        {
            foreach (var c in k.Channels)
            {
                Drop(_conts, _spareConts, c, k);
            }
        }
        if (k.Kind == ReceiveKind.Peek)
        {
            return;
        }
        foreach (var d in data)
        {
            if (!d.Persistent || Mutants.IsOn(Mutant.RSpacePersistenceDropped))
            {
                Drop(_data, _spareData, d.Channel, d);
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
        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        return order;
    }
    private static List<T> Get<T>(Dictionary<Proc, List<T>> map, Stack<List<T>> spare, Proc channel)
    {
        if (!map.TryGetValue(channel, out var list))
        {
            // Stryker disable once all : a reused empty list and a new one are the same list to every caller
            map[channel] = list = spare.Count > 0 ? spare.Pop() : [];
        }
        return list;
    }

    private static void Drop<T>(Dictionary<Proc, List<T>> map, Stack<List<T>> spare, Proc channel, T item)
        where T : class
    {
        var list = map[channel];
        for (var i = 0; i < list.Count; i++)
        {
            if (ReferenceEquals(list[i], item))
            {
                list.RemoveAt(i);
                break;
            }
        }
        if (list.Count == 0)
        {
            map.Remove(channel);
            // Stryker disable once all : keeping or dropping an emptied list changes no operation's result, only allocation
            if (spare.Count < SpareLists && list.Capacity <= SpareCapacity)
            {
                spare.Push(list);
            }
        }
    }
}
