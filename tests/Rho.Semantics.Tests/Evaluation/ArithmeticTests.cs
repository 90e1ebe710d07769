using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

public class ArithmeticTests
{
    private const string Huge = "9999999999999999999999999999999999999999";

    [Fact]
    [Trait("Rule", "Op/add")]
    public void Add_Ints_Sum() => Yields(I(5), Op(BinaryOp.Add, I(2), I(3)));

    [Fact]
    [Trait("Rule", "Op/add")]
    public void Add_IntOverflow_WrapsSilently() => Yields(I(long.MinValue), Op(BinaryOp.Add, I(long.MaxValue), I(1)));

    [Fact]
    [Trait("Rule", "Op/add")]
    public void Add_BigInts_Sum() =>
        Yields(Big("-19999999999999999999999999999999999999998"), Op(BinaryOp.Add, Big("-" + Huge), Big("-" + Huge)));

    [Fact]
    [Trait("Rule", "Op/add")]
    [Trait("Rule", "Error/type")]
    public void Add_IntAndBigInt_TypeErrorNamesTheRightOperand() =>
        Assert.Equal("Operator `+` is not defined on BigInt.", Fails(ErrorKinds.Type, Op(BinaryOp.Add, I(1), Big(1))));

    [Fact]
    [Trait("Rule", "Op/add")]
    [Trait("Rule", "Error/type")]
    public void Add_Strings_TypeError() =>
        Assert.Equal("Operator `+` is not defined on String.", Fails(ErrorKinds.Type, Op(BinaryOp.Add, S("a"), S("b"))));

    [Fact]
    [Trait("Rule", "Op/add")]
    public void Add_SetPlusElement_AddsTheElement() => Yields(Set(I(1), I(2), I(3)), Op(BinaryOp.Add, Set(I(1), I(2)), I(3)));

    [Fact]
    [Trait("Rule", "Op/sub")]
    public void Sub_Ints_DifferenceWraps()
    {
        Yields(I(-1), Op(BinaryOp.Sub, I(2), I(3)));
        Yields(I(long.MaxValue), Op(BinaryOp.Sub, I(long.MinValue), I(1)));
    }

    [Fact]
    [Trait("Rule", "Op/sub")]
    public void Sub_BigInts_Difference() => Yields(Big(0), Op(BinaryOp.Sub, Big("-" + Huge), Big("-" + Huge)));

    [Fact]
    [Trait("Rule", "Op/sub")]
    public void Sub_MapMinusKey_DeletesThePair() =>
        Yields(Map((I(1), S("a")), (I(2), S("b"))), Op(BinaryOp.Sub, Map((I(1), S("a")), (I(2), S("b")), (I(3), S("c"))), I(3)));

    [Fact]
    [Trait("Rule", "Op/sub")]
    public void Sub_SetMinusElement_DeletesIt()
    {
        Yields(Set(I(1), I(2)), Op(BinaryOp.Sub, Set(I(1), I(2), I(3)), I(3)));
        Yields(Set(I(1), I(2)), Op(BinaryOp.Sub, Set(I(1), I(2)), I(9)));
    }

    [Fact]
    [Trait("Rule", "Op/sub")]
    [Trait("Rule", "Error/type")]
    public void Sub_ListMinusElement_TypeError() =>
        Assert.Equal("Operator `-` is not defined on List.", Fails(ErrorKinds.Type, Op(BinaryOp.Sub, L(I(1)), I(1))));

    [Fact]
    [Trait("Rule", "Op/mul")]
    public void Mul_IntsAndBigInts_Product()
    {
        Yields(I(-6), Op(BinaryOp.Mul, I(2), I(-3)));
        Yields(I(0), Op(BinaryOp.Mul, I(1L << 32), I(1L << 32)));
        Yields(
            Big("-99999999999999999999999999999999999999980000000000000000000000000000000000000001"),
            Op(BinaryOp.Mul, Big(Huge), Big("-" + Huge)));
    }

    [Fact]
    [Trait("Rule", "Op/mul")]
    [Trait("Rule", "Error/type")]
    public void Mul_BigIntTimesInt_TypeError() =>
        Assert.Equal("Operator `*` is not defined on Int.", Fails(ErrorKinds.Type, Op(BinaryOp.Mul, Big(1), I(1))));

    [Theory]
    [InlineData(7, 2, 3)]
    [InlineData(-7, 2, -3)]
    [InlineData(7, -2, -3)]
    [InlineData(-7, -2, 3)]
    [InlineData(long.MinValue, -1, long.MinValue)]
    [InlineData(long.MinValue, 1, long.MinValue)]
    [Trait("Rule", "Op/div")]
    public void Div_Ints_TruncatesTowardZeroAndWraps(long x, long y, long q) => Yields(I(q), Op(BinaryOp.Div, I(x), I(y)));

    [Fact]
    [Trait("Rule", "Op/div")]
    public void Div_BigInts_TruncatesTowardZero()
    {
        Yields(Big("-" + Huge), Op(BinaryOp.Div, Big("-99999999999999999999999999999999999999980000000000000000000000000000000000000001"), Big(Huge)));
        Yields(Big(-3), Op(BinaryOp.Div, Big(-7), Big(2)));
    }

    [Fact]
    [Trait("Rule", "Op/div")]
    [Trait("Rule", "Error/div-zero")]
    public void Div_ByZero_DivZeroError()
    {
        Assert.Equal("/ by zero", Fails(ErrorKinds.DivZero, Op(BinaryOp.Div, I(1), I(0))));
        Fails(ErrorKinds.DivZero, Op(BinaryOp.Div, Big(1), Big(0)));
    }

    [Theory]
    [InlineData(7, 2, 1)]
    [InlineData(-7, 2, -1)]
    [InlineData(7, -2, 1)]
    [InlineData(-7, -2, -1)]
    [InlineData(long.MinValue, -1, 0)]
    [Trait("Rule", "Op/mod")]
    public void Mod_Ints_SignOfTheDividend(long x, long y, long r) => Yields(I(r), Op(BinaryOp.Mod, I(x), I(y)));

    [Fact]
    [Trait("Rule", "Op/mod")]
    public void Mod_BigInts_Remainder()
    {
        Yields(Big(1), Op(BinaryOp.Mod, Big("99999999999999999999999999999999999999980000000000000000000000000000000000000002"), Big(Huge)));
        Yields(Big(-1), Op(BinaryOp.Mod, Big(-7), Big(2)));
    }

    [Fact]
    [Trait("Rule", "Op/mod")]
    [Trait("Rule", "Error/div-zero")]
    public void Mod_ByZero_DivZeroError()
    {
        Fails(ErrorKinds.DivZero, Op(BinaryOp.Mod, I(5), I(0)));
        Fails(ErrorKinds.DivZero, Op(BinaryOp.Mod, Big(5), Big(0)));
    }

    [Fact]
    [Trait("Rule", "Op/mod")]
    [Trait("Rule", "Error/type")]
    public void Mod_StringLeft_TypeErrorNamesTheLeftOperand() =>
        Assert.Equal("Operator `%` is not defined on String.", Fails(ErrorKinds.Type, Op(BinaryOp.Mod, S("a"), I(2))));

    [Fact]
    [Trait("Rule", "Op/neg")]
    public void Neg_IntAndBigInt_Negates()
    {
        Yields(I(-5), Neg(I(5)));
        Yields(I(long.MinValue), Neg(I(long.MinValue)));
        Yields(Big("-" + Huge), Neg(Big(Huge)));
    }

    [Fact]
    [Trait("Rule", "Op/neg")]
    [Trait("Rule", "Error/type")]
    public void Neg_Bool_TypeError() => Fails(ErrorKinds.Type, Neg(B(true)));

    [Fact]
    [Trait("Rule", "Op/add")]
    public void Add_NestedOperands_EvaluatedFirst() =>
        Yields(I(7), Op(BinaryOp.Add, I(1), Op(BinaryOp.Mul, I(2), I(3))));
}
