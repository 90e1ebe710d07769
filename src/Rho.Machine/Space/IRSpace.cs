using Rho.Semantics.Core;

namespace Rho.Machine.Space;

/// <summary>One bind of a join: the patterns, the remainder and the number of variables they bind.</summary>
/// <param name="Patterns">The argument patterns (closed except for their pattern variables).</param>
/// <param name="Remainder">The remainder pattern, if any.</param>
/// <param name="FreeCount">The number of pattern variables.</param>
public sealed record BindPattern(Seq<Proc> Patterns, Proc? Remainder, int FreeCount)
{
    /// <summary>
    /// Whether every pattern is a distinct pattern variable numbered below <see cref="FreeCount"/>, or a wildcard,
    /// with no remainder, and every variable occurs (a contract's formal parameters): such a bind matches any data
    /// of its arity in exactly one way, position for position. Computed once.
    /// </summary>
    internal bool IsFlat => _shape != Shape.General;

    /// <summary>Whether the bind is flat and pattern i is variable i for every i: its binding is the data themselves.</summary>
    internal bool IsIdentity => _shape == Shape.Identity;

    private readonly Shape _shape = Flatness(Patterns, Remainder, FreeCount);

    private enum Shape
    {
        General,
        Flat,
        Identity,
    }

    private static Shape Flatness(Seq<Proc> patterns, Proc? remainder, int freeCount)
    {
        if (remainder is not null || freeCount > 64)
        {
            return Shape.General;
        }
        Span<bool> seen = stackalloc bool[freeCount];
        var vars = 0;
        var inOrder = true;
        for (var i = 0; i < patterns.Count; i++)
        {
            switch (patterns[i])
            {
                case FreeVar v when v.Level >= 0 && v.Level < freeCount && !seen[v.Level]:
                    seen[v.Level] = true;
                    vars++;
                    inOrder &= v.Level == i;
                    break;
                case Wildcard:
                    inOrder = false;
                    break;
                default:
                    return Shape.General;
            }
        }
        return vars != freeCount ? Shape.General : inOrder ? Shape.Identity : Shape.Flat;
    }
}

/// <summary>A datum waiting on a channel (<c>RSpace/produce</c>). Items have identity: two equal sends are two data.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Data">The arguments.</param>
/// <param name="Persistent">Whether the datum survives being consumed (<c>!!</c>).</param>
public sealed class Datum(Proc Channel, Seq<Proc> Data, bool Persistent)
{
    /// <summary>The channel.</summary>
    public Proc Channel { get; } = Channel;

    /// <summary>The arguments.</summary>
    public Seq<Proc> Data { get; } = Data;

    /// <summary>Whether the datum survives being consumed.</summary>
    public bool Persistent { get; } = Persistent;

    /// <summary>The channel's entry in the <see cref="InMemoryRSpace{TK}"/> it waits in (a <c>Slot</c>), while it waits.</summary>
    internal object? Home { get; set; }
}

/// <summary>A continuation waiting on one or more channels (<c>RSpace/consume</c>).</summary>
/// <typeparam name="TK">What the caller stores with the continuation.</typeparam>
/// <param name="Channels">One channel per bind.</param>
/// <param name="Binds">The binds, in order.</param>
/// <param name="Kind">Linear, persistent or peek.</param>
/// <param name="Continuation">The caller's payload.</param>
public sealed class WaitingContinuation<TK>(Seq<Proc> Channels, Seq<BindPattern> Binds, ReceiveKind Kind, TK Continuation)
{
    /// <summary>One channel per bind.</summary>
    public Seq<Proc> Channels { get; } = Channels;

    /// <summary>The binds, in order.</summary>
    public Seq<BindPattern> Binds { get; } = Binds;

    /// <summary>Linear, persistent or peek.</summary>
    public ReceiveKind Kind { get; } = Kind;

    /// <summary>The caller's payload.</summary>
    public TK Continuation { get; } = Continuation;

    /// <summary>Its channels' entries in the <see cref="InMemoryRSpace{TK}"/> it waits in, one per bind, while it waits.</summary>
    internal Slot<TK>[] Homes { get; set; } = [];
}

/// <summary>A communication (<c>RSpace/comm</c>): the continuation, the data it met (one per bind) and the bindings in bind order.</summary>
/// <typeparam name="TK">The continuation payload type.</typeparam>
/// <param name="Continuation">The continuation that fired.</param>
/// <param name="Data">The data, one per bind.</param>
/// <param name="Bindings">The values of the pattern variables, binds concatenated in order.</param>
public sealed record Comm<TK>(WaitingContinuation<TK> Continuation, Seq<Datum> Data, Seq<Proc> Bindings);

/// <summary>
/// The tuple space (spec/machine.md, <c>RSpace/…</c>): channels map to waiting data and waiting
/// continuations. Produce and consume only store; <see cref="Poll"/> performs one communication on a
/// channel, removing what it consumes atomically. Implementations are safe under concurrent callers.
/// </summary>
/// <typeparam name="TK">The continuation payload type.</typeparam>
public interface IRSpace<TK>
{
    /// <summary><c>RSpace/produce</c>: stores a datum on a channel.</summary>
    /// <param name="channel">The channel (a canonical closed process).</param>
    /// <param name="data">The arguments.</param>
    /// <param name="persistent">Whether the datum survives consumption.</param>
    /// <returns>The stored datum.</returns>
    Datum Produce(Proc channel, Seq<Proc> data, bool persistent);

    /// <summary><c>RSpace/consume</c>: stores a continuation waiting on every channel of a join.</summary>
    /// <param name="channels">One channel per bind (distinct).</param>
    /// <param name="binds">The binds.</param>
    /// <param name="kind">Linear, persistent or peek.</param>
    /// <param name="continuation">The caller's payload.</param>
    /// <returns>The stored continuation.</returns>
    WaitingContinuation<TK> Consume(Seq<Proc> channels, Seq<BindPattern> binds, ReceiveKind kind, TK continuation);

    /// <summary>
    /// <c>RSpace/comm</c>: finds one continuation waiting on <paramref name="channel"/> whose every bind has a matching
    /// datum, removes the linear items (a persistent continuation stays; peek and persistent data stay) and returns it;
    /// null when none can fire. With <paramref name="random"/> the choice among candidates is random.
    /// </summary>
    /// <param name="channel">The channel to look at.</param>
    /// <param name="random">Chooses among candidates; null picks the oldest.</param>
    /// <returns>The communication, or null.</returns>
    Comm<TK>? Poll(Proc channel, Random? random = null);

    /// <summary>A snapshot of every waiting datum.</summary>
    /// <returns>The data.</returns>
    IReadOnlyList<Datum> WaitingData();

    /// <summary>A snapshot of every waiting continuation.</summary>
    /// <returns>The continuations.</returns>
    IReadOnlyList<WaitingContinuation<TK>> WaitingContinuations();
}
