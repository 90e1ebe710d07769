using Rho.Semantics.Core;

namespace Rho.Semantics.Matching;

internal static partial class Matcher
{
    /// <summary>
    /// One target item against one plain pattern item that holds pattern terms: the two must be
    /// the same construct, and their parts match. Constructs the reference has no case for
    /// (comparisons, binary <c>-</c>, logical operators, method calls, <c>matches</c>, bundles,
    /// names) match nothing once they hold a pattern term.
    /// </summary>
    private static IEnumerable<Env> MatchItem(Proc t, Proc p, Env e, int d) => (t, p) switch
    {
        (Send ts, Send ps) => MatchSend(ts, ps, e, d),
        (Receive tr, Receive pr) => MatchReceive(tr, pr, e, d),
        (New tn, New pn) => MatchNew(tn, pn, e, d),
        (Match tm, Match pm) => MatchMatch(tm, pm, e, d),
        (EList tl, EList pl) => MatchList(tl, pl, e, d),
        (ETuple tt, ETuple pt) => MatchTuple(tt, pt, e, d),
        (ESet ts, ESet ps) => MatchSet(ts, ps, e, d),
        (EMap tm, EMap pm) => MatchMap(tm, pm, e, d),
        (EUnary tu, EUnary pu) => MatchUnary(tu, pu, e, d),
        (EBinary tb, EBinary pb) => MatchBinary(tb, pb, e, d),
        _ => [],
    };

    /// <summary>
    /// <c>Pat/send</c>: same persistence; the channels match; the arguments match position by
    /// position, and there are as many.
    /// </summary>
    private static IEnumerable<Env> MatchSend(Send t, Send p, Env e, int d) =>
        t.Persistent != p.Persistent || t.Args.Count != p.Args.Count
            ? []
            : Match(t.Chan, p.Chan, e, d).SelectMany(e1 => Zip(t.Args, p.Args, 0, (ti, pi, ei) => Match(ti, pi, ei, d), e1));

    /// <summary>
    /// <c>Pat/receive</c>: the same persistence (a peek counts as not persistent, as in the
    /// reference); the binds match as a multiset, one bind each, where a bind matches when its
    /// patterns are equal and its sources match (a bind without pattern terms must be equal
    /// outright); the bodies match under the binder.
    /// </summary>
    private static IEnumerable<Env> MatchReceive(Receive t, Receive p, Env e, int d)
    {
        if ((t.Kind == ReceiveKind.Persistent) != (p.Kind == ReceiveKind.Persistent) || t.Binds.Count != p.Binds.Count)
        {
            return [];
        }
        return Assignment.All(
                t.Binds,
                p.Binds,
                b => Pattern.HasVars(b.Source),
                (tb, pb, eb) => tb.Patterns == pb.Patterns ? Match(tb.Source, pb.Source, eb, d) : [],
                e)
            .SelectMany(a => Match(t.Body, p.Body, a.Env, d + 1));
    }

    /// <summary><c>Pat/new</c>: the same number of names; the bodies match under the binder.</summary>
    private static IEnumerable<Env> MatchNew(New t, New p, Env e, int d) =>
        t.Count == p.Count ? Match(t.Body, p.Body, e, d + 1) : [];

    /// <summary>
    /// <c>Pat/match</c>: the targets match; the cases match position by position, each with an
    /// equal pattern and a matching body (under the case's binder), and there are as many.
    /// </summary>
    private static IEnumerable<Env> MatchMatch(Match t, Match p, Env e, int d) =>
        t.Cases.Count != p.Cases.Count
            ? []
            : Match(t.Target, p.Target, e, d).SelectMany(e1 => Zip(
                t.Cases,
                p.Cases,
                0,
                (tc, pc, ec) => tc.Pattern == pc.Pattern ? Match(tc.Body, pc.Body, ec, d + 1) : [],
                e1));

    /// <summary><c>Pat/expr</c>: <c>not</c> and unary <c>-</c> match the same operator with a matching operand.</summary>
    private static IEnumerable<Env> MatchUnary(EUnary t, EUnary p, Env e, int d) =>
        t.Op == p.Op ? Match(t.Operand, p.Operand, e, d) : [];

    /// <summary>
    /// <c>Pat/expr</c>: <c>* / % %% + ++ --</c> match the same operator with matching operands,
    /// left then right. The other binary operators have no case in the reference.
    /// </summary>
    private static IEnumerable<Env> MatchBinary(EBinary t, EBinary p, Env e, int d) =>
        t.Op == p.Op && Structural(p.Op)
            ? Match(t.Left, p.Left, e, d).SelectMany(e1 => Match(t.Right, p.Right, e1, d))
            : [];

    private static bool Structural(BinaryOp op) => op is BinaryOp.Mul or BinaryOp.Div or BinaryOp.Mod
        or BinaryOp.Interpolate or BinaryOp.Add or BinaryOp.Concat or BinaryOp.Diff;
}
