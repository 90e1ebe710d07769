using System.Numerics;
using Rho.Semantics.Core;
using Rho.Semantics.Evaluation;
using Rho.Semantics.Tests.Congruence;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

public class SerializationTests
{
    [Fact]
    [Trait("Rule", "Method/toByteArray")]
    public void Encode_Golden_TagThenBigEndianFields()
    {
        Assert.Equal([0x00], Serialization.Encode(Nothing));
        Assert.Equal([0x0B, 0, 0, 0, 0, 0, 0, 0, 0x2A], Serialization.Encode(I(42)));
        Assert.Equal([0x0D, 0, 0, 0, 2, (byte)'h', (byte)'i'], Serialization.Encode(S("hi")));
        Assert.Equal([0x12, 0, 0, 0, 1, 0x0A, 1, 0], Serialization.Encode(L(B(true))));
        Assert.Equal([0x0C, 0, 0, 0, 1, 0xFF], Serialization.Encode(Big(-1)));
    }

    [Fact]
    [Trait("Rule", "Method/toByteArray")]
    public void RoundTrip_EveryTermKind_DecodeInvertsEncode()
    {
        var pattern = new ConnAnd(Seq.Of<Proc>(new FreeVar(0), new ConnOr(Seq.Of<Proc>(new ConnNot(I(1)), new ConnType(SimpleType.Uri))), Wildcard.Instance));
        var receive = new Receive(
            Seq.Of(new ReceiveBind(Seq.Of<Proc>(new FreeVar(0)), new GUnforgeable(7), new FreeVar(1), 2)),
            P(new BoundVar(0), new VarRef(1)), ReceiveKind.Peek, 2);
        var terms = new Proc[]
        {
            Nothing, I(long.MinValue), Big(BigInteger.Pow(-3, 70)), S("a\uD83D b \U0001F600 é"), U("rho:io:stdout"), Bytes(0, 255),
            B(false), new GSysChannel("rho:io:stderr"), P(Out(S("c"), I(1)), receive),
            new New(2, Seq.Of("rho:io:stdout"), new Match(I(1), Seq.Of(new MatchCase(pattern, Nothing, 1)))),
            new Bundle(Tup(I(1)), Read: true, Write: false), new ESet(Seq.Of<Proc>(I(1)), new FreeVar(0)),
            new EMap(Seq.Of(new KeyValue(S("k"), I(1))), null), new EList(Seq<Proc>.Empty, Wildcard.Instance),
            Neg(Not(B(true))), Op(BinaryOp.Interpolate, S("x"), Map()), Matches(I(1), pattern), M(I(1), "toInt", I(2)),
            new Send(I(1), Seq<Proc>.Empty, Persistent: true),
        };
        foreach (var p in terms)
        {
            Assert.Equal(p, Serialization.Decode(Serialization.Encode(p)));
        }
    }

    [Fact]
    [Trait("Rule", "Method/toByteArray")]
    public void RoundTrip_RandomTerms_DecodeInvertsEncode()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var p = CoreGen.Term(seed);
            Assert.Equal(p, Serialization.Decode(Serialization.Encode(p)));
        }
    }
}
