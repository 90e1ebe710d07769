using Rho.Semantics.Core;
using static Rho.Semantics.Tests.Matching.MatchTerms;

namespace Rho.Semantics.Tests.Matching;

// Cases follow the reference's matcher tests (MatchTest.scala), rewritten for the core terms;
// where the reference returns the first match, these tests expect every match.
public partial class SpatialMatcherTests
{
    [Fact]
    [Trait("Rule", "Pat/equal")]
    public void Equal_ConcretePattern_MatchesOnlyAnEqualTarget()
    {
        var value = L(I(1), Set(Str("a")), Out(U(3), I(4)));
        AssertResults(All(value, value, 0), Bind());
        AssertResults(All(L(I(1), Set(Str("b")), Out(U(3), I(4))), value, 0));
        AssertResults(All(Empty, Empty, 0), Bind());
    }

    [Fact]
    [Trait("Rule", "Pat/equal")]
    public void Equal_BoundVariableUnderBinder_MatchesTheSameVariable()
    {
        var target = NewN(1, Out(B(0), I(1)));
        AssertResults(All(target, target, 0), Bind());
        AssertResults(All(target, NewN(1, Out(B(0), I(2))), 0));
    }

    [Fact]
    [Trait("Rule", "Pat/var")]
    public void Var_AnyClosedTarget_BindsTheWholeTarget()
    {
        AssertResults(All(I(7), V(0), 1), Bind(I(7)));
        AssertResults(All(Empty, V(0), 1), Bind(Empty));
        var par = P(Out(I(1), I(2)), I(3));
        AssertResults(All(par, V(0), 1), Bind(par));
    }

    [Fact]
    [Trait("Rule", "Pat/var")]
    public void Var_TermMentioningATargetBinder_IsNotCaptured()
    {
        // new x in { x!(1) } against new x in { y }: y would capture x, which escapes.
        AssertResults(All(NewN(1, Out(B(0), I(1))), NewN(1, V(0)), 1));
        AssertResults(All(NewN(1, Out(I(7), I(1))), NewN(1, V(0)), 1), Bind(Out(I(7), I(1))));
    }

    [Fact]
    [Trait("Rule", "Pat/wildcard")]
    public void Wildcard_AnyTarget_MatchesBindingNothing()
    {
        AssertResults(All(I(7), W, 0), Bind());
        AssertResults(All(Empty, W, 0), Bind());
        AssertResults(All(NewN(1, Out(B(0), I(1))), NewN(1, W), 0), Bind());
    }

    [Fact]
    [Trait("Rule", "Pat/list")]
    public void List_VariablesInPositions_BindPositionwise()
    {
        AssertResults(All(L(Str("add"), I(7), I(8)), L(Str("add"), V(0), V(1)), 2), Bind(I(7), I(8)));
        AssertResults(All(L(I(1)), L(V(0)), 1), Bind(I(1)));
        AssertResults(All(L(I(1), I(2)), L(V(0)), 1));
        AssertResults(All(L(Str("sub"), I(7), I(8)), L(Str("add"), V(0), V(1)), 2));
    }

    [Fact]
    [Trait("Rule", "Pat/list-rem")]
    public void ListRem_Remainder_BindsTheRestAsAList()
    {
        AssertResults(All(L(I(1), I(2)), LRem(V(0), I(1)), 1), Bind(L(I(2))));
        AssertResults(All(L(I(1), I(2), I(3)), LRem(V(0)), 1), Bind(L(I(1), I(2), I(3))));
        AssertResults(All(L(I(1)), LRem(V(1), V(0)), 2), Bind(I(1), L()));
        AssertResults(All(L(I(1), I(2)), LRem(W, V(0)), 1), Bind(I(1)));
        AssertResults(All(L(), LRem(V(1), V(0)), 2));
    }

    [Fact]
    [Trait("Rule", "Pat/tuple")]
    public void Tuple_SameArity_BindsPositionwise()
    {
        AssertResults(All(Tup(I(1), I(2)), Tup(V(0), I(2)), 1), Bind(I(1)));
        AssertResults(All(Tup(I(1), I(2), I(3)), Tup(V(0), I(2)), 1));
        AssertResults(All(L(I(1), I(2)), Tup(V(0), I(2)), 1));
    }

    [Fact]
    [Trait("Rule", "Pat/send")]
    public void Send_VariablesInChannelAndArguments_AreBound()
    {
        var target = Out(U(0), I(7), U(1));
        AssertResults(All(target, Out(V(0), I(7), V(1)), 2), Bind(U(0), U(1)));
        AssertResults(All(Out(U(0), I(7), I(8)), Out(V(0), W, I(8)), 1), Bind(U(0)));
        AssertResults(All(Out(U(0), I(7), I(8)), Out(W, V(0), I(8)), 1), Bind(I(7)));
    }

    [Fact]
    [Trait("Rule", "Pat/send")]
    public void Send_ArityOrPersistenceDiffers_DoesNotMatch()
    {
        AssertResults(All(Out(U(0), I(7), I(8), I(9)), Out(W, V(0), W), 1));
        AssertResults(All(OutP(U(0), I(7)), Out(W, V(0)), 1));
        AssertResults(All(OutP(U(0), I(7)), OutP(W, V(0)), 1), Bind(I(7)));
    }

    [Fact]
    [Trait("Rule", "Pat/receive")]
    public void Receive_SourceAndBodyVariables_AreBound()
    {
        // for (a, b <- @7 & a, b <- @8) { @u!(9, 10) }  against  for (a, b <- @7 & a, b <- x) { y }
        ReceiveBind Bind7(Proc source) => new(Seq.Of(V(0), V(1)), source, null, 2);
        var body = Out(U(5), I(9), I(10));
        var target = new Receive(Seq.Of(Bind7(I(7)), Bind7(I(8))), body, ReceiveKind.Linear, 4);
        var pattern = new Receive(Seq.Of(Bind7(I(7)), Bind7(V(0))), V(1), ReceiveKind.Linear, 4);
        AssertResults(All(target, pattern, 2), Bind(I(8), body));
        AssertResults(All(target, pattern with { Kind = ReceiveKind.Persistent }, 2));
        // Peek and linear both count as not persistent, as in the reference.
        AssertResults(All(target, pattern with { Kind = ReceiveKind.Peek }, 2), Bind(I(8), body));
        var otherPatterns = pattern with { Binds = Seq.Of(Bind7(I(7)), new ReceiveBind(Seq.Of(V(0)), V(0), null, 1)) };
        AssertResults(All(target, otherPatterns, 2));
    }

    [Fact]
    [Trait("Rule", "Pat/receive")]
    public void Receive_VarRefInNestedBindPattern_ComparedByEquality()
    {
        // new x in { for (=x <- Empty) { Empty } } matches itself: the nested pattern is the receive's own.
        var target = NewN(1, new Receive(Seq.Of(new ReceiveBind(Seq.Of<Proc>(new VarRef(0)), Empty, null, 0)), Empty, ReceiveKind.Linear, 0));
        AssertResults(All(target, target, 0), Bind());
        var withVar = NewN(1, new Receive(Seq.Of(new ReceiveBind(Seq.Of<Proc>(new VarRef(0)), V(0), null, 0)), Empty, ReceiveKind.Linear, 0));
        AssertResults(All(target, withVar, 1), Bind(Empty));
    }

    [Fact]
    [Trait("Rule", "Pat/new")]
    public void New_SameCount_MatchesBodies()
    {
        // new a, b in { @7!(42) | b!(43) }  against  new a, b in { @7!(x) | _ }
        var target = NewN(2, P(Out(I(7), I(42)), Out(B(0), I(43))));
        AssertResults(All(target, NewN(2, P(Out(I(7), V(0)), W)), 1), Bind(I(42)));
        AssertResults(All(target, NewN(3, P(Out(I(7), V(0)), W)), 1));
    }

    [Fact]
    [Trait("Rule", "Pat/match")]
    public void Match_TargetsAndCaseBodies_MatchCasePatternsEqual()
    {
        var casePattern = L(V(0), V(1));
        var target = new Match(L(I(4), I(20)), Seq.Of(
            new MatchCase(casePattern, Out(B(1), B(0)), 2),
            new MatchCase(W, Empty, 0)));
        var pattern = new Match(V(0), Seq.Of(
            new MatchCase(casePattern, W, 2),
            new MatchCase(W, V(1), 0)));
        AssertResults(All(target, pattern, 2), Bind(L(I(4), I(20)), Empty));
        var otherCase = pattern with { Cases = Seq.Of(new MatchCase(L(V(0)), W, 1), new MatchCase(W, V(1), 0)) };
        AssertResults(All(target, otherCase, 2));
    }

    [Fact]
    [Trait("Rule", "Pat/bundle")]
    public void Bundle_ComparedByEquality_NotMatchedInside()
    {
        var target = new Bundle(P(Out(I(7), I(42)), Out(U(0), I(43))), true, true);
        AssertResults(All(target, new Bundle(P(Out(I(7), V(0)), W), true, true), 1));
        AssertResults(All(target, V(0), 1), Bind(target));
        AssertResults(All(target, target, 0), Bind());
        AssertResults(All(target, target with { Write = false }, 0));
    }

    [Fact]
    [Trait("Rule", "Pat/expr")]
    public void Expr_StructuralOperators_MatchOperands()
    {
        AssertResults(All(Bin(BinaryOp.Concat, Str("abc"), Str("def")), Bin(BinaryOp.Concat, V(0), V(1)), 2), Bind(Str("abc"), Str("def")));
        var map = Map((Str("name"), Str("a")));
        AssertResults(All(Bin(BinaryOp.Interpolate, Str("${name}"), map), Bin(BinaryOp.Interpolate, V(0), V(1)), 2), Bind(Str("${name}"), map));
        var (lhs, rhs) = (Set(I(1), I(2), I(3)), Set(I(1), I(2)));
        AssertResults(All(Bin(BinaryOp.Diff, lhs, rhs), Bin(BinaryOp.Diff, V(0), V(1)), 2), Bind(lhs, rhs));
        AssertResults(All(new EUnary(UnaryOp.Neg, I(5)), new EUnary(UnaryOp.Neg, V(0)), 1), Bind(I(5)));
        AssertResults(All(Bin(BinaryOp.Add, I(1), I(2)), Bin(BinaryOp.Mul, V(0), V(1)), 2));
    }

    [Fact]
    [Trait("Rule", "Pat/expr")]
    public void Expr_OperatorWithoutReferenceCase_MatchesOnlyByEquality()
    {
        var sub = Bin(BinaryOp.Sub, I(2), I(1));
        AssertResults(All(sub, Bin(BinaryOp.Sub, V(0), I(1)), 1));
        AssertResults(All(sub, sub, 0), Bind());
        AssertResults(All(Bin(BinaryOp.Eq, I(2), I(1)), Bin(BinaryOp.Eq, V(0), W), 1));
    }

    [Fact]
    [Trait("Rule", "Pat/varref")]
    public void VarRef_AfterSubstitution_MatchesTheValue()
    {
        // for (@[=x, y] <- ...) with x = 5: the pattern under the binder, then x substituted.
        var open = L(new VarRef(0), V(0));
        var pattern = Substitution.Open(open, [I(5)]);
        AssertResults(All(L(I(5), I(6)), pattern, 1), Bind(I(6)));
        AssertResults(All(L(I(4), I(6)), pattern, 1));
    }

    [Fact]
    [Trait("Rule", "Pat/varref")]
    public void VarRef_Unsubstituted_IsACrash()
    {
        var ex = Assert.Throws<Errors.RhoException>(() => All(I(5), L(new VarRef(0)), 0));
        Assert.Equal(Errors.ErrorClass.Crash, ex.Error.Class);
    }

    [Fact]
    [Trait("Rule", "Pat/args")]
    public void Args_PositionwiseSameArity_Bind()
    {
        AssertResults(Args([I(1), I(2)], [V(0), V(1)], null, 2), Bind(I(1), I(2)));
        AssertResults(Args([I(1), I(2)], [V(0)], null, 1));
        AssertResults(Args([I(1)], [V(0), V(1)], null, 2));
        AssertResults(Args([L(I(1), I(2))], [LRem(V(1), V(0))], null, 2), Bind(I(1), L(I(2))));
        AssertResults(Args([], [], null, 0), Bind());
    }

    [Fact]
    [Trait("Rule", "Pat/args-rem")]
    public void ArgsRem_LeftoverArguments_BoundAsList()
    {
        AssertResults(Args([I(1), I(2), I(3)], [V(0)], V(1), 2), Bind(I(1), L(I(2), I(3))));
        AssertResults(Args([I(1)], [V(0)], V(1), 2), Bind(I(1), L()));
        AssertResults(Args([I(1), I(2)], [], V(0), 1), Bind(L(I(1), I(2))));
        AssertResults(Args([I(1), I(2)], [V(0)], W, 1), Bind(I(1)));
        AssertResults(Args([], [V(0)], V(1), 2));
    }
}
