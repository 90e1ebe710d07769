using Rho.Semantics;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests.Execution;

/// <summary>
/// <c>Expr/single</c> in the machine: an operator's operand that is a par of several components
/// fails with <c>Error/not-expression</c> before any of its components runs, as in the reducer
/// (the compiler quotes the par, <c>Compile/value</c>; the operator's handler checks its shape).
/// </summary>
public class ParOperandTests
{
    [Theory]
    [Trait("Rule", "Prim/handlers")]
    [InlineData("o!({1 | 1 / 0} + 1)")]
    [InlineData("o!({1 | 2} + (1 / 0))")]
    [InlineData("o!(-{1 | 1 / 0})")]
    [InlineData("o!({1 | 1 / 0} and true)")]
    [InlineData("o!(true or {1 | 1 / 0})")]
    public void ParOperand_RaisesNotExpression_AsTheReducerDoes(string body)
    {
        var source = $"new o(`rho:io:stdout`) in {{ {body} }}";
        var r = Oracle.Run(source);
        var e = Assert.Single(r.Errors);
        Assert.Equal("not-expression", e.Kind);
        var reducer = Assert.Single(Rholang.Reduce(source, new ExploreOptions()).Outcomes);
        Assert.Equal(reducer.Errors.Select(x => (x.Kind, x.Message)), r.Errors.Select(x => (x.Kind, x.Message)));
    }
}
