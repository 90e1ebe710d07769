using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Normalize;
using Rho.Semantics.Syntax;

namespace Rho.Semantics.Tests.Normalize;

/// <summary>Short constructors of expected core terms, and the normalizer on source text.</summary>
internal static class Terms
{
    public static Proc Norm(string source) => Normalizer.Normalize(RhoParser.Parse(source));

    /// <summary>Normalizing fails with an Invalid error of <paramref name="kind"/> at line 1, column <paramref name="col"/>.</summary>
    public static RhoError Fails(string source, string kind, int col, int line = 1)
    {
        var e = Assert.Throws<RhoException>(() => Norm(source));
        Assert.Equal(ErrorClass.Invalid, e.Error.Class);
        Assert.Equal(kind, e.Error.Kind);
        Assert.Equal(new SourcePos(line, col), e.Error.Pos);
        return e.Error;
    }

    public static readonly Proc Nl = Nil.Instance;

    public static Proc I(long v) => new GInt(v);

    public static Proc B(bool v) => new GBool(v);

    public static Proc S(string v) => new GString(v);

    public static Proc V(int i) => new BoundVar(i);

    public static Proc F(int k) => new FreeVar(k);

    public static Proc W => Wildcard.Instance;

    public static Proc Ref(int i) => new VarRef(i);

    public static Proc Snd(Proc chan, params Proc[] args) => new Send(chan, Seq.Of(args), false);

    public static Proc Pr(params Proc[] ps) => new Par(Seq.Of(ps));

    public static Proc Lst(params Proc[] items) => new EList(Seq.Of(items), null);

    public static Proc LstRem(Proc rem, params Proc[] items) => new EList(Seq.Of(items), rem);

    public static Proc NewN(int n, Proc body) => new New(n, Seq<string>.Empty, body);

    public static ReceiveBind Bind(Proc source, int free, params Proc[] patterns) => new(Seq.Of(patterns), source, null, free);

    public static Proc Rcv(Proc body, int count, params ReceiveBind[] binds) =>
        new Receive(Seq.Of(binds), body, ReceiveKind.Linear, count);

    public static Proc Mt(Proc target, params MatchCase[] cases) => new Match(target, Seq.Of(cases));

    public static MatchCase Case(Proc pattern, Proc body, int free) => new(pattern, body, free);
}
