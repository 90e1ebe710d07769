using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Evaluation;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

/// <summary>
/// The evaluator's entry points on bad input (a null argument names the parameter; an open term
/// is a Crash that says to substitute first) and the type names of the reference's messages for
/// the types the rule tests do not reach (Uri, Tuple).
/// </summary>
public class EvalMutEvaluatorTests
{
    [Fact]
    [Trait("Rule", "Expr/single")]
    [Trait("Rule", "Expr/par")]
    public void EntryPoints_NullTerm_ArgumentNullNamingIt()
    {
        Assert.Equal("p", Assert.Throws<ArgumentNullException>(() => Evaluator.EvalSingle(null!)).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentNullException>(() => Evaluator.EvalPar(null!)).ParamName);
    }

    [Fact]
    [Trait("Rule", "Eval/method")]
    public void ApplyMethod_NullNameOrTarget_ArgumentNullNamingIt()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Evaluator.ApplyMethod(null!, L(I(1)), Seq<Proc>.Empty, Pos)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => Evaluator.ApplyMethod("length", null!, Seq<Proc>.Empty, Pos)).ParamName);
    }

    [Fact]
    [Trait("Rule", "Eval/method")]
    public void ApplyMethod_AppliesToTheEvaluatedTarget() =>
        Assert.Equal(I(2), Evaluator.ApplyMethod("length", L(I(1), I(2)), Seq<Proc>.Empty, Pos));

    [Theory]
    [Trait("Rule", "Expr/par")]
    [InlineData(false)]
    [InlineData(true)]
    public void OpenTerm_IsACrashSayingToSubstituteFirst(bool varRef)
    {
        Proc open = varRef ? new VarRef(0) : new BoundVar(0);
        var name = open.GetType().Name;
        foreach (var p in new[] { open, P(I(1), open), Op(BinaryOp.Add, open, I(1)) })
        {
            var e = Assert.Throws<RhoException>(() => Eval(p)).Error;
            Assert.Equal(ErrorClass.Crash, e.Class);
            Assert.Equal($"Evaluator: the term is not closed ({name}); substitute first", e.Message);
        }
    }

    [Theory]
    [Trait("Rule", "Error/index")]
    [InlineData(int.MaxValue, "index out of bound: 2147483647")]
    [InlineData(int.MinValue, "index out of bound: -2147483648")]
    [InlineData(int.MaxValue + 1L, "Integer overflow for value 2147483648")]
    [InlineData(int.MinValue - 1L, "Integer overflow for value -2147483649")]
    public void Index_The32BitLimits_AreIndicesAndOneBeyondOverflows(long index, string message) =>
        Assert.Equal(message, Fails(ErrorKinds.Index, M(L(I(1)), "nth", I(index))));

    [Fact]
    [Trait("Rule", "Error/type")]
    public void TypeError_UriOperand_NamesUri()
    {
        Assert.Equal("Operator `+` is not defined on Uri.", Fails(ErrorKinds.Type, Op(BinaryOp.Add, U("rho:io:stdout"), I(1))));
        Assert.Equal("Unexpected compare: Uri vs. Uri", Fails(ErrorKinds.Type, Op(BinaryOp.Lt, U("rho:a"), U("rho:b"))));
    }

    [Fact]
    [Trait("Rule", "Error/type")]
    public void TypeError_TupleOperand_NamesTuple()
    {
        Assert.Equal("Operator `*` is not defined on Tuple.", Fails(ErrorKinds.Type, Op(BinaryOp.Mul, Tup(I(1), I(2)), I(3))));
        Assert.Equal("Operator `-` is not defined on Tuple.", Fails(ErrorKinds.Type, Op(BinaryOp.Sub, I(3), Tup(I(1)))));
    }
}
