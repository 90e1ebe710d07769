using Rho.Semantics.Core;

namespace Rho.Laws.Space;

/// <summary>One bind of a join: argument patterns (with pattern variables <see cref="FreeVar"/> 0..n-1), a remainder, and n.</summary>
/// <param name="Patterns">The argument patterns.</param>
/// <param name="Remainder">The remainder pattern, if any.</param>
/// <param name="FreeCount">The number of pattern variables.</param>
public sealed record SpaceBind(Seq<Proc> Patterns, Proc? Remainder, int FreeCount);

/// <summary>A datum waiting on a channel.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Data">The arguments.</param>
public sealed record SpaceDatum(Proc Channel, Seq<Proc> Data);

/// <summary>A communication: the continuation that fired and the values of its pattern variables, binds in order.</summary>
/// <param name="Continuation">The caller's payload of the continuation.</param>
/// <param name="Bindings">The bindings.</param>
public sealed record SpaceComm(int Continuation, Seq<Proc> Bindings);

/// <summary>
/// A tuple space under test (spec/machine.md, <c>RSpace/…</c>): produce and consume store, poll
/// performs one communication. The law set takes a factory of empty spaces.
/// </summary>
/// <remarks>
/// Laws (<see cref="LawSets.RSpace"/>):
/// <list type="bullet">
/// <item><c>RSpace/comm</c>: a datum and a continuation whose every bind matches meet exactly once;
/// a non-matching pattern changes nothing; persistent data and continuations survive, peek leaves
/// the datum; a join fires only when every channel has matching data; a random choice is a matching
/// candidate.</item>
/// <item><c>RSpace/atomic</c>: under concurrent producers, consumers and pollers every datum is
/// received at most once and one not received is still waiting where no continuation waits; with
/// joins over two channels among them, a join takes one datum from each, every datum is taken at
/// most once, and none is lost.</item>
/// </list>
/// Errors: none on well-formed calls; implementations are safe under concurrent callers.
/// </remarks>
public interface ISpace
{
    /// <summary><c>RSpace/produce</c>: stores a datum.</summary>
    /// <param name="channel">The channel (a canonical closed process).</param>
    /// <param name="data">The arguments.</param>
    /// <param name="persistent">Whether the datum survives consumption.</param>
    void Produce(Proc channel, Seq<Proc> data, bool persistent);

    /// <summary><c>RSpace/consume</c>: stores a continuation waiting on every channel of a join.</summary>
    /// <param name="channels">One channel per bind (distinct).</param>
    /// <param name="binds">The binds.</param>
    /// <param name="kind">Linear, persistent or peek.</param>
    /// <param name="continuation">The caller's payload.</param>
    void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation);

    /// <summary><c>RSpace/comm</c>: fires one continuation waiting on <paramref name="channel"/> whose binds all match, or answers null.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="random">Chooses among candidates; null picks the oldest.</param>
    /// <returns>The communication, or null.</returns>
    SpaceComm? Poll(Proc channel, Random? random = null);

    /// <summary>A snapshot of the waiting data.</summary>
    /// <returns>The data.</returns>
    IReadOnlyList<SpaceDatum> WaitingData();

    /// <summary>A snapshot of the waiting continuations, as their channels.</summary>
    /// <returns>One channel list per continuation.</returns>
    IReadOnlyList<Seq<Proc>> WaitingContinuations();
}
