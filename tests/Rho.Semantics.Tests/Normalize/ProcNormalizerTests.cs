using Rho.Semantics.Core;
using static Rho.Semantics.Tests.Normalize.Terms;

namespace Rho.Semantics.Tests.Normalize;

/// <summary>De Bruijn structure: binder groups, shadowing, pattern numbering, var refs, remainders.</summary>
public class ProcNormalizerTests
{
    [Fact]
    [Trait("Rule", "Norm/new")]
    public void New_NestedShadowing_InnerNameIsIndexZero()
    {
        var t = Norm("new x in { new x in { x!(1) } | x!(2) }");
        Assert.Equal(NewN(1, Pr(NewN(1, Snd(V(0), I(1))), Snd(V(0), I(2)))), t);
    }

    [Fact]
    [Trait("Rule", "Norm/new")]
    public void New_OuterName_CountsInnerGroup()
    {
        var t = Norm("new x in { new y, z in { x!(1) | y!(2) | z!(3) } }");
        Assert.Equal(NewN(1, NewN(2, Pr(Snd(V(2), I(1)), Snd(V(0), I(2)), Snd(V(1), I(3))))), t);
    }

    [Fact]
    [Trait("Rule", "Norm/new")]
    public void New_UriNamesAfterPlainNames_SortedByUri()
    {
        var t = Norm("new a, b(`rho:io:stdout`), c, d(`rho:io:stderr`) in { a!(1) | b!(2) | c!(3) | d!(4) }");
        var body = Pr(Snd(V(0), I(1)), Snd(V(3), I(2)), Snd(V(1), I(3)), Snd(V(2), I(4)));
        Assert.Equal(new New(4, Seq.Of("rho:io:stderr", "rho:io:stdout"), body), t);
    }

    [Fact]
    [Trait("Rule", "Norm/new")]
    public void New_SameNameTwice_LaterBindingWins() =>
        Assert.Equal(NewN(2, Snd(V(1), I(1))), Norm("new x, x in { x!(1) }"));

    [Fact]
    [Trait("Rule", "Norm/receive")]
    public void Receive_JoinBody_SeesBindsVariablesInBindOrder()
    {
        var t = Norm("new a, b in { for (x, @y <- a & @z ...@r <- b) { x!(y, z, r) | *a } }");
        var body = Pr(Snd(V(0), V(1), V(2), V(3)), V(4));
        var bindA = new ReceiveBind(Seq.Of(F(0), F(1)), V(0), null, 2);
        var bindB = new ReceiveBind(Seq.Of(F(0)), V(1), F(1), 2);
        Assert.Equal(NewN(2, new Receive(Seq.Of(bindA, bindB), body, ReceiveKind.Linear, 4)), t);
    }

    [Fact]
    [Trait("Rule", "Norm/receive")]
    public void Receive_KindsAndWildcards_WildcardsBindNothing()
    {
        var t = Assert.IsType<New>(Norm("new a in { for (_, @x, @_ <<- a) { @0!(x) } }"));
        var r = Assert.IsType<Receive>(t.Body);
        Assert.Equal(ReceiveKind.Peek, r.Kind);
        Assert.Equal(1, r.BindCount);
        Assert.Equal(Seq.Of(W, F(0), W), r.Binds[0].Patterns);
        Assert.Equal(Snd(I(0), V(0)), r.Body);
    }

    [Fact]
    [Trait("Rule", "Norm/receive")]
    [Trait("Rule", "Norm/var")]
    public void Receive_PatternVariableShadowsOuterBinding()
    {
        // Inside a pattern `x` is always a new pattern variable, even when an outer x is bound.
        var t = Norm("new x in { for (x <- x) { x!(1) } }");
        Assert.Equal(NewN(1, Rcv(Snd(V(0), I(1)), 1, Bind(V(0), 1, F(0)))), t);
    }

    [Fact]
    [Trait("Rule", "Norm/receive")]
    public void Receive_ProcessInPattern_BindsItsOwnVariables()
    {
        // The pattern @{for (y <- z) { y!(1) }}: z is a pattern variable, y is bound inside the pattern.
        var t = Norm("new c in { for (@{for (y <- z) { y!(1) }} <- c) { z!(2) } }");
        var pattern = Rcv(Snd(V(0), I(1)), 1, Bind(F(0), 1, F(0)));
        Assert.Equal(NewN(1, Rcv(Snd(V(0), I(2)), 1, Bind(V(0), 1, pattern))), t);
    }

    [Fact]
    [Trait("Rule", "Norm/match")]
    public void Match_CasesNumberTheirOwnVariables()
    {
        var t = Norm("new o in { match [1, 2] { [a, b] => o!(b, a)  [a ...r] => o!(r)  _ => o!(0) } }");
        var m = Mt(
            Lst(I(1), I(2)),
            Case(Lst(F(0), F(1)), Snd(V(2), V(1), V(0)), 2),
            Case(LstRem(F(1), F(0)), Snd(V(2), V(1)), 2),
            Case(W, Snd(V(0), I(0)), 0));
        Assert.Equal(NewN(1, m), t);
    }

    [Fact]
    [Trait("Rule", "Norm/match")]
    public void Match_CollectionRemainders()
    {
        var t = Assert.IsType<Match>(Norm("match 1 { Set(a ...s) => Nil  {1: v ...m} => Nil  [..._] => Nil }"));
        Assert.Equal(new ESet(Seq.Of(F(0)), F(1)), t.Cases[0].Pattern);
        Assert.Equal(new EMap(Seq.Of(new KeyValue(I(1), F(0))), F(1)), t.Cases[1].Pattern);
        Assert.Equal(new EList(Seq<Proc>.Empty, W), t.Cases[2].Pattern);
        Assert.Equal([2, 2, 0], t.Cases.Select(c => c.FreeCount));
    }

    [Fact]
    [Trait("Rule", "Norm/var-ref")]
    public void VarRef_InPattern_PointsAtOuterBinding()
    {
        var t = Norm("new x in { for (y <- x) { match 1 { =*y => Nil  =*x => Nil } } }");
        var m = Mt(I(1), Case(Ref(0), Nl, 0), Case(Ref(1), Nl, 0));
        Assert.Equal(NewN(1, Rcv(m, 1, Bind(V(0), 1, F(0)))), t);
    }

    [Fact]
    [Trait("Rule", "Norm/var-ref")]
    public void VarRef_UnderBinderInsidePattern_CountsThatBinder()
    {
        var t = Norm("new x in { match 1 { {new w in { w!(=*x) }} => Nil } }");
        Assert.Equal(NewN(1, Mt(I(1), Case(NewN(1, Snd(V(0), Ref(1))), Nl, 0))), t);
    }

    [Fact]
    [Trait("Rule", "Norm/var-ref")]
    public void VarRef_ProcVariable_InReceivePattern()
    {
        var t = Norm("new c in { for (@v <- c) { for (@=v <- c) { Nil } } }");
        Assert.Equal(NewN(1, Rcv(Rcv(Nl, 0, Bind(V(1), 0, Ref(0))), 1, Bind(V(0), 1, F(0)))), t);
    }

    [Fact]
    [Trait("Rule", "Norm/quote")]
    public void Quote_AndEval_Cancel()
    {
        Assert.Equal(Norm("new x in { x!(1) }"), Norm("new x in { @*x!(1) }"));
        Assert.Equal(Snd(I(1), I(2)), Norm("@{*@1}!(2)"));
    }

    [Fact]
    [Trait("Rule", "Norm/matches")]
    public void Matches_PatternVariablesBindNothingOutside()
    {
        var t = Norm("@Nil!([1, 2] matches [x, y])");
        Assert.Equal(Snd(Nl, new EMatches(Lst(I(1), I(2)), Lst(F(0), F(1)))), t);
    }

    [Fact]
    [Trait("Rule", "Norm/conn-and")]
    public void ConnAnd_SharesVariables_FlattensLeftNesting()
    {
        var t = Assert.IsType<Match>(Norm("match 1 { x /\\ Int /\\ y => Nil }"));
        Assert.Equal(new ConnAnd(Seq.Of(F(0), new ConnType(SimpleType.Int), F(1))), t.Cases[0].Pattern);
        Assert.Equal(2, t.Cases[0].FreeCount);
    }

    [Fact]
    [Trait("Rule", "Norm/conn-or")]
    public void ConnOr_AlternativesBindNothing()
    {
        var t = Assert.IsType<Match>(Norm("match 1 { x \\/ [y] \\/ 2 => Nil }"));
        Assert.Equal(new ConnOr(Seq.Of(F(0), Lst(F(0)), I(2))), t.Cases[0].Pattern);
        Assert.Equal(0, t.Cases[0].FreeCount);
    }

    [Fact]
    [Trait("Rule", "Norm/conn-not")]
    public void ConnNot_BindsNothing()
    {
        var t = Assert.IsType<Match>(Norm("match 1 { [~x, y] => Nil }"));
        Assert.Equal(Lst(new ConnNot(F(0)), F(0)), t.Cases[0].Pattern);
        Assert.Equal(1, t.Cases[0].FreeCount);
    }

    [Fact]
    [Trait("Rule", "Norm/bundle")]
    public void Bundle_Flags_AndNestedBundlesMerge()
    {
        Assert.Equal(NewN(1, Snd(Nl, new Bundle(V(0), true, true))), Norm("new x in { @Nil!(bundle { *x }) }"));
        Assert.Equal(NewN(1, new Bundle(V(0), false, false)), Norm("new x in { bundle+ { bundle- { *x } } }"));
        Assert.Equal(NewN(1, new Bundle(V(0), true, false)), Norm("new x in { bundle- { bundle { *x } } }"));
        Assert.Equal(NewN(1, new Bundle(V(0), false, false)), Norm("new x in { bundle0 { *x } }"));
    }

    [Fact]
    [Trait("Rule", "Norm/par")]
    public void Par_FlattensAndDropsNil() =>
        Assert.Equal(Pr(Snd(I(1)), Snd(I(2)), Snd(I(3))), Norm("@1!() | Nil | { @2!() | Nil } | @3!()"));

    [Fact]
    [Trait("Rule", "Norm/expr")]
    public void Expressions_MapToOperators()
    {
        var t = Norm("@Nil!(1 + 2 * 3, not true, \"a\".length(), (1,), {\"k\": [2]}, Set(3), BigInt(12))");
        var expected = Snd(
            Nl,
            new EBinary(BinaryOp.Add, I(1), new EBinary(BinaryOp.Mul, I(2), I(3))),
            new EUnary(UnaryOp.Not, B(true)),
            new EMethod("length", S("a"), Seq<Proc>.Empty),
            new ETuple(Seq.Of(I(1))),
            new EMap(Seq.Of(new KeyValue(S("k"), Lst(I(2)))), null),
            new ESet(Seq.Of(I(3)), null),
            new GBigInt(12));
        Assert.Equal(expected, t);
    }

    [Fact]
    [Trait("Rule", "Norm/par")]
    public void Provenance_IsSetFromSource()
    {
        var t = Assert.IsType<New>(Norm("new x in {\n  x!(5)\n}"));
        Assert.Equal(new SourcePos(1, 1), t.At.Pos);
        var s = Assert.IsType<Send>(t.Body);
        Assert.Equal(new SourcePos(2, 3), s.At.Pos);
        Assert.Equal(new SourcePos(2, 6), s.Args[0].At.Pos);
    }

    [Fact]
    [Trait("Rule", "Norm/par")]
    public void DeepNesting_DoesNotOverflow()
    {
        var src = string.Concat(Enumerable.Repeat("new x in { ", 5000)) + "x!(1)" + new string('}', 5000);
        var t = Norm(src);
        for (var i = 0; i < 5000; i++)
        {
            t = Assert.IsType<New>(t).Body;
        }
        Assert.Equal(Snd(V(0), I(1)), t);
    }

    [Fact]
    [Trait("Rule", "Norm/var")]
    public void Var_NameAndProcessSorts_BothBoundVars()
    {
        // x is a name variable (formal x), y a process variable (formal @y): x in name position and
        // *x in process position, y in process position and @y in name position, all resolve.
        var t = Norm("new c in { for (x, @y <- c) { x!(y) | *x | @y!(*x) } }");
        var body = Pr(Snd(V(0), V(1)), V(0), Snd(V(1), V(0)));
        Assert.Equal(NewN(1, Rcv(body, 2, Bind(V(0), 2, F(0), F(1)))), t);
    }

    [Fact]
    [Trait("Rule", "Norm/var")]
    public void Var_InPatternProcessBody_IsVariableOfEnclosingPattern()
    {
        // In the case pattern, the body of the quoted receive uses z free: z is the case's variable.
        var t = Assert.IsType<Match>(Norm("match 1 { {for (y <- @1) { @z!(1) }} => Nil }"));
        Assert.Equal(1, t.Cases[0].FreeCount);
        Assert.Equal(Rcv(Snd(F(0), I(1)), 1, Bind(I(1), 1, F(0))), t.Cases[0].Pattern);
    }
}
