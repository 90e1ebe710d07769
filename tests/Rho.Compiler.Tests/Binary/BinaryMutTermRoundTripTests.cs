using System.Numerics;
using Rho.Compiler.Binary;
using Rho.Semantics.Core;

namespace Rho.Compiler.Tests.Binary;

/// <summary>
/// Terms written by the encoder read back as the same terms, using all their bytes (spec/bytecode.md,
/// "Terms": one tag per construct, then its fields in declaration order; the encoding is injective).
/// </summary>
public class BinaryMutTermRoundTripTests
{
    private static readonly Proc N = Nil.Instance;

    public static TheoryData<string, Proc> Terms() => new()
    {
        { "new with URIs", new New(3, Seq.Of("rho:io:stdout", "rho:io:stderr"), new Send(new BoundVar(0), Seq.Of<Proc>(new GInt(-5)), false)) },
        { "bundle read-only", new Bundle(new GUnforgeable(42), true, false) },
        { "bundle write-only", new Bundle(N, false, true) },
        { "byte array", new GByteArray(Seq.Of<byte>(0, 1, 254, 255)) },
        { "unforgeable", new GUnforgeable(long.MinValue) },
        { "system channel", new GSysChannel("rho:io:stdout") },
        { "matches", new EMatches(new GString("a"), new ConnOr(Seq.Of<Proc>(new ConnType(SimpleType.String), Wildcard.Instance))) },
        { "method", new EMethod("nth", new EList(Seq.Of<Proc>(new GInt(1), new GBool(true)), null), Seq.Of<Proc>(new GInt(0), new GUri("rho:x"))) },
        { "bigint", new GBigInt(BigInteger.Parse("-123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture)) },
        {
            "receive and match",
            new Receive(
                Seq.Of(new ReceiveBind(Seq.Of<Proc>(new FreeVar(0)), new GUnforgeable(1), new FreeVar(1), 2)),
                new Match(new BoundVar(1), Seq.Of(new MatchCase(new ESet(Seq.Of<Proc>(new GInt(1)), new FreeVar(0)), new VarRef(0), 1))),
                ReceiveKind.Linear,
                2)
        },
        {
            "map, tuple and operators",
            new EMap(
                Seq.Of(new KeyValue(new ETuple(Seq.Of<Proc>(N)), new EBinary(BinaryOp.Add, new GInt(1), new EUnary(UnaryOp.Not, new GBool(false))))),
                new FreeVar(0))
        },
        { "connectives", new ConnAnd(Seq.Of<Proc>(new ConnNot(new Par(Seq.Of<Proc>(N, N))), Wildcard.Instance)) },
    };

    [Theory]
    [MemberData(nameof(Terms))]
    [Trait("Rule", "Verify/pool")]
    public void Term_WrittenThenRead_IsTheSameTerm(string name, Proc term)
    {
        var w = new ByteWriter();
        TermCodec.Write(w, term);
        var bytes = w.ToArray();
        Assert.True(bytes.Length > 1, name);
        Assert.Equal(term, BinaryMutBytes.Term(bytes));
    }
}
