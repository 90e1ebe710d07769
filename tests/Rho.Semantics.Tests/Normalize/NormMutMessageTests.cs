using Rho.Semantics.Errors;
using static Rho.Semantics.Tests.Normalize.Terms;

namespace Rho.Semantics.Tests.Normalize;

/// <summary>
/// The exact text of the static errors a user reads (spec/normalization.md §4): what was
/// written, what is wrong and how to fix it, at the position of the offending construct.
/// </summary>
public class NormMutMessageTests
{
    [Fact]
    [Trait("Rule", "Static/unbound-ref")]
    public void UnboundNameRef_QuotesTheRefAsWritten()
    {
        var e = Fails("match 1 { =*x => Nil }", ErrorKinds.UnboundVariable, 11);
        Assert.Equal("=*x refers to x, which is not bound here", e.Message);
    }

    [Fact]
    [Trait("Rule", "Static/unbound-ref")]
    public void UnboundProcRef_QuotesTheRefAsWritten()
    {
        var e = Fails("match 1 { =y => Nil }", ErrorKinds.UnboundVariable, 11);
        Assert.Equal("=y refers to y, which is not bound here", e.Message);
    }

    [Fact]
    [Trait("Rule", "Static/wrong-sort")]
    public void ProcRefToNameVariable_SuggestsTheNameRef()
    {
        var e = Fails("new x in { match 1 { =x => Nil } }", ErrorKinds.WrongVariableSort, 22);
        Assert.Equal("=x refers to name variable x; write =*x", e.Message);
    }

    [Fact]
    [Trait("Rule", "Static/wrong-sort")]
    public void NameRefToProcVariable_SuggestsTheProcRef()
    {
        var e = Fails("match 1 { y => { match 2 { =*y => Nil } } }", ErrorKinds.WrongVariableSort, 28);
        Assert.Equal("=*y refers to process variable y; write =y", e.Message);
    }

    [Fact]
    [Trait("Rule", "Static/bundle-content")]
    public void BundleWithWildcard_ReportedAtTheWildcard()
    {
        var e = Fails("bundle+ { @Nil!(_) }", ErrorKinds.BundleContent, 17);
        Assert.Equal("a bundle's content must not have wildcards", e.Message);
    }

    [Fact]
    [Trait("Rule", "Static/bundle-content")]
    public void BundleWithFreeVariable_NamesTheVariable()
    {
        var e = Fails("bundle- { @Nil!(1, z) }", ErrorKinds.BundleContent, 20);
        Assert.Equal("a bundle's content must not have free variables (z is free)", e.Message);
    }

    [Fact]
    [Trait("Rule", "Static/bundle-content")]
    public void BundleOfDisjunction_IsABundleError_NotATopLevelOne() =>
        Fails("bundle0 { 1 \\/ 2 }", ErrorKinds.BundleContent, 11);

    [Fact]
    [Trait("Rule", "Static/variable-reuse")]
    public void JoinBindingOneNameTwice_NamesTheFirstBinding()
    {
        var e = Fails("new a, b in { for (x <- a & x <- b) { Nil } }", ErrorKinds.VariableReuse, 29);
        Assert.Equal("variable x is bound by two binds of one join (first at 1:20)", e.Message);
    }
}
