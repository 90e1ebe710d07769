using Rho.Semantics.Core;

namespace Rho.Semantics.Tests.Terms;

/// <summary>
/// Substitution on de Bruijn terms (spec/semantics.md, "Substitution") under binders: a var ref
/// <c>=x</c> below a <c>new</c>, the lowering of variables past the opened group, shifting with a
/// cutoff, and which terms are closed (a pattern variable captures only closed terms, <c>Pat/var</c>).
/// </summary>
public class EvalMutSubstitutionTests
{
    private static readonly Proc Five = new GInt(5);

    // new y in { y matches =X }: the body refers to y as 0 and to the variables around the new from 1 on.
    private static New UnderNew(Proc target, Proc pattern) => new(1, Seq<string>.Empty, new EMatches(target, pattern));

    [Fact]
    [Trait("Rule", "Comm/linear")]
    [Trait("Rule", "Pat/varref")]
    public void Open_VarRefUnderABinder_BecomesTheValue()
    {
        // for (@v <- c) { new y in { y matches =v } } fires with 5: =v, one binder down, is 5.
        var body = UnderNew(new BoundVar(0), new VarRef(1));
        Assert.Equal(UnderNew(new BoundVar(0), Five), Substitution.Open(body, [Five]));
    }

    [Fact]
    [Trait("Rule", "Comm/linear")]
    [Trait("Rule", "Pat/varref")]
    public void Open_VarRefPastTheGroupUnderABinder_IsLoweredByTheGroupSize()
    {
        // One binder down, index 2 is the variable just outside the opened group: it becomes 1.
        var body = UnderNew(new BoundVar(2), new VarRef(2));
        Assert.Equal(UnderNew(new BoundVar(1), new VarRef(1)), Substitution.Open(body, [Five]));

        // Two values: indices 1 and 2 are the group, 3 is lowered to 1, 0 is the new's own name.
        var two = UnderNew(new Par(Seq.Of<Proc>(new BoundVar(1), new BoundVar(0))), new ETuple(Seq.Of<Proc>(new VarRef(2), new VarRef(3), new VarRef(0))));
        var opened = Substitution.Open(two, [Five, new GString("s")]);
        Assert.Equal(UnderNew(new Par(Seq.Of<Proc>(Five, new BoundVar(0))), new ETuple(Seq.Of<Proc>(new GString("s"), new VarRef(1), new VarRef(0)))), opened);
    }

    [Fact]
    [Trait("Rule", "Comm/linear")]
    public void Open_NoValues_ReturnsTheBodyItself()
    {
        var body = UnderNew(new BoundVar(3), new VarRef(4));
        Assert.Same(body, Substitution.Open(body, []));
    }

    [Fact]
    public void Open_NullValues_ArgumentNullNamingThem() =>
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => Substitution.Open(Five, null!)).ParamName);

    [Fact]
    public void Shift_ByZero_ReturnsTheTermItself()
    {
        var p = UnderNew(new BoundVar(3), new VarRef(4));
        Assert.Same(p, Substitution.Shift(p, 0));
        Assert.Same(p, Substitution.Shift(p, 0, cutoff: 2));
    }

    [Fact]
    public void Shift_FreeVariables_MoveUpBy()
    {
        Assert.Equal(new BoundVar(3), Substitution.Shift(new BoundVar(1), 2));
        Assert.Equal(new VarRef(3), Substitution.Shift(new VarRef(1), 2));
        Assert.Equal(new BoundVar(2), Substitution.Shift(new BoundVar(0), 2));
        Assert.Equal(new VarRef(2), Substitution.Shift(new VarRef(0), 2));
    }

    [Fact]
    public void Shift_Cutoff_KeepsTheVariablesBelowIt_AndMovesTheOneAtIt()
    {
        Assert.Equal(new BoundVar(0), Substitution.Shift(new BoundVar(0), 2, cutoff: 1));
        Assert.Equal(new VarRef(0), Substitution.Shift(new VarRef(0), 2, cutoff: 1));
        Assert.Equal(new BoundVar(3), Substitution.Shift(new BoundVar(1), 2, cutoff: 1));
        Assert.Equal(new VarRef(3), Substitution.Shift(new VarRef(1), 2, cutoff: 1));
        Assert.Equal(new BoundVar(7), Substitution.Shift(new BoundVar(5), 2, cutoff: 1));
    }

    [Fact]
    public void Shift_UnderABinder_RaisesTheCutoffByItsGroup()
    {
        // new y in { y matches =x }, moved under two new binders: y stays 0, x (1) becomes 3.
        var p = UnderNew(new BoundVar(0), new VarRef(1));
        Assert.Equal(UnderNew(new BoundVar(0), new VarRef(3)), Substitution.Shift(p, 2));
        var q = UnderNew(new BoundVar(1), new VarRef(0));
        Assert.Equal(UnderNew(new BoundVar(3), new VarRef(0)), Substitution.Shift(q, 2));
    }

    [Fact]
    [Trait("Rule", "Pat/var")]
    public void IsClosed_AFreeVarRef_IsOpen()
    {
        Assert.False(Substitution.IsClosed(new VarRef(0)));
        Assert.False(Substitution.IsClosed(new EMatches(new GInt(1), new VarRef(0))));
        Assert.False(Substitution.IsClosed(UnderNew(Five, new VarRef(1))));
        Assert.False(Substitution.IsClosed(UnderNew(new BoundVar(1), Five)));
    }

    [Fact]
    [Trait("Rule", "Pat/var")]
    public void IsClosed_VariablesBoundInsideTheTerm_AreClosed()
    {
        Assert.True(Substitution.IsClosed(UnderNew(new BoundVar(0), new VarRef(0))));
        Assert.True(Substitution.IsClosed(UnderNew(Five, new VarRef(0))));
        Assert.True(Substitution.IsClosed(Five));
    }
}
