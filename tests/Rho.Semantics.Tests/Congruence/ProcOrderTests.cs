using System.Numerics;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;

namespace Rho.Semantics.Tests.Congruence;

public class ProcOrderTests
{
    private static readonly ProcOrder Order = ProcOrder.Instance;

    private static List<Proc> Sorted(params Proc[] ps) => ps.Order(Order).ToList();

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Order_Ints_AreNumericIncludingNegatives()
    {
        Assert.Equal(new Proc[] { new GInt(-10), new GInt(-3), new GInt(0), new GInt(2) },
            Sorted(new GInt(2), new GInt(-3), new GInt(0), new GInt(-10)));
        Assert.True(Order.Compare(new GInt(long.MinValue), new GInt(long.MaxValue)) < 0);
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Order_Bools_TrueBeforeFalse() =>
        Assert.True(Order.Compare(new GBool(true), new GBool(false)) < 0);

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Order_Kinds_FollowTheReferenceScoreTags()
    {
        Proc[] expected =
        [
            new GBool(false), new GInt(99), new GString("a"), new GUri("u"), new GUnforgeable(0),
            new EList(Seq<Proc>.Empty, null), new ETuple(Seq.Of<Proc>(new GInt(1))), new ESet(Seq<Proc>.Empty, null),
            new EMap(Seq<KeyValue>.Empty, null), new GBigInt(BigInteger.MinusOne), new BoundVar(0),
            new EBinary(BinaryOp.Add, new GInt(1), new GInt(1)), new GByteArray(Seq<byte>.Empty),
            new Send(Nil.Instance, Seq<Proc>.Empty, false), new New(1, Seq<string>.Empty, Nil.Instance),
        ];
        Assert.Equal(expected, Sorted([.. expected.Reverse()]));
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Order_Strings_CompareByEscapedSpellingOrdinally()
    {
        Assert.True(Order.Compare(new GString("B"), new GString("a")) < 0);
        Assert.True(Order.Compare(new GString("a"), new GString("ab")) < 0);
        // Source text a\" (0x5C) sorts after a# (0x23) though '"' (0x22) < '#'.
        Assert.True(Order.Compare(new GString("a#"), new GString("a\"")) < 0);
        Assert.True(Order.Compare(new GString("x\ny"), new GString("x\\z")) > 0); // source x\ny vs x\\z: 'n' > '\'
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Order_ByteArrays_CompareAsSignedBytes() =>
        Assert.True(Order.Compare(new GByteArray(Seq.Of((byte)0x80)), new GByteArray(Seq.Of((byte)0x01))) < 0);

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Order_Lists_ShorterPrefixFirst()
    {
        static Proc L(params long[] xs) => new EList(xs.Select(x => (Proc)new GInt(x)).ToSeq(), null);
        Assert.Equal(new[] { L(), L(1), L(1, 2), L(2) }, Sorted(L(2), L(1, 2), L(), L(1)));
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Order_Pars_CompareAsItemSequences()
    {
        var one = new GInt(1);
        var par = new Par(Seq.Of<Proc>(new GInt(1), new GInt(2)));
        Assert.Equal(new Proc[] { Nil.Instance, one, par, new GInt(2) }, Sorted(new GInt(2), par, one, Nil.Instance));
    }

    [Fact]
    [Trait("Rule", "Cong/par-comm")]
    public void ParItems_GroupSendsBeforeExpressions_WhileSetsUseTheScoreOrder()
    {
        var send = new Send(Nil.Instance, Seq<Proc>.Empty, false);
        Assert.True(ProcOrder.ParItems.Compare(send, new GInt(1)) < 0);
        Assert.True(Order.Compare(send, new GInt(1)) > 0);
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Order_RandomPairs_ZeroExactlyWhenEqualAndAntisymmetric()
    {
        for (var seed = 0; seed < 3000; seed++)
        {
            var x = seed % 2 == 0 ? CoreGen.Value(seed) : CoreGen.Term(seed);
            var y = seed % 3 == 0 ? CoreGen.Value(seed / 3) : CoreGen.Term(seed + 1);
            var c = Order.Compare(x, y);
            Assert.Equal(x == y, c == 0);
            Assert.Equal(Math.Sign(c), -Math.Sign(Order.Compare(y, x)));
            Assert.Equal(0, Order.Compare(x, x with { }));
        }
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Order_RandomTriples_Transitive()
    {
        var xs = Enumerable.Range(0, 300).Select(s => s % 2 == 0 ? CoreGen.Value(s) : CoreGen.Term(s)).ToList();
        var sorted = xs.Order(Order).ToList();
        for (var i = 0; i + 1 < sorted.Count; i++)
        {
            Assert.True(Order.Compare(sorted[i], sorted[i + 1]) <= 0);
            for (var j = i + 1; j < sorted.Count; j += 17)
            {
                Assert.True(Order.Compare(sorted[i], sorted[j]) <= 0, $"{sorted[i]} vs {sorted[j]}");
            }
        }
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void Order_IgnoresProvenance() =>
        Assert.Equal(0, Order.Compare(new GInt(1) { At = new SourcePos(3, 4) }, new GInt(1)));
}
