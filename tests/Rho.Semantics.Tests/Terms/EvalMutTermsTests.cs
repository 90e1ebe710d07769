using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Tests.Terms;

/// <summary>
/// The small pieces every term and error is made of: provenance never tells terms apart, a
/// sequence compares and prints by its elements, the traversal refuses a term kind it does not
/// know, and an error prints as <c>FILE:LINE:COL: error: message</c> or, without a position,
/// <c>FILE: error: message</c>.
/// </summary>
public class EvalMutTermsTests
{
    private sealed record Alien : Proc;

    [Fact]
    public void Prov_TwoDifferentPositions_AreEqualByTheOperators()
    {
        var a = new Prov(new SourcePos(1, 2));
        var b = new Prov(new SourcePos(3, 4));
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a == Prov.None);
        Assert.False(Prov.None != a);
    }

    [Fact]
    public void Seq_Inequality_ComparesTheElements()
    {
        Assert.True(Seq.Of(1, 2) != Seq.Of(1, 3));
        Assert.True(Seq.Of(1, 2) != Seq.Of(1));
        Assert.False(Seq.Of(1, 2) != Seq.Of(1, 2));
        Assert.False(default(Seq<int>) != Seq<int>.Empty);
    }

    [Fact]
    public void Seq_ToString_ListsTheElementsInBrackets()
    {
        Assert.Equal("[1, 2, 3]", Seq.Of(1, 2, 3).ToString());
        Assert.Equal("[x]", Seq.Of("x").ToString());
        Assert.Equal("[]", Seq<int>.Empty.ToString());
    }

    [Fact]
    public void Traversal_UnknownTermKind_IsACrashNamingIt()
    {
        var e = Assert.Throws<RhoException>(() => Traversal.MapChildren(new Alien(), (c, _) => c)).Error;
        Assert.Equal(ErrorClass.Crash, e.Class);
        Assert.Equal("Traversal: unknown term Alien", e.Message);
    }

    [Fact]
    public void Traversal_NullArguments_ArgumentNullNamingThem()
    {
        Assert.Equal("p", Assert.Throws<ArgumentNullException>(() => Traversal.MapChildren(null!, (c, _) => c)).ParamName);
        Assert.Equal("f", Assert.Throws<ArgumentNullException>(() => Traversal.MapChildren(Nil.Instance, null!)).ParamName);
    }

    [Fact]
    public void Format_WithAPosition_FileLineColumn()
    {
        var e = new RhoError(ErrorClass.Runtime, ErrorKinds.DivZero, "/ by zero", new SourcePos(3, 7), "Error/div-zero");
        Assert.Equal("a.rho:3:7: error: / by zero", e.Format("a.rho"));
    }

    [Fact]
    public void Format_WithoutAPosition_FileOnly()
    {
        var e = new RhoError(ErrorClass.Invalid, ErrorKinds.TopLevelFreeVariable, "free variable x", SourcePos.None);
        Assert.Equal("a.rho: error: free variable x", e.Format("a.rho"));
        Assert.Equal("<stdin>: error: boom", RhoException.Crash("boom").Error.Format("<stdin>"));
    }

    [Fact]
    public void RhoException_WithoutAnError_IsAnUnknownCrash()
    {
        var e = new RhoException().Error;
        Assert.Equal(ErrorClass.Crash, e.Class);
        Assert.Equal(ErrorKinds.Crash, e.Kind);
        Assert.Equal("unknown error", e.Message);
        Assert.True(e.Pos.IsNone);
        Assert.Equal("unknown error", new RhoException().Message);
    }
}
