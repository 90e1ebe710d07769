using System.Numerics;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Tests.Congruence;

/// <summary>
/// Cong/order in detail: the rank of every kind of item, and the fields each kind compares by
/// (spec/congruence.md §3). Each case pins one step of the reference's score order.
/// </summary>
public class CongMutOrderTests
{
    private static readonly ProcOrder Order = ProcOrder.Instance;
    private static readonly Proc One = new GInt(1), Two = new GInt(2);

    private static void Less(Proc x, Proc y)
    {
        Assert.True(Order.Compare(x, y) < 0, $"expected {x} < {y}");
        Assert.True(Order.Compare(y, x) > 0, $"expected {y} > {x}");
    }

    private static Bundle Bun(bool read, bool write) => new(One, read, write);

    private static Receive Recv(Proc source, ReceiveKind kind = ReceiveKind.Linear, int bindCount = 1) =>
        new(Seq.Of(new ReceiveBind(Seq.Of<Proc>(new FreeVar(0)), source, null, 1)), Nil.Instance, kind, bindCount);

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Ranks_EveryKindInTheReferenceScoreOrder()
    {
        Proc[] expected =
        [
            new GBool(true), new GSysChannel("rho:io:stdout"), new GUnforgeable(0), new GBigInt(BigInteger.One),
            new BoundVar(0), new FreeVar(0), Wildcard.Instance,
            new EUnary(UnaryOp.Neg, One), new EBinary(BinaryOp.Mul, One, One), new EBinary(BinaryOp.Neq, One, One),
            new EUnary(UnaryOp.Not, One), new EBinary(BinaryOp.And, One, One),
            new EMethod("length", One, Seq<Proc>.Empty), new GByteArray(Seq<byte>.Empty),
            new EMatches(One, One), new Send(One, Seq<Proc>.Empty, false), Recv(One),
            new New(1, Seq<string>.Empty, One), new Match(One, Seq<MatchCase>.Empty),
            Bun(false, false), Bun(true, false), Bun(false, true), Bun(true, true),
            new ConnNot(One), new ConnAnd(Seq.Of(One, Two)), new ConnOr(Seq.Of(One, Two)), new VarRef(0),
            new ConnType(SimpleType.Bool), new ConnType(SimpleType.BigInt),
        ];
        Assert.Equal(expected, expected.Reverse().Order(Order).ToList());
        for (var i = 1; i < expected.Length; i++)
        {
            Less(expected[i - 1], expected[i]);
        }
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Ranks_NilAsAnItemOfAParComesAfterEveryOtherItem()
    {
        // Never canonical, but the order stays total: an inner Nil/Par is an item of the highest rank.
        Less(new Par(Seq.Of<Proc>(new ConnType(SimpleType.BigInt))), new Par(Seq.Of<Proc>(Nil.Instance)));
        Less(new Par(Seq.Of<Proc>(new GBool(true))), new Par(Seq.Of<Proc>(new Par(Seq.Of(One)))));
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Null_ComesFirst_AndEqualsItself()
    {
        Assert.Equal(0, Order.Compare(null, null));
        Assert.True(Order.Compare(null, Nil.Instance) < 0);
        Assert.True(Order.Compare(Nil.Instance, null) > 0);
        Assert.Equal(0, ProcOrder.ParItems.Compare(null, null));
        Assert.True(ProcOrder.ParItems.Compare(null, new Send(One, Seq<Proc>.Empty, false)) < 0);
        Assert.True(ProcOrder.ParItems.Compare(new Send(One, Seq<Proc>.Empty, false), null) > 0);
    }

    [Fact]
    [Trait("Rule", "Cong/par-comm")]
    public void ParItems_ConnectivesAndVarRefs_FollowBundles_AndPrecedeNames()
    {
        var bundle = Bun(true, true);
        var name = new GUnforgeable(0);
        Proc[] connectives = [new ConnNot(One), new ConnAnd(Seq.Of(One, Two)), new ConnOr(Seq.Of(One, Two)), new VarRef(0), new ConnType(SimpleType.Int)];
        foreach (var c in connectives)
        {
            Assert.True(ProcOrder.ParItems.Compare(bundle, c) < 0, $"bundle before {c}");
            Assert.True(ProcOrder.ParItems.Compare(c, bundle) > 0, $"{c} after bundle");
            Assert.True(ProcOrder.ParItems.Compare(c, name) < 0, $"{c} before names");
        }
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Binary_LeftOperandFirst_ThenRight()
    {
        Less(new EBinary(BinaryOp.Add, One, new GInt(9)), new EBinary(BinaryOp.Add, Two, new GInt(0)));
        Less(new EBinary(BinaryOp.Add, One, One), new EBinary(BinaryOp.Add, One, Two));
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Remainders_AbsentFirst_ThenByTerm()
    {
        var items = Seq.Of(One);
        Less(new EList(items, null), new EList(items, new FreeVar(0)));
        Less(new EList(items, new FreeVar(0)), new EList(items, Wildcard.Instance));
        Less(new ESet(items, null), new ESet(items, new FreeVar(0)));
        Less(new EMap(Seq<KeyValue>.Empty, null), new EMap(Seq<KeyValue>.Empty, new FreeVar(0)));
        Less(new EMap(Seq<KeyValue>.Empty, new FreeVar(0)), new EMap(Seq<KeyValue>.Empty, Wildcard.Instance));
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Maps_KeysFirst_ThenValues()
    {
        static EMap M(long k, long v) => new(Seq.Of(new KeyValue(new GInt(k), new GInt(v))), null);
        Less(M(1, 5), M(2, 0));
        Less(M(1, 0), M(1, 5));
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Methods_NameFirst_ThenTarget_ThenArgs()
    {
        Less(new EMethod("a", Two, Seq<Proc>.Empty), new EMethod("b", One, Seq<Proc>.Empty));
        Less(new EMethod("a", One, Seq.Of(Two)), new EMethod("a", Two, Seq.Of(One)));
        Less(new EMethod("a", One, Seq.Of(One)), new EMethod("a", One, Seq.Of(Two)));
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Receives_KindThenBindsThenBindCount()
    {
        Less(Recv(One), Recv(One, ReceiveKind.Peek));
        Less(Recv(One), Recv(One, ReceiveKind.Persistent));
        Less(Recv(One, ReceiveKind.Peek), Recv(One, ReceiveKind.Persistent));
        Less(Recv(One), Recv(Two));
        Less(Recv(One, bindCount: 1), Recv(One, bindCount: 2));
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void News_CountThenUrisThenBody()
    {
        static New N(int count, Proc body, params string[] uris) => new(count, uris.ToSeq(), body);
        Less(N(1, Two, "rho:a"), N(2, One));
        Less(N(1, Two, "rho:a"), N(1, One, "rho:b"));
        Less(N(2, Two, "rho:a"), N(2, One, "rho:a", "rho:b"));
        Less(N(1, One, "rho:a"), N(1, Two, "rho:a"));
        Assert.Equal(0, Order.Compare(N(1, One, "rho:a"), N(1, One, "rho:a")));
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void UnknownOperatorOrType_IsACrashNamingIt()
    {
        var op = Assert.Throws<RhoException>(() =>
            Order.Compare(new EBinary((BinaryOp)999, One, One), One));
        Assert.Equal(ErrorClass.Crash, op.Error.Class);
        Assert.Contains("unknown operator 999", op.Error.Message, StringComparison.Ordinal);
        var type = Assert.Throws<RhoException>(() => Order.Compare(new ConnType((SimpleType)999), One));
        Assert.Contains("unknown type 999", type.Error.Message, StringComparison.Ordinal);
    }
}
