using Rho.Semantics.Errors;
using Rho.Semantics.Mutation;

namespace Rho.Semantics.Tests.Reduction;

/// <summary>
/// Administrative rules (spec/semantics.md §3.1) on the cases the rule tests leave open, and the
/// reducer's semantic mutants (spec/mutants.md): each switched on changes exactly the behaviour it
/// names, so the suite that must catch it has something to catch.
/// </summary>
public class ReduceMutAdminTests
{
    private static HashSet<string> Prints(string body) => ReducerTests.Prints(ReducerTests.Reduce(body));

    private static HashSet<string> PrintsUnder(Mutant mutant, string body)
    {
        using (Mutants.Enable(mutant))
        {
            return Prints(body);
        }
    }

    [Fact]
    [Trait("Rule", "New/fresh")]
    public void NewFresh_ManyNamesUnderAnOuterName_AreAllDistinctFromIt()
    {
        const string body = "new a in { new b, c, d in { a!(1) | for (@x <- b) { stdout!(x) } | for (@x <- c) { stdout!(x) } | for (@x <- d) { stdout!(x) } } }";
        Assert.Equal([""], Prints(body));
    }

    [Fact]
    [Trait("Rule", "Error/bundle-permission")]
    public void BundlePermission_BothDirections_CarryTheRuleIdAndMessage()
    {
        var send = Assert.Single(Assert.Single(ReducerTests.Reduce("new c in { @{bundle- { *c }}!(1) }").Outcomes).Errors);
        Assert.Equal("Error/bundle-permission", send.Rule);
        Assert.Equal("Trying to send on non-writeable channel.", send.Message);
        var read = Assert.Single(Assert.Single(ReducerTests.Reduce("new c in { for (@x <- @{bundle+ { *c }}) { Nil } }").Outcomes).Errors);
        Assert.Equal("Error/bundle-permission", read.Rule);
        Assert.Equal("Trying to read from non-readable channel.", read.Message);
    }

    [Fact]
    [Trait("Rule", "Error/div-zero")]
    public void RuntimeError_TheFailingStep_IsLabelledWithTheErrorRule()
    {
        var e = ReducerTests.Reduce("stdout!(1 / 0)");
        var failing = Assert.Single(e.Graph.Edges, x => x.Rule.StartsWith("Error/", StringComparison.Ordinal));
        Assert.Equal("Error/div-zero", failing.Rule);
        Assert.Equal(ErrorKinds.DivZero, Assert.Single(Assert.Single(e.Outcomes).Errors).Kind);
    }

    [Fact]
    [Trait("Mutant", "Mutant/new-not-fresh")]
    public void NewNotFresh_NestedNews_ShareAName()
    {
        const string body = "new a in { new b in { a!(1) | for (@x <- b) { stdout!(x) } } }";
        Assert.Equal([""], Prints(body));
        Assert.Equal(["1"], PrintsUnder(Mutant.NewNotFresh, body));
    }

    [Fact]
    [Trait("Mutant", "Mutant/match-last-case")]
    public void MatchLastCase_FiresTheLastMatchingCase()
    {
        const string body = "match 1 { 1 => stdout!(\"first\")  2 => stdout!(\"two\")  _ => stdout!(\"last\") }";
        Assert.Equal(["\"first\""], Prints(body));
        Assert.Equal(["\"last\""], PrintsUnder(Mutant.MatchLastCase, body));
    }

    [Fact]
    [Trait("Mutant", "Mutant/comm-ignores-patterns")]
    public void CommIgnoresPatterns_FiresOnAMismatchOfTheRightArity_BindingNil()
    {
        const string body = "new c in { c!(1) | for (@2 <- c) { stdout!(\"fired\") } | for (@x, @y <- c) { stdout!(\"pair\") } }";
        Assert.Equal([""], Prints(body));
        Assert.Equal(["\"fired\""], PrintsUnder(Mutant.CommIgnoresPatterns, body));
    }

    [Fact]
    [Trait("Mutant", "Mutant/join-partial")]
    public void JoinPartial_FiresWhenOnlyTheFirstChannelsHaveData()
    {
        const string first = "new a, b in { a!(1) | for (@x <- a & @y <- b) { stdout!([x, y]) } }";
        Assert.Equal([""], Prints(first));
        using (Mutants.Enable(Mutant.JoinPartial))
        {
            var e = ReducerTests.Reduce(first);
            var o = Assert.Single(e.Outcomes);
            Assert.Equal(["[1, Nil]"], o.Stdout);
            Assert.Equal("Nil", o.Residual);
        }
        // Here c's data has the wrong arity, and c's bind comes first in canonical order: the
        // mutant never fills in the first bind.
        const string firstEmpty = "new b, c in { c!(0, 0) | b!(5) | for (@x <- b & @y <- c) { stdout!([x, y]) } }";
        Assert.Equal([""], PrintsUnder(Mutant.JoinPartial, firstEmpty));
    }
}
