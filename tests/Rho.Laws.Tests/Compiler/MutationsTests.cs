using Rho.Laws.Compiler;
using Rho.Semantics.Core;

namespace Rho.Laws.Tests.Compiler;

/// <summary>
/// The near-misses of <c>Law/canonical</c>: the term doubled, then one rewrite per Int leaf, send
/// and receive, in preorder, at most six: the Int plus one, the send's persistence flipped, the
/// receive's kind rotated.
/// </summary>
public class MutationsTests
{
    private static Send Out(Proc chan, params Proc[] args) => new(chan, Seq.Of(args), false);

    [Fact]
    public void Of_Send_DoubledThenTheSendThenEachIntInPreorder()
    {
        var p = Out(new GInt(1), new GInt(2));
        Assert.Equal(
            [
                new Par(Seq.Of<Proc>(p, p)),
                p with { Persistent = true },
                Out(new GInt(2), new GInt(2)),
                Out(new GInt(1), new GInt(3)),
            ],
            Mutations.Of(p));
    }

    [Fact]
    public void Of_Receive_RotatesTheKind()
    {
        Receive R(ReceiveKind kind) => new(Seq.Of(new ReceiveBind(Seq.Of<Proc>(new FreeVar(0)), new GString("c"), null, 1)), Nil.Instance, kind, 1);
        Assert.Equal(R(ReceiveKind.Persistent), Mutations.Of(R(ReceiveKind.Linear)).ElementAt(1));
        Assert.Equal(R(ReceiveKind.Peek), Mutations.Of(R(ReceiveKind.Persistent)).ElementAt(1));
        Assert.Equal(R(ReceiveKind.Linear), Mutations.Of(R(ReceiveKind.Peek)).ElementAt(1));
        Assert.Equal(2, Mutations.Of(R(ReceiveKind.Linear)).Count());
    }

    [Fact]
    public void Of_LeafAfterAReceive_IsRewrittenInItsTurn()
    {
        var r = new Receive(Seq.Of(new ReceiveBind(Seq.Of<Proc>(new FreeVar(0)), new GString("c"), null, 1)), new GInt(5), ReceiveKind.Linear, 1);
        Assert.Equal([new Par(Seq.Of<Proc>(r, r)), r with { Kind = ReceiveKind.Persistent }, r with { Body = new GInt(6) }], Mutations.Of(r));
    }

    [Fact]
    public void Of_ManyLeaves_AtMostSixRewrites()
    {
        var p = Out(new GString("c"), [.. Enumerable.Range(0, 9).Select(i => (Proc)new GInt(i))]);
        var all = Mutations.Of(p).ToList();
        Assert.Equal(7, all.Count);
        Assert.Equal(Out(new GString("c"), [.. Enumerable.Range(0, 9).Select(i => (Proc)new GInt(i == 4 ? 5 : i))]), all[6]);
    }

    [Fact]
    public void Of_NoLeaf_OnlyTheDoubling() => Assert.Equal([new Par(Seq.Of<Proc>(Nil.Instance, Nil.Instance))], Mutations.Of(Nil.Instance));
}
