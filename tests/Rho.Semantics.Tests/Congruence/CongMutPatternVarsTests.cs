using Rho.Semantics.Congruence;
using Rho.Semantics.Core;

namespace Rho.Semantics.Tests.Congruence;

/// <summary>
/// Cong/alpha: how the variables of one pattern binder are numbered (spec/congruence.md §2,
/// "Pattern binders"): first occurrence in the erased traversal of Pars, sets, maps and
/// remainders for binders of more than 6 variables, the exact choice for 6 or fewer.
/// </summary>
public class CongMutPatternVarsTests
{
    private static readonly Proc One = new GInt(1), Two = new GInt(2);

    private static Proc F(int k) => new FreeVar(k);

    private static Proc B(int k) => new BoundVar(k);

    private static Receive Recv(Proc pattern, int count, Proc body) =>
        new(Seq.Of(new ReceiveBind(Seq.Of(pattern), Nil.Instance, null, count)), body, ReceiveKind.Linear, count);

    /// <summary>
    /// A 9-variable binder: position i of the pattern holds variable v[i], and the body lists
    /// the variables in position order. Every v gives the same binder up to names.
    /// </summary>
    private static Receive Spread(int[] v) => Recv(
        new EList(
            Seq.Of(
                F(v[0]),
                new ESet(Seq.Of(F(v[1])), null),
                new ESet(Seq.Of(One), F(v[2])),
                new EMap(Seq.Of(new KeyValue(F(v[3]), One)), null),
                new EMap(Seq.Of(new KeyValue(One, F(v[4]))), null),
                new EMap(Seq<KeyValue>.Empty, F(v[5])),
                new Par(Seq.Of(F(v[6]), One)),
                new ESet(Seq.Of<Proc>(new ETuple(Seq.Of(F(v[7]), Two)), new ETuple(Seq.Of(F(v[8]), One))), null)),
            null),
        9,
        new ETuple(v.Select(B).ToSeq()));

    [Fact]
    [Trait("Rule", "Cong/alpha")]
    public void FirstOccurrence_NumbersVariablesInTheErasedTraversalOrder()
    {
        // List items in order; set items, set and map remainders, map keys and values, Par items;
        // the two tuples of the last set are visited as (_, 1) before (_, 2).
        var expected = Recv(
            new EList(
                Seq.Of(
                    F(0),
                    new ESet(Seq.Of(F(1)), null),
                    new ESet(Seq.Of(One), F(2)),
                    new EMap(Seq.Of(new KeyValue(F(3), One)), null),
                    new EMap(Seq.Of(new KeyValue(One, F(4))), null),
                    new EMap(Seq<KeyValue>.Empty, F(5)),
                    new Par(Seq.Of(One, F(6))),
                    new ESet(Seq.Of<Proc>(new ETuple(Seq.Of(F(7), One)), new ETuple(Seq.Of(F(8), Two))), null)),
                null),
            9,
            new ETuple(Seq.Of(B(0), B(1), B(2), B(3), B(4), B(5), B(6), B(8), B(7))));
        Assert.Equal(expected, Canon.Of(Spread([0, 1, 2, 3, 4, 5, 6, 7, 8])));
    }

    [Theory]
    [Trait("Rule", "Cong/alpha")]
    [InlineData(new[] { 8, 7, 6, 5, 4, 3, 2, 1, 0 })]
    [InlineData(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 0 })]
    [InlineData(new[] { 3, 0, 8, 1, 6, 2, 5, 7, 4 })]
    public void FirstOccurrence_RenumberedBindersOfManyVariables_AreEquivalent(int[] v) =>
        Assert.Equal(Canon.Of(Spread([0, 1, 2, 3, 4, 5, 6, 7, 8])), Canon.Of(Spread(v)));

    /// <summary><c>for (@Set(x0, …, x(n-1)) &lt;- Nil) { @xa!(xb) }</c>.</summary>
    private static Receive SetOf(int n, int a, int b) => Recv(
        new ESet(Enumerable.Range(0, n).Select(F).ToSeq(), null),
        n,
        new Send(B(a), Seq.Of(B(b)), false));

    [Fact]
    [Trait("Rule", "Cong/alpha")]
    public void ExactChoice_SixVariableSymmetricPattern_IdentifiesSwappedBodies()
    {
        Assert.True(Canon.Equivalent(SetOf(6, 4, 5), SetOf(6, 5, 4)));
        Assert.False(Canon.Equivalent(SetOf(6, 4, 5), SetOf(6, 5, 5)));
    }

    [Fact]
    [Trait("Rule", "Cong/alpha")]
    public void Limits_SevenVariableSymmetricPattern_FallsBackToFirstOccurrence()
    {
        // spec/congruence.md §4: beyond 6 variables the symmetry of a set pattern is not explored.
        Assert.False(Canon.Equivalent(SetOf(7, 5, 6), SetOf(7, 6, 5)));
        Assert.True(Canon.Equivalent(SetOf(7, 5, 6), SetOf(7, 5, 6)));
    }

    [Fact]
    [Trait("Rule", "Cong/alpha")]
    public void VarRefsInTheBody_ArePermutedWithThePatternVariables()
    {
        // for (@q <- @1) { for (@Set(a, b) <- @0) { new z in { match [5, 6] { [=a, =q] => @b!(*z) } } } }
        // with a and b swapped in the body: ≡, since Set(a, b) is symmetric.
        static Proc Inner(int refVar, int sendVar)
        {
            var kase = new MatchCase(new EList(Seq.Of<Proc>(new VarRef(1 + refVar), new VarRef(3)), null), new Send(B(1 + sendVar), Seq.Of(B(0)), false), 0);
            var body = new New(1, Seq<string>.Empty, new Match(new EList(Seq.Of<Proc>(new GInt(5), new GInt(6)), null), Seq.Of(kase)));
            var inner = new Receive(Seq.Of(new ReceiveBind(Seq.Of<Proc>(new ESet(Seq.Of(F(0), F(1)), null)), new GInt(0), null, 2)), body, ReceiveKind.Linear, 2);
            return new Receive(Seq.Of(new ReceiveBind(Seq.Of(F(0)), One, null, 1)), inner, ReceiveKind.Linear, 1);
        }
        Assert.True(Canon.Equivalent(Inner(0, 1), Inner(1, 0)));
        Assert.False(Canon.Equivalent(Inner(0, 1), Inner(0, 0)));
    }

    [Fact]
    [Trait("Rule", "Cong/alpha")]
    public void IllFormedBinders_AreCanonicalizedWithoutCrashing()
    {
        // A pattern level beyond the binder's count, and a bind count below its binds' total,
        // are rejected by the verifier; Canon stays total on them and leaves them as they are.
        var kase = new MatchCase(new ETuple(Seq.Of(F(1), F(0), F(2))), Nil.Instance, 2);
        var match = (Match)Canon.Of(new Match(One, Seq.Of(kase)));
        Assert.Equal(new ETuple(Seq.Of(F(0), F(1), F(2))), match.Cases[0].Pattern);
        var recv = new Receive(Seq.Of(new ReceiveBind(Seq.Of(F(0), F(1)), One, null, 2)), B(1), ReceiveKind.Linear, 1);
        Assert.Equal(recv, Canon.Of(recv));
    }

    /// <summary>The sends <c>@xa!(xb)</c>, one per pair, in parallel: one pattern.</summary>
    private static Seq<Proc> Sends(params (int A, int B)[] pairs) =>
        Seq.Of(Canon.Of(new Par(pairs.Select(p => (Proc)new Send(F(p.A), Seq.Of(F(p.B)), false)).ToSeq())));

    [Fact]
    [Trait("Rule", "Cong/alpha")]
    public void Limits_RenumberingRounds_StopAtTheRoundLimit()
    {
        // x5!(x3) | x6!(x0) | x4!(x1) | x2!(x5), 7 variables (beyond the exact choice). Sends of one
        // shape tie in the erased order, so they are visited in canonical order, which the renumbering
        // changes. Round 1 visits x2!(x5) x4!(x1) x5!(x3) x6!(x0): x2 x5 x4 x1 x3 x6 x0 become x0 … x6.
        // Round 2 visits x0!(x1) x1!(x4) x2!(x3) x5!(x6): x4 becomes x2 and x2, x3 become x3, x4.
        // Round 3 finds the numbering settled.
        var pattern = Sends((5, 3), (6, 0), (4, 1), (2, 5));
        var (oneRound, oneRoundPerms) = PatternVars.Canonical(pattern, 7, 1);
        Assert.Equal(Sends((0, 1), (1, 4), (2, 3), (5, 6)), oneRound);
        Assert.Equal([6, 3, 0, 4, 2, 1, 5], Assert.Single(oneRoundPerms));
        foreach (var (settled, settledPerms) in new[] { PatternVars.Canonical(pattern, 7, 2), PatternVars.Canonical(pattern, 7) })
        {
            Assert.Equal(Sends((0, 1), (1, 2), (3, 4), (5, 6)), settled);
            Assert.Equal([6, 4, 0, 2, 3, 1, 5], Assert.Single(settledPerms));
        }
    }
}
