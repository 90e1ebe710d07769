using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using static Rho.Semantics.Tests.Normalize.Terms;

namespace Rho.Semantics.Tests.Normalize;

/// <summary>Each desugaring of spec/normalization.md: the sugar normalizes to the same term as its expansion.</summary>
public class DesugarTests
{
    [Fact]
    [Trait("Rule", "Norm/contract")]
    public void Contract_IsPersistentReceive()
    {
        var t = Norm("new c in { contract c(x, @y ...@r) = { x!(y, r) } }");
        Assert.Equal(Norm("new c in { for (x, @y ...@r <= c) { x!(y, r) } }"), t);
        var expected = NewN(1, new Receive(
            Seq.Of(new ReceiveBind(Seq.Of(F(0), F(1)), V(0), F(2), 3)),
            Snd(V(0), V(1), V(2)),
            ReceiveKind.Persistent,
            3));
        Assert.Equal(expected, t);
    }

    [Fact]
    [Trait("Rule", "Norm/if")]
    public void If_WithElse_IsMatchOnTrueAndFalse()
    {
        var t = Norm("if (1 < 2) { @1!(1) } else { @2!(2) }");
        var cond = new EBinary(BinaryOp.Lt, I(1), I(2));
        Assert.Equal(Mt(cond, Case(B(true), Snd(I(1), I(1)), 0), Case(B(false), Snd(I(2), I(2)), 0)), t);
    }

    [Fact]
    [Trait("Rule", "Norm/if")]
    public void If_WithoutElse_FalseCaseIsNil()
    {
        var t = Norm("if (true) { @1!(1) }");
        Assert.Equal(Mt(B(true), Case(B(true), Snd(I(1), I(1)), 0), Case(B(false), Nl, 0)), t);
    }

    [Fact]
    [Trait("Rule", "Norm/if")]
    public void If_NonBoolCondition_KeptAsMatchTargetWithOnlyBoolCases()
    {
        var t = Assert.IsType<Match>(Norm("if (7) { @1!(1) }"));
        Assert.Equal(I(7), t.Target);
        Assert.Equal([B(true), B(false)], t.Cases.Select(c => c.Pattern));
    }

    [Fact]
    [Trait("Rule", "Norm/let-sequential")]
    public void LetSequential_IsNestedMatchesOnLists()
    {
        var t = Norm("let x <- 1 ; @y <- 2 in { x!(y) }");
        var inner = Mt(Lst(I(2)), Case(Lst(F(0)), Snd(V(1), V(0)), 1));
        Assert.Equal(Mt(Lst(I(1)), Case(Lst(F(0)), inner, 1)), t);
    }

    [Fact]
    [Trait("Rule", "Norm/let-sequential")]
    public void LetSequential_SeveralValuesAndRemainder_ListPatternWithRemainder()
    {
        var t = Norm("let x, @y ...@r <- 1, 2, 3 in { x!(y, r) }");
        Assert.Equal(Mt(Lst(I(1), I(2), I(3)), Case(LstRem(F(2), F(0), F(1)), Snd(V(0), V(1), V(2)), 3)), t);
    }

    [Fact]
    [Trait("Rule", "Norm/let-sequential")]
    public void LetSequential_NameFormalUsedAsProcess_IsWrongSort() =>
        Fails("let x <- 1 in { x }", ErrorKinds.WrongVariableSort, 17);

    [Fact]
    [Trait("Rule", "Norm/let-concurrent")]
    public void LetConcurrent_IsFreshChannelsSendsAndOneJoin()
    {
        var t = Norm("let x <- 1 & @y <- 2, 3 in { x!(y) }");
        Assert.Equal(Norm("new a, b in { a!(1) | b!(2, 3) | for (x <- a & @y <- b) { x!(y) } }"), t);
        var join = Rcv(Snd(V(0), V(1)), 2, Bind(V(0), 1, F(0)), Bind(V(1), 1, F(0)));
        Assert.Equal(NewN(2, Pr(Snd(V(0), I(1)), Snd(V(1), I(2), I(3)), join)), t);
    }

    [Fact]
    [Trait("Rule", "Norm/send-sync")]
    public void SendSync_WithContinuation_IsNewAckSendAndWait()
    {
        var t = Norm("new c in { c!?(1); @2!(2) }");
        Assert.Equal(Norm("new c in { new r in { c!(*r, 1) | for (_ <- r) { @2!(2) } } }"), t);
        var wait = Rcv(Snd(I(2), I(2)), 0, Bind(V(0), 0, W));
        Assert.Equal(NewN(1, NewN(1, Pr(Snd(V(1), V(0), I(1)), wait))), t);
    }

    [Fact]
    [Trait("Rule", "Norm/send-sync")]
    public void SendSync_Dot_ContinuationIsNil() =>
        Assert.Equal(Norm("new c in { new r in { c!(*r, 1, 2) | for (_ <- r) { Nil } } }"), Norm("new c in { c!?(1, 2). }"));

    [Fact]
    [Trait("Rule", "Norm/for-sequential")]
    public void ForSequential_IsNestedFor()
    {
        var t = Norm("new a, b in { for (x <- a ; @y <- b ; z <= a) { x!(y) | z!(1) } }");
        Assert.Equal(Norm("new a, b in { for (x <- a) { for (@y <- b) { for (z <= a) { x!(y) | z!(1) } } } }"), t);
    }

    [Fact]
    [Trait("Rule", "Norm/source-receive-send")]
    public void ReceiveSendSource_ReceivesAckFirstAndAnswersIt()
    {
        var t = Norm("new c in { for (@x <- c?!) { @0!(x) } }");
        Assert.Equal(Norm("new c in { for (r, @x <- c) { r!() | @0!(x) } }"), t);
        Assert.Equal(NewN(1, Rcv(Pr(Snd(V(0)), Snd(I(0), V(1))), 2, Bind(V(0), 2, F(0), F(1)))), t);
    }

    [Fact]
    [Trait("Rule", "Norm/source-send-receive")]
    public void SendReceiveSource_SendsReplyChannelThenReceivesOnIt()
    {
        var t = Norm("new c in { for (@x <- c!?(1, 2)) { @0!(x) } }");
        Assert.Equal(Norm("new c in { new r in { c!(*r, 1, 2) | for (@x <- r) { @0!(x) } } }"), t);
    }

    [Fact]
    [Trait("Rule", "Norm/source-send-receive")]
    [Trait("Rule", "Norm/source-receive-send")]
    public void MixedSources_OneJoinUnderOneNew()
    {
        var t = Norm("new a, b, c in { for (@x <- a & @y <- b!?(1) & @z <- c?! & @w <- b!?(2)) { @0!(x, y, z, w) } }");
        var expanded = Norm(
            "new a, b, c in { new r1, r2 in { b!(*r2, 2) | b!(*r1, 1) | "
            + "for (@x <- a & @y <- r1 & k, @z <- c & @w <- r2) { k!() | @0!(x, y, z, w) } } }");
        Assert.Equal(expanded, t);
    }
}
