using Rho.Semantics.Core;
using Rho.Semantics.Matching;
using static Rho.Semantics.Tests.Matching.MatchTerms;

namespace Rho.Semantics.Tests.Matching;

public class ItemBoundsTests
{
    private const int Sends = 0;
    private const int Exprs = 3;

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Bounds_ParOfPlainItems_CountsEachKind()
    {
        var b = ItemBounds.Of(P(Out(I(1)), Out(I(2)), L(V(0))));
        Assert.Equal(2, b.Min[Sends]);
        Assert.Equal(2, b.Max[Sends]);
        Assert.Equal(1, b.Min[Exprs]);
        Assert.Equal(1, b.Max[Exprs]);
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Bounds_VariableOrWildcard_RemovesTheUpperBound()
    {
        Assert.Equal(ItemBounds.Unbounded, ItemBounds.Of(P(Out(I(1)), V(0))).Max[Sends]);
        Assert.Equal(1, ItemBounds.Of(P(Out(I(1)), W)).Min[Sends]);
    }

    [Fact]
    [Trait("Rule", "Pat/and")]
    [Trait("Rule", "Pat/or")]
    [Trait("Rule", "Pat/not")]
    [Trait("Rule", "Pat/type")]
    public void Bounds_Connectives_CombineAsInTheReference()
    {
        var type = ItemBounds.OfConnective(Ty(SimpleType.Int));
        Assert.Equal((1, 1), (type.Min[Exprs], type.Max[Exprs]));
        Assert.Equal((0, 0), (type.Min[Sends], type.Max[Sends]));
        var not = ItemBounds.OfConnective(Not(Empty));
        Assert.Equal((0, ItemBounds.Unbounded), (not.Min[Sends], not.Max[Sends]));
        var and = ItemBounds.OfConnective(And(Ty(SimpleType.Int), Not(Empty)));
        Assert.Equal((1, 1), (and.Min[Exprs], and.Max[Exprs]));
        var or = ItemBounds.OfConnective(Or(Ty(SimpleType.Int), P(I(1), I(2), I(3))));
        Assert.Equal((1, 3), (or.Min[Exprs], or.Max[Exprs]));
        Assert.Equal(ItemBounds.Unbounded, ItemBounds.Of(P(Not(Empty), Ty(SimpleType.Int))).Max[Exprs]);
        Assert.Equal(1, ItemBounds.Of(P(Not(Empty), Ty(SimpleType.Int))).Min[Exprs]);
    }
}
