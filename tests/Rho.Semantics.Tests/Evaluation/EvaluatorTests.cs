using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Evaluation;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

public class EvaluatorTests
{
    [Fact]
    [Trait("Rule", "Expr/par")]
    public void Par_GroundValues_LeftAlone()
    {
        foreach (var v in new Proc[] { I(1), S("a"), B(true), Big(5), U("rho:x"), Bytes(1, 2), Nothing, new GUnforgeable(3) })
        {
            Assert.Equal(v, Eval(v));
        }
    }

    [Fact]
    [Trait("Rule", "Expr/par")]
    public void Par_ExpressionComponentsEvaluated_OthersKept()
    {
        var send = Out(S("x"), Op(BinaryOp.Add, I(1), I(1)));
        Yields(P(I(3), send), P(Op(BinaryOp.Add, I(1), I(2)), send));
    }

    [Fact]
    [Trait("Rule", "Expr/par")]
    public void Par_MethodResultIsAnyProcess_MergedIntoThePar()
    {
        var send = Out(S("result"), S("Success"));
        Yields(send, M(L(I(7), send, I(9)), "nth", I(1)));
        Yields(I(5), P(I(5), M(Map(), "get", I(1))));
        Yields(P(I(1), I(2), I(3)), P(I(1), M(L(P(I(2), I(3))), "nth", I(0))));
    }

    [Fact]
    [Trait("Rule", "Expr/collections")]
    public void Collections_ElementsEvaluated_SetsAndMapsCanonical()
    {
        Yields(L(I(2), P(I(3), I(4))), L(Op(BinaryOp.Add, I(1), I(1)), P(I(3), Op(BinaryOp.Add, I(2), I(2)))));
        Yields(Tup(I(2)), Tup(Op(BinaryOp.Mul, I(1), I(2))));
        var set = Assert.IsType<ESet>(Eval(Set(I(3), Op(BinaryOp.Add, I(1), I(2)), I(1))));
        Assert.Equal([I(1), I(3)], set.Items);
        var map = Assert.IsType<EMap>(Eval(Map((I(2), S("a")), (Op(BinaryOp.Add, I(1), I(1)), S("b")), (I(1), S("c")))));
        Assert.Equal([new KeyValue(I(1), S("c")), new KeyValue(I(2), S("b"))], map.Pairs);
    }

    [Fact]
    [Trait("Rule", "Expr/single")]
    public void Single_OneExpression_ItsValue()
    {
        Assert.Equal(I(3), Evaluator.EvalSingle(Op(BinaryOp.Add, I(1), I(2))));
        Assert.Equal(I(3), Evaluator.EvalSingle(P(Op(BinaryOp.Add, I(1), I(2)))));
    }

    [Fact]
    [Trait("Rule", "Expr/single")]
    [Trait("Rule", "Error/not-expression")]
    public void Single_ParOrNonExpression_NotExpressionError()
    {
        var e = Assert.Throws<RhoException>(() => Evaluator.EvalSingle(new Par(Seq.Of<Proc>(I(1), Out(S("x")))) { At = Pos })).Error;
        Assert.Equal(ErrorKinds.NotExpression, e.Kind);
        Assert.Equal("Error/not-expression", e.Rule);
        Assert.Equal("parallel or non expression found where expression expected.", e.Message);
        Assert.Equal(Pos, e.Pos);
        Assert.Equal("Multiple expressions given.", Assert.Throws<RhoException>(() => Evaluator.EvalSingle(P(I(1), I(2)))).Error.Message);
        Assert.Equal(ErrorKinds.NotExpression, Assert.Throws<RhoException>(() => Evaluator.EvalSingle(Nothing)).Error.Kind);
        Assert.Equal(ErrorKinds.NotExpression, Assert.Throws<RhoException>(() => Evaluator.EvalSingle(new GUnforgeable(0))).Error.Kind);
    }

    [Fact]
    [Trait("Rule", "Error/not-expression")]
    public void Operand_ParOrNonExpression_NotExpressionError()
    {
        Assert.Equal("Multiple expressions given.", Fails(ErrorKinds.NotExpression, Op(BinaryOp.Add, P(I(1), I(2)), I(1))));
        Assert.Equal("Multiple expressions given.", Fails(ErrorKinds.NotExpression, Op(BinaryOp.Add, Nothing, I(1))));
        Fails(ErrorKinds.NotExpression, Op(BinaryOp.Add, new GUnforgeable(1), I(1)));
        Fails(ErrorKinds.NotExpression, Not(Out(S("x"))));
        Fails(ErrorKinds.NotExpression, Op(BinaryOp.Add, M(Map(), "get", I(1)), I(1)));
    }

    [Fact]
    [Trait("Rule", "Error/not-expression")]
    public void Operand_ShapeCheckedBeforeEvaluation_NoDivZero() =>
        Fails(ErrorKinds.NotExpression, Op(BinaryOp.Add, P(I(1), Op(BinaryOp.Div, I(1), I(0))), I(1)));

    [Fact]
    [Trait("Rule", "Error/unknown-method")]
    public void Method_Unknown_UnknownMethodError() =>
        Assert.Equal("Unimplemented method: frobnicate", Fails(ErrorKinds.UnknownMethod, M(I(1), "frobnicate")));

    [Fact]
    [Trait("Rule", "Error/unknown-method")]
    public void Method_TargetAndArgumentsEvaluatedBeforeLookup() =>
        Fails(ErrorKinds.DivZero, M(I(1), "frobnicate", Op(BinaryOp.Div, I(1), I(0))));

    [Fact]
    [Trait("Rule", "Error/arity")]
    public void Method_WrongArity_ArityError()
    {
        Assert.Equal("Method `nth` expects 1 Par argument(s), but got 2 argument(s).", Fails(ErrorKinds.Arity, M(L(I(1)), "nth", I(0), I(0))));
        Fails(ErrorKinds.Arity, M(S("a"), "length", I(0)));
        Fails(ErrorKinds.Arity, M(Map(), "getOrElse", I(0)));
        Fails(ErrorKinds.Arity, M(Set(), "toList", I(1)));
    }

    [Fact]
    [Trait("Rule", "Error/unknown-method")]
    public void Method_WrongReceiverType_UnknownMethodError()
    {
        Assert.Equal("Method `get` is not defined on Set.", Fails(ErrorKinds.UnknownMethod, M(Set(I(1), I(2), I(3)), "get", I(1))));
        Assert.Equal("Method `add` is not defined on Map.", Fails(ErrorKinds.UnknownMethod, M(Map((I(1), S("a"))), "add", I(1))));
    }

    [Fact]
    [Trait("Rule", "Expr/par")]
    public void ApplyMethod_Facade_AppliesToValues()
    {
        Assert.Contains("nth", Evaluator.MethodNames);
        Assert.Equal(23, Evaluator.MethodNames.Count);
        Assert.Equal(I(2), Evaluator.ApplyMethod("length", L(I(1), I(1)), Seq<Proc>.Empty, Pos));
    }

    [Fact]
    [Trait("Rule", "Expr/par")]
    public void Par_DeeplyNestedExpression_RunsOnTheDeepStack()
    {
        Proc p = I(0);
        for (var i = 0; i < 20_000; i++)
        {
            p = Op(BinaryOp.Add, p, I(1));
        }
        Assert.Equal(I(20_000), DeepStack.Run(() => Eval(p)));
    }

    [Fact]
    public void Eval_BoundVariable_Crash() =>
        Assert.Equal(ErrorClass.Crash, Assert.Throws<RhoException>(() => Eval(Op(BinaryOp.Add, new BoundVar(0), I(1)))).Error.Class);
}
