using Rho.Laws;
using Rho.Laws.Space;
using Rho.Laws.Xunit;

namespace Rho.Machine.Tests.Space;

/// <summary>The in-memory RSpace passes the RSpace laws of the law library (<c>RSpace/laws</c>).</summary>
public class InMemoryRSpaceTests
{
    private static readonly Func<ISpace> Create = () => new InMemorySpace();

    [Fact]
    [Trait("Rule", "RSpace/produce")]
    [Trait("Rule", "RSpace/consume")]
    [Trait("Rule", "RSpace/comm")]
    [Trait("Rule", "RSpace/laws")]
    public void Comm_ScenariosOfTheLawSet_Hold() => LawAssert.Holds(LawSets.RSpace, "RSpace/comm", Create);

    [Fact]
    [Trait("Rule", "RSpace/atomic")]
    [Trait("Rule", "RSpace/laws")]
    public void Atomic_ManyThreads_EveryDatumConsumedExactlyOnce() => LawAssert.Holds(LawSets.RSpace, "RSpace/atomic", Create);

    [Fact]
    [Trait("Rule", "RSpace/comm")]
    [Trait("Rule", "RSpace/slot")]
    [Trait("Rule", "RSpace/laws")]
    public void Comm_SingleThreadedWithoutTheLock_ScenariosOfTheLawSet_Hold() =>
        LawAssert.Holds(LawSets.RSpace, "RSpace/comm", () => new InMemorySpace(concurrent: false));
}
