using Rho.Laws.Space;
using Rho.Machine.Tests.Space;
using Rho.Semantics.Core;

namespace Rho.Laws.Tests.Space;

/// <summary>Our in-memory space with some operations replaced: the base of the broken spaces the RSpace law tests use.</summary>
internal class BrokenSpace : ISpace
{
    /// <summary>Checks that the RSpace scenario <paramref name="name"/> fails on the spaces <paramref name="create"/> makes; its counterexample.</summary>
    public static Counterexample Fails(string name, Func<ISpace> create)
    {
        var result = LawRunner.Check(LawSets.RSpace.Laws.Single(l => l.Name == name), create, new LawConfig());
        Assert.False(result.Holds, name + " held");
        return result.Counterexample!;
    }

    protected readonly InMemorySpace Inner = new();

    public virtual void Produce(Proc channel, Seq<Proc> data, bool persistent) => Inner.Produce(channel, data, persistent);

    public virtual void Consume(Seq<Proc> channels, Seq<SpaceBind> binds, ReceiveKind kind, int continuation) => Inner.Consume(channels, binds, kind, continuation);

    public virtual SpaceComm? Poll(Proc channel, Random? random = null) => Inner.Poll(channel, random);

    public virtual IReadOnlyList<SpaceDatum> WaitingData() => Inner.WaitingData();

    public virtual IReadOnlyList<Seq<Proc>> WaitingContinuations() => Inner.WaitingContinuations();
}
