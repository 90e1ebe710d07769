using Rho.Laws.Compiler;
using Rho.Laws.Congruence;
using Rho.Semantics;
using Rho.Semantics.Reduction;

namespace Rho.Laws.Tests.Compiler;

/// <summary>
/// What <c>Law/optimizer</c> observes: each outcome's printed lines, stderr and errors joined as
/// <c>stdout#stderr#errors</c> (lines with <c>|</c>), or null when the exploration is over budget; and
/// the reference reducer's outcome sets, null over budget.
/// </summary>
public class ObservableTests
{
    private const string Unbounded = "new x in { contract x(@n) = { x!(n + 1) } | x!(0) }";

    [Fact]
    public void Outputs_EachOutcomeAsStdoutStderrAndErrors()
    {
        Assert.Equal(
            ["1|2##", "2|1##"],
            Observable.Outputs(Rholang.Compile("new out(`rho:io:stdout`) in { out!(1) | out!(2) }"))!.Order(StringComparer.Ordinal));
        Assert.Equal(
            ["#1|2#", "#2|1#"],
            Observable.Outputs(Rholang.Compile("new err(`rho:io:stderr`) in { err!(1) | err!(2) }"))!.Order(StringComparer.Ordinal));
        Assert.Equal(["1#2#"], Observable.Outputs(Rholang.Compile("new out(`rho:io:stdout`), err(`rho:io:stderr`) in { out!(1) | err!(2) }"))!);
        var error = Assert.Single(Rholang.Reduce("@Nil!(1 / 0)", new ExploreOptions()).Outcomes).Errors.Single();
        Assert.Equal(["##" + error.Kind + error.Message], Observable.Outputs(Rholang.Compile("@Nil!(1 / 0)"))!);
        Assert.Equal(["##" + error.Kind + error.Message + "|" + error.Kind + error.Message], Observable.Outputs(Rholang.Compile("@Nil!(1 / 0) | @Nil!(1 / 0)"))!);
    }

    [Fact]
    public void Outputs_OverBudget_IsNull() => Assert.Null(Observable.Outputs(Rholang.Compile(Unbounded)));

    [Fact]
    public void ReferenceReducer_OutcomesOverBudget_AreNull()
    {
        var p = ReferenceReducer.Instance.Parse(Unbounded);
        Assert.Null(ReferenceReducer.Instance.Outcomes(p, allInterleavings: false));
        Assert.Null(new ReferenceReducer(new ExploreOptions(MaxStates: 2)).Outcomes(ReferenceReducer.Instance.Parse("@0!(1) | @0!(2) | for (@x <- @0) { @1!(x) }"), allInterleavings: true));
        Assert.Equal(2, new ReferenceReducer(new ExploreOptions()).Outcomes(ReferenceReducer.Instance.Parse("@0!(1) | @0!(2) | for (@x <- @0) { @1!(x) }"), allInterleavings: true)!.Count);
    }
}
