using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Reduction;
using static Rho.Semantics.Tests.Evaluation.EvalTerms;

namespace Rho.Semantics.Tests.Evaluation;

/// <summary>The evaluator as the reducer uses it, on core terms built by hand (no parser).</summary>
public class ReducerIntegrationTests
{
    /// <summary><c>new stdout(`rho:io:stdout`) in { body }</c> with stdout as BoundVar(0) in body.</summary>
    private static Exploration Run(Proc body) =>
        Explorer.Explore(new New(1, Seq.Of("rho:io:stdout"), body));

    private static Send Print(Proc p) => Out(new BoundVar(0), p);

    [Fact]
    [Trait("Rule", "Expr/par")]
    public void SendArgument_Evaluated_ThenPrinted()
    {
        var e = Run(P(Print(Op(BinaryOp.Add, I(1), I(2))), Print(M(S("abc"), "length"))));
        var outcome = Assert.Single(e.Outcomes);
        Assert.Equal(["3", "3"], outcome.Stdout);
    }

    [Fact]
    [Trait("Rule", "Error/div-zero")]
    public void RuntimeError_InOneBranch_SiblingStillPrints()
    {
        var e = Run(P(Print(Op(BinaryOp.Div, I(1), I(0))), Print(S("ok"))));
        var outcome = Assert.Single(e.Outcomes);
        Assert.Equal(["\"ok\""], outcome.Stdout);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(ErrorKinds.DivZero, error.Kind);
        Assert.Equal(Pos, error.Pos);
    }
}
