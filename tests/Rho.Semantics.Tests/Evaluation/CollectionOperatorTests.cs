using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

public class CollectionOperatorTests
{
    [Fact]
    [Trait("Rule", "Op/concat")]
    public void Concat_StringsBytesLists()
    {
        Yields(S("abcdef"), Op(BinaryOp.Concat, S("abc"), S("def")));
        Yields(Bytes(0xde, 0xad, 0xbe, 0xef), Op(BinaryOp.Concat, Bytes(0xde, 0xad), Bytes(0xbe, 0xef)));
        Yields(L(I(3), I(2), I(9), I(6), I(1), I(7)), Op(BinaryOp.Concat, L(I(3), I(2), I(9)), L(I(6), I(1), I(7))));
        Yields(L(), Op(BinaryOp.Concat, L(), L()));
    }

    [Fact]
    [Trait("Rule", "Op/concat")]
    public void Concat_Maps_UnionRightWins()
    {
        Yields(
            Map((I(1), S("a")), (I(2), S("b")), (I(3), S("c")), (I(4), S("d"))),
            Op(BinaryOp.Concat, Map((I(1), S("a")), (I(2), S("b"))), Map((I(3), S("c")), (I(4), S("d")))));
        Yields(Map((I(1), S("new"))), Op(BinaryOp.Concat, Map((I(1), S("old"))), Map((I(1), S("new")))));
    }

    [Fact]
    [Trait("Rule", "Op/concat")]
    public void Concat_Sets_Union() =>
        Yields(Set(I(1), I(2), I(3), I(4)), Op(BinaryOp.Concat, Set(I(1), I(2), I(3)), Set(I(3), I(4))));

    [Fact]
    [Trait("Rule", "Op/concat")]
    [Trait("Rule", "Error/type")]
    public void Concat_MismatchedTypes_TypeError()
    {
        Assert.Equal("Operator `++` is not defined on Int.", Fails(ErrorKinds.Type, Op(BinaryOp.Concat, S("a"), I(1))));
        Assert.Equal("Operator `++` is not defined on Int.", Fails(ErrorKinds.Type, Op(BinaryOp.Concat, I(1), S("a"))));
        Assert.Equal("Operator `++` is not defined on ByteArray.", Fails(ErrorKinds.Type, Op(BinaryOp.Concat, Bytes(1), S("a"))));
        Fails(ErrorKinds.Type, Op(BinaryOp.Concat, L(), Set()));
    }

    [Fact]
    [Trait("Rule", "Op/diff")]
    public void Diff_Sets_Difference()
    {
        Yields(Set(I(3), I(4)), Op(BinaryOp.Diff, Set(I(1), I(2), I(3), I(4)), Set(I(1), I(2))));
        Yields(Set(), Op(BinaryOp.Diff, Set(), Set(I(1))));
    }

    [Fact]
    [Trait("Rule", "Op/diff")]
    [Trait("Rule", "Error/type")]
    public void Diff_NonSets_TypeError()
    {
        Assert.Equal("Operator `--` is not defined on List.", Fails(ErrorKinds.Type, Op(BinaryOp.Diff, Set(I(1)), L(I(1)))));
        Assert.Equal("Operator `--` is not defined on Map.", Fails(ErrorKinds.Type, Op(BinaryOp.Diff, Map(), Map())));
    }

    [Fact]
    [Trait("Rule", "Op/interpolate")]
    public void Interpolate_ReplacesKeys()
    {
        Yields(S("Hello, Alice!"), Op(BinaryOp.Interpolate, S("Hello, ${name}!"), Map((S("name"), S("Alice")))));
        Yields(S("false true"), Op(BinaryOp.Interpolate, S("${a} ${b}"), Map((S("a"), B(false)), (S("b"), B(true)))));
        Yields(S("testUriA testUriB"), Op(BinaryOp.Interpolate, S("${a} ${b}"), Map((S("a"), U("testUriA")), (S("b"), U("testUriB")))));
        Yields(S("-5 BigInt 12345678901234567890"), Op(BinaryOp.Interpolate, S("${i} BigInt ${b}"), Map((S("i"), I(-5)), (S("b"), Big("12345678901234567890")))));
    }

    [Fact]
    [Trait("Rule", "Op/interpolate")]
    public void Interpolate_OnePass_ReplacementsNotRescanned() =>
        Yields(S("1 ${b} 2 ${a}"), Op(BinaryOp.Interpolate, S("${a} ${b}"), Map((S("a"), S("1 ${b}")), (S("b"), S("2 ${a}")))));

    [Fact]
    [Trait("Rule", "Op/interpolate")]
    public void Interpolate_MissingKeyAndEmptyCases_LeftAsIs()
    {
        Yields(S("${missing} x"), Op(BinaryOp.Interpolate, S("${missing} ${a}"), Map((S("a"), S("x")))));
        Yields(S("${a"), Op(BinaryOp.Interpolate, S("${a"), Map((S("a"), S("x")))));
        Yields(S("plain"), Op(BinaryOp.Interpolate, S("plain"), Map()));
        Yields(S(""), Op(BinaryOp.Interpolate, S(""), Map((S("a"), S("x")))));
        Yields(S("$x$"), Op(BinaryOp.Interpolate, S("$${a}$"), Map((S("a"), S("x")))));
    }

    [Fact]
    [Trait("Rule", "Op/interpolate")]
    [Trait("Rule", "Error/type")]
    public void Interpolate_UnsupportedValuesOrKeys_TypeErrorEvenWhenUnused()
    {
        Assert.Equal("interpolation doesn't support List", Fails(ErrorKinds.Type, Op(BinaryOp.Interpolate, S("x"), Map((S("a"), L())))));
        Assert.Equal("interpolation Map should only contain String keys", Fails(ErrorKinds.Type, Op(BinaryOp.Interpolate, S("x"), Map((I(1), S("a"))))));
        Assert.Equal("Operator `%%` is not defined on List.", Fails(ErrorKinds.Type, Op(BinaryOp.Interpolate, S("x"), L())));
        Assert.Equal("Operator `%%` is not defined on Int.", Fails(ErrorKinds.Type, Op(BinaryOp.Interpolate, I(1), Map())));
    }

    [Fact]
    [Trait("Rule", "Op/interpolate")]
    [Trait("Rule", "Error/not-expression")]
    public void Interpolate_NilValue_NotExpressionError() =>
        Fails(ErrorKinds.NotExpression, Op(BinaryOp.Interpolate, S("x"), Map((S("a"), Nothing))));
}
