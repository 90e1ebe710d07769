using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

public class LogicTests
{
    private static EBinary DivZero => Op(BinaryOp.Div, I(1), I(0));

    [Fact]
    [Trait("Rule", "Op/not")]
    public void Not_Bool_Negates()
    {
        Yields(B(false), Not(B(true)));
        Yields(B(true), Not(Op(BinaryOp.Lt, I(2), I(1))));
    }

    [Fact]
    [Trait("Rule", "Op/not")]
    [Trait("Rule", "Error/type")]
    public void Not_Int_TypeError() =>
        Assert.Equal("expression didn't evaluate to boolean.", Fails(ErrorKinds.Type, Not(I(1))));

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    [Trait("Rule", "Op/and")]
    [Trait("Rule", "Op/or")]
    [Trait("Rule", "Op/short-and")]
    [Trait("Rule", "Op/short-or")]
    public void Logic_TruthTable(bool x, bool y)
    {
        Yields(B(x && y), Op(BinaryOp.And, B(x), B(y)));
        Yields(B(x || y), Op(BinaryOp.Or, B(x), B(y)));
        Yields(B(x && y), Op(BinaryOp.ShortAnd, B(x), B(y)));
        Yields(B(x || y), Op(BinaryOp.ShortOr, B(x), B(y)));
    }

    [Fact]
    [Trait("Rule", "Op/and")]
    [Trait("Rule", "Op/or")]
    public void AndOr_EvaluateBothSides_RightErrorSurfaces()
    {
        Fails(ErrorKinds.DivZero, Op(BinaryOp.And, B(false), Op(BinaryOp.Eq, DivZero, I(1))));
        Fails(ErrorKinds.DivZero, Op(BinaryOp.Or, B(true), Op(BinaryOp.Eq, DivZero, I(1))));
        Fails(ErrorKinds.Type, Op(BinaryOp.And, B(false), I(1)));
    }

    [Fact]
    [Trait("Rule", "Op/short-and")]
    [Trait("Rule", "Op/short-or")]
    public void ShortCircuit_DecidedByTheLeft_RightNotEvaluated()
    {
        Yields(B(false), Op(BinaryOp.ShortAnd, B(false), Op(BinaryOp.Eq, DivZero, I(1))));
        Yields(B(true), Op(BinaryOp.ShortOr, B(true), I(1)));
        Fails(ErrorKinds.Type, Op(BinaryOp.ShortAnd, B(true), I(1)));
        Fails(ErrorKinds.DivZero, Op(BinaryOp.ShortOr, B(false), Op(BinaryOp.Eq, DivZero, I(1))));
    }

    [Fact]
    [Trait("Rule", "Op/eq")]
    public void Eq_StructuralOnCanonicalForms()
    {
        Yields(B(true), Op(BinaryOp.Eq, Set(I(1), I(2)), Set(I(2), I(1))));
        Yields(B(true), Op(BinaryOp.Eq, Map((S("a"), I(1)), (S("b"), I(2))), Map((S("b"), I(2)), (S("a"), I(1)))));
        Yields(B(false), Op(BinaryOp.Eq, L(I(1), I(2)), L(I(2), I(1))));
        Yields(B(true), Op(BinaryOp.Eq, P(Out(S("x"), I(1)), I(2)), P(I(2), Out(S("x"), I(1)))));
        Yields(B(true), Op(BinaryOp.Eq, Nothing, Nothing));
        Yields(B(false), Op(BinaryOp.Eq, I(1), Big(1)));
        Yields(B(true), Op(BinaryOp.Eq, Op(BinaryOp.Add, I(1), I(1)), I(2)));
    }

    [Fact]
    [Trait("Rule", "Op/neq")]
    public void Neq_NegatesEq()
    {
        Yields(B(false), Op(BinaryOp.Neq, Set(I(1), I(2)), Set(I(2), I(1))));
        Yields(B(true), Op(BinaryOp.Neq, S("a"), S("b")));
    }

    [Fact]
    [Trait("Rule", "Op/lt")]
    [Trait("Rule", "Op/lte")]
    [Trait("Rule", "Op/gt")]
    [Trait("Rule", "Op/gte")]
    public void Compare_IntsBigIntsStringsBools()
    {
        Yields(B(true), Op(BinaryOp.Lt, I(-1), I(0)));
        Yields(B(true), Op(BinaryOp.Lte, I(3), I(3)));
        Yields(B(false), Op(BinaryOp.Gt, I(3), I(3)));
        Yields(B(true), Op(BinaryOp.Gte, I(3), I(3)));
        Yields(B(true), Op(BinaryOp.Lt, Big("-9999999999999999999999999999999999999999"), Big("9999999999999999999999999999999999999999")));
        Yields(B(false), Op(BinaryOp.Gte, Big("9999999999999999999999999999999999999998"), Big("9999999999999999999999999999999999999999")));
        Yields(B(true), Op(BinaryOp.Lt, S("abc"), S("abd")));
        Yields(B(true), Op(BinaryOp.Lt, S("ab"), S("abc")));
        Yields(B(true), Op(BinaryOp.Lt, S("Z"), S("a")));
        Yields(B(true), Op(BinaryOp.Gt, S("\uFF21"), S("\U0001F600")));
        Yields(B(true), Op(BinaryOp.Lt, B(false), B(true)));
        Yields(B(false), Op(BinaryOp.Gt, B(false), B(true)));
    }

    [Fact]
    [Trait("Rule", "Op/lt")]
    [Trait("Rule", "Op/gte")]
    [Trait("Rule", "Error/type")]
    public void Compare_MixedOrUnorderedTypes_TypeError()
    {
        Assert.Equal("Unexpected compare: BigInt vs. Int", Fails(ErrorKinds.Type, Op(BinaryOp.Gte, Big(1), I(1))));
        Fails(ErrorKinds.Type, Op(BinaryOp.Lt, L(I(1)), L(I(2))));
    }

    [Fact]
    [Trait("Rule", "Op/matches")]
    public void Matches_GroundPatterns()
    {
        Yields(B(true), Matches(I(1), I(1)));
        Yields(B(false), Matches(I(1), I(0)));
        Yields(B(true), Matches(I(1), Wildcard.Instance));
        Yields(B(true), Matches(Op(BinaryOp.Add, I(1), I(2)), I(3)));
    }

    [Fact]
    [Trait("Rule", "Op/matches")]
    public void Matches_PatternVariablesAndConnectives()
    {
        Yields(B(true), Matches(L(I(1), I(2)), L(new FreeVar(0), new FreeVar(1))));
        Yields(B(false), Matches(L(I(1)), L(new FreeVar(0), new FreeVar(1))));
        Yields(B(true), Matches(S("x"), new ConnType(SimpleType.String)));
        Yields(B(false), Matches(I(1), new ConnType(SimpleType.String)));
    }
}
