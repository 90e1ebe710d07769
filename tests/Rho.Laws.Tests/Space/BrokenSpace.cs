using Rho.Laws.Space;
using Rho.Machine.Tests.Space;
using Rho.Semantics.Core;

namespace Rho.Laws.Tests.Space;

/// <summary>Our in-memory space with some operations replaced: the base of the broken spaces the RSpace law tests use.</summary>
internal class BrokenSpace : ISpace
{
    protected readonly InMemorySpace Inner = new();

    public virtual void Produce(Proc channel, Seq<Proc> data, bool persistent) => Inner.Produce(channel, data, persistent);

    public virtual void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation) => Inner.Consume(channels, binds, kind, continuation);

    public virtual SpaceComm? Poll(Proc channel, Random? random = null) => Inner.Poll(channel, random);

    public virtual IReadOnlyList<SpaceDatum> WaitingData() => Inner.WaitingData();

    public virtual IReadOnlyList<Seq<Proc>> WaitingContinuations() => Inner.WaitingContinuations();
}
