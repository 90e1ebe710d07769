using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Matching;
using static Rho.Semantics.Tests.Matching.MatchTerms;

namespace Rho.Semantics.Tests.Matching;

/// <summary>
/// The matcher's parts against their documented contracts: one target per group of equal targets
/// (<see cref="Assignment"/>), splits in target order (<see cref="SubPars"/>), the bounds of
/// <c>\/</c> (<see cref="ItemBounds"/>), the newest binding winning (<see cref="Env"/>), and
/// the Crash raised for each pattern that breaks the contract (spec/matching.md, "Interface").
/// </summary>
public class MatchMutInternalsTests
{
    private const int Exprs = 3;

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Assignment_EqualTargets_OnlyOneOfThemIsTried()
    {
        // [x] against [1], [1], [2]: taking the first or the second [1] is the same assignment.
        List<Proc> targets = [L(I(1)), L(I(1)), L(I(2))];
        var results = Assignment.All(targets, [L(V(0))], Pattern.HasVars, (t, p, e) => Matcher.Match(t, p, e, 0), Env.Empty)
            .Select(a => (a.Env.ToArray(1)[0], string.Join(",", a.Left)))
            .ToList();
        Assert.Equal([(I(1), "1,2"), (I(2), "0,1")], results);
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void SubPars_TakenAndLeft_KeepTargetOrder()
    {
        // 1 | 2 | 1 (equal items apart): each split lists its indices ascending.
        List<Proc> targets = [I(1), I(2), I(1)];
        var splits = SubPars.Within(targets, Assignment.Groups(targets), [0, 1, 2], ItemBounds.Any, ItemBounds.Any)
            .Select(s => $"{string.Join(",", s.Taken)}|{string.Join(",", s.Left)}")
            .ToList();
        Assert.Equal(["|0,1,2", "1|0,2", "0|1,2", "0,1|2", "0,2|1", "0,1,2|"], splits);
    }

    [Fact]
    [Trait("Rule", "Pat/or")]
    public void Bounds_Or_SmallestLowerAndLargestUpperOfItsParts()
    {
        // 1 | ~Nil \/ 1 | 2: at least one expression, at most unbounded.
        var or = ItemBounds.OfConnective(Or(P(I(1), Not(Empty)), P(I(1), I(2))));
        Assert.Equal((1, ItemBounds.Unbounded), (or.Min[Exprs], or.Max[Exprs]));
        // 1 \/ 1 | 2 | 3 \/ 1 | 2: the middle part decides the upper bound, the first the lower.
        var three = ItemBounds.OfConnective(Or(I(1), P(I(1), I(2), I(3)), P(I(1), I(2))));
        Assert.Equal((1, 3), (three.Min[Exprs], three.Max[Exprs]));
        Assert.Equal((0, 0), (three.Min[0], three.Max[0]));
    }

    [Fact]
    [Trait("Rule", "Pat/list")]
    public void Env_SameVariableBoundTwice_TheLaterBindingWins()
    {
        // Not a valid pattern (the normalizer rejects reuse); spec/matching.md, "Bindings".
        AssertResults(All(L(I(1), I(2)), L(V(0), V(0)), 1), Bind(I(2)));
    }

    [Fact]
    [Trait("Rule", "Pat/var")]
    public void Crash_VariableAtOrAboveTheFreeCount()
    {
        AssertCrash("matcher: pattern variable 1 is outside the binder of 1", () => All(I(5), V(1), 1));
        AssertCrash("matcher: pattern variable 2 is outside the binder of 1", () => All(L(I(5), I(6)), L(V(0), V(2)), 1));
    }

    [Fact]
    [Trait("Rule", "Pat/varref")]
    public void Crash_VarRefInThePattern()
    {
        AssertCrash("matcher: a var ref reached the matcher; patterns are substituted first", () => All(I(5), L(new VarRef(0)), 0));
    }

    [Fact]
    [Trait("Rule", "Pat/set-rem")]
    [Trait("Rule", "Pat/map-rem")]
    public void Crash_RemainderNeitherVariableNorWildcard()
    {
        AssertCrash("matcher: a remainder must be a pattern variable or a wildcard, not GInt", () => All(Set(I(5)), SetRem(I(1), V(0)), 1));
        AssertCrash("matcher: a remainder must be a pattern variable or a wildcard, not GString", () => All(Map((I(5), I(6))), MapRem(Str("r"), (V(0), W)), 1));
    }

    [Fact]
    [Trait("Rule", "Pat/type")]
    public void Crash_UnknownTypeConnective()
    {
        AssertCrash("matcher: unknown type connective 99", () => All(I(5), Ty((SimpleType)99), 0));
    }

    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Crash_BoundsOfSomethingNotAnItemOrConnective()
    {
        AssertCrash("matcher: a par item is never a Par or Nil", () => ItemBounds.KindOf(P(I(1), I(2))));
        AssertCrash("matcher: a par item is never a Par or Nil", () => ItemBounds.KindOf(Empty));
        AssertCrash("matcher: GInt is not a connective", () => ItemBounds.OfConnective(I(1)));
    }

    private static void AssertCrash(string message, Func<object> act)
    {
        var ex = Assert.Throws<RhoException>(act);
        Assert.Equal(ErrorClass.Crash, ex.Error.Class);
        Assert.Equal(message, ex.Error.Message);
    }
}
