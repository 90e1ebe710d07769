using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Evaluation;
using Rho.Semantics.Mutation;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

/// <summary>
/// Arithmetic corners the rule tests of <see cref="ArithmeticTests"/> leave open (division by −1,
/// BigInt remainder by zero, an operator the evaluator does not know), the semantic mutant of
/// <c>%</c>, and the provenance of computed values: a value an operator computes carries the
/// position of that operator.
/// </summary>
public class EvalMutArithmeticTests
{
    [Theory]
    [Trait("Rule", "Op/div")]
    [InlineData(7, -1, -7)]
    [InlineData(-7, -1, 7)]
    [InlineData(long.MaxValue, -1, -long.MaxValue)]
    [InlineData(0, -1, 0)]
    public void Div_ByMinusOne_Negates(long x, long y, long q) => Yields(I(q), Op(BinaryOp.Div, I(x), I(y)));

    [Fact]
    [Trait("Rule", "Error/div-zero")]
    public void Mod_BigIntByZero_TheJvmMessage() =>
        Assert.Equal("BigInteger divide by zero", Fails(ErrorKinds.DivZero, Op(BinaryOp.Mod, Big(5), Big(0))));

    [Theory]
    [Trait("Mutant", "Mutant/mod-sign-of-divisor")]
    [InlineData(-7, 2, 1)]
    [InlineData(7, -2, -1)]
    [InlineData(-7, -2, -1)]
    [InlineData(7, 3, 1)]
    [InlineData(-6, 3, 0)]
    public void ModSignOfDivisor_TheRemainderTakesTheDivisorsSign(long x, long y, long r)
    {
        using (Mutants.Enable(Mutant.ModSignOfDivisor))
        {
            Yields(I(r), Op(BinaryOp.Mod, I(x), I(y)));
        }
    }

    [Fact]
    [Trait("Rule", "Op/mod")]
    public void ModSignOfDivisor_Off_TheRemainderTakesTheDividendsSign() => Yields(I(-1), Op(BinaryOp.Mod, I(-7), I(2)));

    [Fact]
    public void UnknownOperator_IsACrashNamingIt()
    {
        var e = Assert.Throws<RhoException>(() => Eval(Op((BinaryOp)99, I(1), I(2)))).Error;
        Assert.Equal(ErrorClass.Crash, e.Class);
        Assert.Equal("Evaluator: unknown operator 99", e.Message);
    }

    /// <summary>The position a computed value carries.</summary>
    private static SourcePos At(Proc p) => Evaluator.EvalSingle(p).At.Pos;

    [Fact]
    [Trait("Rule", "Op/neq")]
    [Trait("Rule", "Op/eq")]
    public void Provenance_EqualityResults_CarryTheOperatorsPosition()
    {
        Assert.Equal(Pos, At(Op(BinaryOp.Neq, I(1), I(2))));
        Assert.Equal(Pos, At(Op(BinaryOp.Eq, I(1), I(2))));
    }

    [Fact]
    [Trait("Rule", "Op/neg")]
    [Trait("Rule", "Op/not")]
    public void Provenance_UnaryResults_CarryTheOperatorsPosition()
    {
        Assert.Equal(Pos, At(Neg(I(4))));
        Assert.Equal(Pos, At(Neg(Big(4))));
        Assert.Equal(Pos, At(Not(B(true))));
    }

    [Fact]
    [Trait("Rule", "Op/add")]
    [Trait("Rule", "Op/mul")]
    public void Provenance_NumericResults_CarryTheOperatorsPosition()
    {
        Assert.Equal(Pos, At(Op(BinaryOp.Add, I(1), I(2))));
        Assert.Equal(Pos, At(Op(BinaryOp.Add, Big(1), Big(2))));
        Assert.Equal(Pos, At(Op(BinaryOp.Mul, Big(3), Big(2))));
    }

    [Fact]
    [Trait("Rule", "Op/lt")]
    public void Provenance_ComparisonResults_CarryTheOperatorsPosition()
    {
        Assert.Equal(Pos, At(Op(BinaryOp.Lt, I(1), I(2))));
        Assert.Equal(Pos, At(Op(BinaryOp.Gte, S("a"), S("b"))));
    }

    [Fact]
    [Trait("Rule", "Op/and")]
    [Trait("Rule", "Op/short-or")]
    [Trait("Rule", "Op/matches")]
    [Trait("Rule", "Op/interpolate")]
    public void Provenance_LogicMatchesAndInterpolationResults_CarryTheOperatorsPosition()
    {
        Assert.Equal(Pos, At(Op(BinaryOp.And, B(true), B(false))));
        Assert.Equal(Pos, At(Op(BinaryOp.ShortOr, B(true), I(1))));
        Assert.Equal(Pos, At(Matches(I(1), new ConnType(SimpleType.Int))));
        Assert.Equal(Pos, At(Op(BinaryOp.Interpolate, S("${a}"), Map((S("a"), I(1))))));
    }

    [Fact]
    [Trait("Rule", "Op/concat")]
    public void Provenance_ConcatResults_CarryTheOperatorsPosition()
    {
        Assert.Equal(Pos, At(Op(BinaryOp.Concat, S("a"), S("b"))));
        Assert.Equal(Pos, At(Op(BinaryOp.Concat, Bytes(1), Bytes(2))));
        Assert.Equal(Pos, At(Op(BinaryOp.Concat, L(I(1)), L(I(2)))));
    }
}
