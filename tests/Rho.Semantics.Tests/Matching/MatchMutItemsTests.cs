using Rho.Semantics.Core;
using static Rho.Semantics.Tests.Matching.MatchTerms;

namespace Rho.Semantics.Tests.Matching;

/// <summary>
/// Item rules of spec/matching.md at their edges: binder depth for <c>Pat/var</c> under nested
/// binders, case counts of <c>Pat/match</c>, operators of <c>Pat/expr</c>, and which nested
/// parts make a receive or match pattern more than an equality test (<c>Pat/equal</c>).
/// </summary>
public class MatchMutItemsTests
{
    // for (@y <- @1) { body }: one bind with one pattern variable; the body is under its binder.
    private static Receive For(Proc source, Proc body) =>
        new(Seq.Of(new ReceiveBind(Seq.Of(V(0)), source, null, 1)), body, ReceiveKind.Linear, 1);

    [Fact]
    [Trait("Rule", "Pat/receive")]
    [Trait("Rule", "Pat/var")]
    public void Receive_InsideNew_BodyMentioningTheBindIsNotCaptured()
    {
        // new x in { for (@y <- @1) { @y!(1) } }  against  new x in { for (@y <- @1) { z } }
        var open = NewN(1, For(I(1), Out(B(0), I(1))));
        AssertResults(All(open, NewN(1, For(I(1), V(0))), 1));
        // A body mentioning the new's name is open as well.
        AssertResults(All(NewN(1, For(I(1), Out(B(1), I(1)))), NewN(1, For(I(1), V(0))), 1));
        var closed = NewN(1, For(I(1), Out(I(7), I(1))));
        AssertResults(All(closed, NewN(1, For(I(1), V(0))), 1), Bind(Out(I(7), I(1))));
    }

    [Fact]
    [Trait("Rule", "Pat/new")]
    [Trait("Rule", "Pat/var")]
    public void New_InsideReceive_BodyMentioningTheNameIsNotCaptured()
    {
        // for (@y <- @1) { new x in { x!(1) } }  against  for (@y <- @1) { new x in { z } }
        AssertResults(All(For(I(1), NewN(1, Out(B(0), I(1)))), For(I(1), NewN(1, V(0))), 1));
        AssertResults(All(For(I(1), NewN(1, Out(B(1), I(1)))), For(I(1), NewN(1, V(0))), 1));
        AssertResults(All(For(I(1), NewN(1, Out(I(7), I(1)))), For(I(1), NewN(1, V(0))), 1), Bind(Out(I(7), I(1))));
    }

    [Fact]
    [Trait("Rule", "Pat/match")]
    [Trait("Rule", "Pat/var")]
    public void MatchCase_InsideNew_BodyMentioningTheCaseVariableIsNotCaptured()
    {
        // new x in { match 3 { y => @y!(1) } }  against  new x in { match 3 { y => z } }
        Proc In(Proc body) => NewN(1, new Match(I(3), Seq.Of(new MatchCase(V(0), body, 1))));
        AssertResults(All(In(Out(B(0), I(1))), In(V(0)), 1));
        AssertResults(All(In(Out(B(1), I(1))), In(V(0)), 1));
        AssertResults(All(In(Out(I(7), I(1))), In(V(0)), 1), Bind(Out(I(7), I(1))));
    }

    [Fact]
    [Trait("Rule", "Pat/match")]
    public void Match_DifferentNumberOfCases_DoesNotMatch()
    {
        // match 1 { _ => Nil  2 => Nil }  against  match x { _ => _ } and the other way round.
        var two = new Match(I(1), Seq.Of(new MatchCase(W, Empty, 0), new MatchCase(I(2), Empty, 0)));
        var one = new Match(I(1), Seq.Of(new MatchCase(W, Empty, 0)));
        var onePattern = new Match(V(0), Seq.Of(new MatchCase(W, W, 0)));
        var twoPattern = new Match(V(0), Seq.Of(new MatchCase(W, W, 0), new MatchCase(I(2), W, 0)));
        AssertResults(All(two, onePattern, 1));
        AssertResults(All(one, twoPattern, 1));
        AssertResults(All(one, onePattern, 1), Bind(I(1)));
        AssertResults(All(two, twoPattern, 1), Bind(I(1)));
    }

    [Fact]
    [Trait("Rule", "Pat/expr")]
    public void Unary_DifferentOperator_DoesNotMatch()
    {
        AssertResults(All(new EUnary(UnaryOp.Neg, I(5)), new EUnary(UnaryOp.Not, V(0)), 1));
        AssertResults(All(new EUnary(UnaryOp.Not, Bool(true)), new EUnary(UnaryOp.Neg, V(0)), 1));
        AssertResults(All(new EUnary(UnaryOp.Not, Bool(true)), new EUnary(UnaryOp.Not, V(0)), 1), Bind(Bool(true)));
    }

    [Theory]
    [InlineData(BinaryOp.Mul)]
    [InlineData(BinaryOp.Div)]
    [InlineData(BinaryOp.Mod)]
    [InlineData(BinaryOp.Interpolate)]
    [InlineData(BinaryOp.Add)]
    [InlineData(BinaryOp.Concat)]
    [InlineData(BinaryOp.Diff)]
    [Trait("Rule", "Pat/expr")]
    public void Binary_EachStructuralOperator_MatchesItsOperands(BinaryOp op)
    {
        AssertResults(All(Bin(op, I(6), I(4)), Bin(op, V(0), V(1)), 2), Bind(I(6), I(4)));
        AssertResults(All(Bin(op, I(6), I(4)), Bin(op, V(0), I(5)), 1));
        var other = op == BinaryOp.Add ? BinaryOp.Mul : BinaryOp.Add;
        AssertResults(All(Bin(other, I(6), I(4)), Bin(op, V(0), V(1)), 2));
    }

    [Fact]
    [Trait("Rule", "Pat/receive")]
    [Trait("Rule", "Pat/equal")]
    public void Receive_OneOfTwoSourcesAVariable_IsMatchedNotCompared()
    {
        // for (@y <- @1 & @y <- @2) { Nil }  against  for (@y <- x & @y <- @2) { Nil }
        ReceiveBind From(Proc source) => new(Seq.Of(V(0)), source, null, 1);
        var target = new Receive(Seq.Of(From(I(1)), From(I(2))), Empty, ReceiveKind.Linear, 2);
        var pattern = new Receive(Seq.Of(From(V(0)), From(I(2))), Empty, ReceiveKind.Linear, 2);
        AssertResults(All(target, pattern, 1), Bind(I(1)));
        var reversed = new Receive(Seq.Of(From(I(1)), From(V(0))), Empty, ReceiveKind.Linear, 2);
        AssertResults(All(target, reversed, 1), Bind(I(2)));
    }

    [Fact]
    [Trait("Rule", "Pat/match")]
    [Trait("Rule", "Pat/equal")]
    public void Match_PatternTermOnlyInTargetOrOnlyInOneCase_IsMatchedNotCompared()
    {
        // match 3 { 1 => @1!(0)  _ => Nil }
        var target = new Match(I(3), Seq.Of(new MatchCase(I(1), Out(I(1), I(0)), 0), new MatchCase(W, Empty, 0)));
        var targetVar = new Match(V(0), Seq.Of(new MatchCase(I(1), Out(I(1), I(0)), 0), new MatchCase(W, Empty, 0)));
        AssertResults(All(target, targetVar, 1), Bind(I(3)));
        var firstBodyVar = new Match(I(3), Seq.Of(new MatchCase(I(1), V(0), 0), new MatchCase(W, Empty, 0)));
        AssertResults(All(target, firstBodyVar, 1), Bind(Out(I(1), I(0))));
        var secondBodyVar = new Match(I(3), Seq.Of(new MatchCase(I(1), Out(I(1), I(0)), 0), new MatchCase(W, V(0), 0)));
        AssertResults(All(target, secondBodyVar, 1), Bind(Empty));
    }
}
