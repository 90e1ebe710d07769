using Rho.Semantics.Congruence;
using Rho.Semantics.Core;

namespace Rho.Semantics.Tests.Congruence;

public class CanonTests
{
    private static readonly Proc One = new GInt(1), Two = new GInt(2), Three = new GInt(3);

    private static Par P(params Proc[] ps) => new(ps.ToSeq());

    private static Send Out(Proc chan, params Proc[] args) => new(chan, args.ToSeq(), false);

    private static Proc C(Proc p) => Canon.Of(p);

    /// <summary>Canonical Pars: at least two items, none a Par or Nil, sorted by ParItems.</summary>
    private static bool IsCanonicalShape(Proc p) =>
        (p is not Par par || (par.Procs.Count >= 2
            && par.Procs.All(q => q is not Par and not Nil)
            && par.Procs.Zip(par.Procs.Skip(1)).All(t => ProcOrder.ParItems.Compare(t.First, t.Second) <= 0)))
        && Traversal.Children(p).All(c => IsCanonicalShape(c.Child));

    [Fact]
    [Trait("Rule", "Cong/par-nil")]
    public void ParNil_NilIsTheUnit()
    {
        Assert.Equal(One, C(P(One, Nil.Instance)));
        Assert.Equal(Nil.Instance, C(P(Nil.Instance, P(Nil.Instance))));
        Assert.Equal(Nil.Instance, C(P()));
        Assert.Equal(Out(One, Two), C(Out(P(Nil.Instance, One), P(Two, Nil.Instance))));
    }

    [Fact]
    [Trait("Rule", "Cong/par-comm")]
    public void ParComm_OrderOfItemsIsForgotten()
    {
        Assert.Equal(C(P(One, Two)), C(P(Two, One)));
        Assert.Equal(P(One, Two), C(P(Two, One)));
        var send = Out(Nil.Instance, One);
        Assert.Equal(P(send, Three), C(P(Three, send))); // the reference's Par lists sends before expressions
    }

    [Fact]
    [Trait("Rule", "Cong/par-assoc")]
    public void ParAssoc_NestingIsFlattened()
    {
        Assert.Equal(P(One, Two, Three), C(P(P(One, Two), Three)));
        Assert.Equal(C(P(P(One, Two), Three)), C(P(One, P(Two, Three))));
    }

    [Fact]
    [Trait("Category", "Slow")] // left out of mutation runs (tests/Rho.Semantics.Tests/stryker-config.json)
    [Trait("Rule", "Cong/par-assoc")]
    public void ParAssoc_DeepAndLongPars_DoNotOverflow()
    {
        Proc deep = Nil.Instance;
        for (var i = 0; i < 100_000; i++)
        {
            deep = P(new GInt(i % 7), deep);
        }
        var flat = P(Enumerable.Range(0, 100_000).Select(i => (Proc)new GInt(i % 7)).ToArray());
        Assert.Equal(C(flat), C(deep));
        Assert.Equal(100_000, ((Par)C(deep)).Procs.Count);
    }

    [Fact]
    [Trait("Rule", "Cong/par-comm")]
    [Trait("Rule", "Cong/par-assoc")]
    [Trait("Rule", "Cong/par-nil")]
    [Trait("Rule", "Cong/set")]
    public void Scrambled_RandomTerms_HaveTheSameCanonicalForm()
    {
        for (var seed = 0; seed < 400; seed++)
        {
            var p = CoreGen.Term(seed);
            var q = Transforms.Scramble(p, new Random(seed));
            Assert.Equal(C(p), C(q));
        }
    }

    [Fact]
    [Trait("Rule", "Cong/alpha")]
    public void Alpha_PatternVariableNumberingIsForgotten()
    {
        // for (@[x, y] <- "c") { x!(y) }  and the same with x, y numbered the other way.
        var a = new Receive(Seq.Of(new ReceiveBind(Seq.Of<Proc>(new EList(Seq.Of<Proc>(new FreeVar(0), new FreeVar(1)), null)), new GString("c"), null, 2)),
            Out(new BoundVar(0), new BoundVar(1)), ReceiveKind.Linear, 2);
        var b = new Receive(Seq.Of(new ReceiveBind(Seq.Of<Proc>(new EList(Seq.Of<Proc>(new FreeVar(1), new FreeVar(0)), null)), new GString("c"), null, 2)),
            Out(new BoundVar(1), new BoundVar(0)), ReceiveKind.Linear, 2);
        Assert.Equal(C(a), C(b));
        Assert.NotEqual(C(a), C(b with { Body = Out(new BoundVar(0), new BoundVar(1)) }));
    }

    [Fact]
    [Trait("Rule", "Cong/alpha")]
    public void Alpha_SymmetricPattern_ChoosesTheLeastBody()
    {
        // match 5 { x | y => x!(1) | y!(2) }  ≡  match 5 { y | x => … }: the pattern cannot tell x from y.
        Proc Case(int x, int y) => new Match(new GInt(5), Seq.Of(new MatchCase(P(new FreeVar(0), new FreeVar(1)),
            P(Out(new BoundVar(x), One), Out(new BoundVar(y), Two)), 2)));
        Assert.Equal(C(Case(0, 1)), C(Case(1, 0)));
    }

    [Fact]
    [Trait("Rule", "Cong/alpha")]
    public void Alpha_SymmetricPattern_TheChosenBodyIsTheLeastOfItsNumberings()
    {
        // match 5 { x | y => x!(1) | y!(2) }: the body numbered either way; the canonical case keeps the least.
        var asWritten = C(P(Out(new BoundVar(0), One), Out(new BoundVar(1), Two)));
        var swapped = C(P(Out(new BoundVar(1), One), Out(new BoundVar(0), Two)));
        Assert.NotEqual(asWritten, swapped);
        var least = ProcOrder.Instance.Compare(asWritten, swapped) < 0 ? asWritten : swapped;
        var m = (Match)C(new Match(new GInt(5), Seq.Of(new MatchCase(P(new FreeVar(0), new FreeVar(1)), asWritten, 2))));
        Assert.Equal(least, Assert.Single(m.Cases).Body);
    }

    [Fact]
    [Trait("Rule", "Cong/alpha")]
    [Trait("Rule", "Cong/join-order")]
    public void Alpha_RandomRenumberingAndBindOrder_HaveTheSameCanonicalForm()
    {
        for (var seed = 0; seed < 400; seed++)
        {
            var p = CoreGen.Term(seed);
            var q = Transforms.Rename(p, new Random(seed));
            Assert.Equal(C(p), C(q));
        }
    }

    [Fact]
    [Trait("Rule", "Cong/join-order")]
    public void JoinOrder_BindsSortedAndBodyVariablesFollow()
    {
        // for (x <- "b" & y <- "a") { x!(y) }  ≡  for (y <- "a" & x <- "b") { x!(y) }
        static ReceiveBind Bind(string ch) => new(Seq.Of<Proc>(new FreeVar(0)), new GString(ch), null, 1);
        var r1 = new Receive(Seq.Of(Bind("b"), Bind("a")), Out(new BoundVar(0), new BoundVar(1)), ReceiveKind.Linear, 2);
        var r2 = new Receive(Seq.Of(Bind("a"), Bind("b")), Out(new BoundVar(1), new BoundVar(0)), ReceiveKind.Linear, 2);
        Assert.Equal(C(r1), C(r2));
        var canon = (Receive)C(r1);
        Assert.Equal(new GString("a"), canon.Binds[0].Source);
        Assert.Equal(Out(new BoundVar(1), new BoundVar(0)), canon.Body);
    }

    [Fact]
    [Trait("Rule", "Cong/set")]
    public void Set_SortedAndDeduplicated()
    {
        var s = C(new ESet(Seq.Of(Two, One, Two, P(One, Nil.Instance)), null));
        Assert.Equal(new ESet(Seq.Of(One, Two), null), s);
    }

    [Fact]
    [Trait("Rule", "Cong/map")]
    public void Map_SortedByKey_LaterDuplicateKeyWins()
    {
        var m = C(new EMap(Seq.Of(new KeyValue(new GString("b"), One), new KeyValue(new GString("a"), One), new KeyValue(new GString("b"), Two)), null));
        Assert.Equal(new EMap(Seq.Of(new KeyValue(new GString("a"), One), new KeyValue(new GString("b"), Two)), null), m);
    }

    [Fact]
    [Trait("Rule", "Cong/bundle-nest")]
    public void BundleNest_NestedBundlesMergeWithAndedPermissions()
    {
        var x = new GString("x");
        Assert.Equal(new Bundle(x, false, false), C(new Bundle(new Bundle(x, true, false), false, true)));
        Assert.Equal(new Bundle(x, false, true), C(new Bundle(new Bundle(x, true, true), true, true) with { Write = true, Read = false }));
        Assert.Equal(new Bundle(x, true, true), C(new Bundle(P(new Bundle(x, true, true), Nil.Instance), true, true)));
        Assert.Equal(new Bundle(x, true, false), C(new Bundle(new Bundle(new Bundle(x, true, true), true, false), true, true)));
    }

    [Fact]
    [Trait("Rule", "Cong/quote-eval")]
    [Trait("Rule", "Cong/eval-quote")]
    public void QuoteEval_HoldByRepresentation_NoQuoteOrEvalNode()
    {
        var kinds = typeof(Proc).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Proc))).Select(t => t.Name).ToList();
        Assert.DoesNotContain(kinds, n => n.Contains("Quote", StringComparison.Ordinal) || n.Contains("Eval", StringComparison.Ordinal) || n.Contains("Deref", StringComparison.Ordinal));
        // The name @{1 | 2} used as a channel is the process 1 | 2 itself: c!(…) on it equals c!(…) on 2 | 1.
        Assert.Equal(C(Out(P(One, Two), Nil.Instance)), C(Out(P(Two, One), Nil.Instance)));
    }

    [Fact]
    [Trait("Rule", "Law/canon-idempotent")]
    public void Canon_RandomTerms_IdempotentAndCanonicalShape()
    {
        for (var seed = 0; seed < 500; seed++)
        {
            var c = C(CoreGen.Term(seed));
            Assert.Equal(c, C(c));
            Assert.True(IsCanonicalShape(c), c.ToString());
        }
    }

    [Fact]
    [Trait("Rule", "Law/canon-idempotent")]
    public void Canon_DeepNesting_RunsOnTheDeepStack()
    {
        Proc p = Nil.Instance;
        for (var i = 0; i < 10_000; i++)
        {
            p = Out(new GString("c"), P(p, Nil.Instance));
        }
        var c = DeepStack.Run(() => Canon.Of(p));
        Assert.True(DeepStack.Run(() => Canon.Equivalent(c, p)));
    }
}
