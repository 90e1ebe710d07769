using System.Numerics;
using Rho.Compiler.Text;
using Rho.Semantics.Core;

namespace Rho.Compiler.Tests.Text;

/// <summary>
/// The readable rendering of terms that follows each pool term as a <c>;</c> comment in the text
/// format (spec/bytecode.md, "Text format and decompiler"): one rendering per kind of term.
/// </summary>
public class TextMutTermShowTests
{
    private static readonly Proc One = new GInt(1);
    private static readonly Proc Two = new GInt(2);
    private static readonly Proc Rest = new FreeVar(0);

    public static TheoryData<Proc, string> Renderings() => new()
    {
        { Nil.Instance, "Nil" },
        { new GBool(true), "true" },
        { new GInt(-3), "-3" },
        { new GBigInt(BigInteger.Pow(10, 20)), "BigInt(100000000000000000000)" },
        { new GString("a\"b"), "\"a\\\"b\"" },
        { new GUri("rho:x"), "`rho:x`" },
        { new GByteArray(Seq.Of<byte>(0x0a, 0xff)), "0x0aff" },
        { new GUnforgeable(7), "Unforgeable(7)" },
        { new GSysChannel("rho:io:stdout"), "`rho:io:stdout`" },
        { new BoundVar(4), "v4" },
        { new FreeVar(5), "$5" },
        { new VarRef(6), "=v6" },
        { Wildcard.Instance, "_" },
        { new EList(Seq<Proc>.Empty, null), "[]" },
        { new EList(Seq.Of(One, Two), null), "[1, 2]" },
        { new EList(Seq.Of(One), Rest), "[1 ...$0]" },
        { new ETuple(Seq.Of(One)), "(1,)" },
        { new ETuple(Seq.Of(One, Two)), "(1, 2)" },
        { new ESet(Seq.Of(One, Two), null), "Set(1, 2)" },
        { new ESet(Seq.Of(One), Rest), "Set(1 ...$0)" },
        { new EMap(Seq.Of(new KeyValue(One, Two), new KeyValue(Two, One)), null), "{1: 2, 2: 1}" },
        { new EMap(Seq.Of(new KeyValue(One, Two)), Rest), "{1: 2 ...$0}" },
        { new Par(Seq.Of(One, Two)), "{1 | 2}" },
        { new Send(One, Seq.Of(One, Two), false), "@{1}!(1, 2)" },
        { new Send(One, Seq<Proc>.Empty, true), "@{1}!!()" },
        { new EUnary(UnaryOp.Not, new GBool(false)), "not false" },
        { new EUnary(UnaryOp.Neg, One), "-1" },
        { new EBinary(BinaryOp.Add, One, Two), "(1 Add 2)" },
        { new EMethod("nth", new EList(Seq.Of(One), null), Seq.Of(One, Two)), "[1].nth(1, 2)" },
        { new ConnType(SimpleType.Int), "Int" },
        { new ConnNot(One), "~1" },
        { new ConnAnd(Seq.Of(One, Two)), "1 /\\ 2" },
        { new ConnOr(Seq.Of(One, Two)), "1 \\/ 2" },
        { new Bundle(One, true, false), "Bundle{…}" },
    };

    [Theory]
    [MemberData(nameof(Renderings))]
    [Trait("Rule", "Law/roundtrip")]
    public void Show_RendersEachKindOfTerm(Proc term, string expected) => Assert.Equal(expected, TermShow.Show(term));
}
