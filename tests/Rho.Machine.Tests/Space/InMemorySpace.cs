using Rho.Laws.Space;
using Rho.Machine.Space;
using Rho.Semantics.Core;

namespace Rho.Machine.Tests.Space;

/// <summary>Our in-memory RSpace as the law library's <see cref="ISpace"/> (continuation payloads are ints).</summary>
/// <param name="concurrent">Whether the space takes its lock (the default), or runs single-threaded (<c>RSpace/atomic</c>).</param>
public sealed class InMemorySpace(bool concurrent = true) : ISpace
{
    private readonly InMemoryRSpace<int> _space = new() { Concurrent = concurrent };

    public void Produce(Proc channel, Seq<Proc> data, bool persistent) => _space.Produce(channel, data, persistent);

    public void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation) =>
        _space.Consume(channels, binds.Map(b => new BindPattern(b.Patterns, b.Remainder, b.FreeCount)), kind, continuation);

    public SpaceComm? Poll(Proc channel, Random? random = null) =>
        _space.Poll(channel, random) is { } c ? new SpaceComm(c.Continuation.Continuation, c.Bindings) : null;

    public IReadOnlyList<SpaceDatum> WaitingData() => [.. _space.WaitingData().Select(d => new SpaceDatum(d.Channel, d.Data))];

    public IReadOnlyList<Seq<Proc>> WaitingContinuations() => [.. _space.WaitingContinuations().Select(k => k.Channels)];
}
