using Rho.Semantics.Core;
using Rho.Semantics.Syntax;

namespace Rho.Semantics.Normalize;

/// <summary>
/// The desugarings that are rewrites of the syntax tree into other syntax (spec/normalization.md,
/// "Desugarings"). Each rewritten node carries the position of the construct it came from. Names
/// introduced by a rewrite contain <c>$</c>, which no Rholang identifier does, so they never
/// capture or shadow a user's variable.
/// </summary>
internal sealed class Desugar
{
    private int _next;

    /// <summary>A name no program can write.</summary>
    // Stryker disable once Update : counting down also gives distinct names; invented names never reach the core term (de Bruijn) nor an error message (they are never free or reused)
    public string Fresh(string hint) => $"{hint}${_next++}";

    /// <summary><c>Norm/contract</c>: <c>contract c(fs ...@r) = { P }</c> is <c>for (fs ...@r &lt;= c) { P }</c>.</summary>
    public static SFor Contract(SContract c) =>
        new(c.Pos, Seq.Of(new SReceipt(c.Pos, ReceiveKind.Persistent, Seq.Of(
            new SBind(c.Pos, c.Formals, c.Remainder, new SSimpleSource(c.Name.Pos, c.Name))))), c.Body);

    /// <summary>
    /// <c>Norm/if</c>: <c>if (b) P else Q</c> is <c>match b { true => P  false => Q }</c>; without
    /// <c>else</c>, Q is <c>Nil</c>. A non-Bool condition matches neither case.
    /// </summary>
    public static SMatch If(SIf i) =>
        new(i.Pos, i.Cond, Seq.Of(
            new SCase(i.Then.Pos, new SBool(i.Pos, true), i.Then),
            // Stryker disable once NullCoalescing : a case's own position is read by no one (ProcNormalizer.Match builds MatchCase without it; the body keeps its own position)
            new SCase(i.Else?.Pos ?? i.Pos, new SBool(i.Pos, false), i.Else ?? new SNil(i.Pos))));

    /// <summary>
    /// <c>Norm/send-sync</c>: <c>c!?(args); P</c> is <c>new r in { c!(*r, args) | for (_ &lt;- r) { P } }</c>,
    /// and <c>c!?(args).</c> the same with <c>Nil</c> for P.
    /// </summary>
    public SNew SendSync(SSendSync s)
    {
        var r = Fresh("ack");
        var rv = new SNameVar(s.Pos, r);
        var send = new SSend(s.Pos, s.Chan, false, Seq.Of<SProc>(new SEval(s.Pos, rv)).Concat(s.Args).ToSeq());
        var wait = new SFor(s.Pos, Seq.Of(new SReceipt(s.Pos, ReceiveKind.Linear, Seq.Of(
            new SBind(s.Pos, Seq.Of<SName>(new SNameWildcard(s.Pos)), null, new SSimpleSource(s.Pos, rv))))),
            s.Cont ?? new SNil(s.Pos));
        return new SNew(s.Pos, Seq.Of(new SNameDecl(s.Pos, r, null)), new SPar(s.Pos, send, wait));
    }

    /// <summary>
    /// <c>Norm/for-sequential</c>: <c>for (R1; R2; …; Rn) { P }</c> is
    /// <c>for (R1) { for (R2; …; Rn) { P } }</c>.
    /// </summary>
    public static SFor Sequential(SFor f)
    {
        var body = f.Body;
        for (var i = f.Receipts.Count - 1; i >= 1; i--)
        {
            body = new SFor(f.Receipts[i].Pos, Seq.Of(f.Receipts[i]), body);
        }
        return new SFor(f.Pos, Seq.Of(f.Receipts[0]), body);
    }

    /// <summary>True when a receipt has a bind whose source is <c>c?!</c> or <c>c!?(args)</c>.</summary>
    public static bool HasComplexSource(SReceipt r) => r.Binds.Any(b => b.Source is not SSimpleSource);

    /// <summary>
    /// <c>Norm/source-receive-send</c> and <c>Norm/source-send-receive</c>, for a join of one
    /// receipt. A bind <c>ps &lt;- c?!</c> becomes <c>r, ps &lt;- c</c> with <c>r!()</c> put in parallel
    /// with the body (the sender's acknowledgement channel is received first and answered). A
    /// bind <c>ps &lt;- c!?(args)</c> becomes <c>ps &lt;- r</c> for a new name r, with
    /// <c>c!(*r, args)</c> in parallel with the join, all under <c>new r</c>. Simple binds stay.
    /// </summary>
    public SProc ComplexSources(SFor f)
    {
        var receipt = f.Receipts[0];
        var binds = new List<SBind>();
        var fresh = new List<SNameDecl>();
        SProc sends = new SNil(f.Pos);
        var body = f.Body;
        foreach (var b in receipt.Binds)
        {
            switch (b.Source)
            {
                case SSimpleSource:
                    binds.Add(b);
                    break;
                case SReceiveSendSource rs:
                {
                    // Stryker disable once String : the hint only makes invented names readable; the counter alone keeps them distinct, and $ keeps them out of user identifiers
                    var r = new SNameVar(rs.Pos, Fresh("ack"));
                    binds.Add(new SBind(b.Pos, Seq.Of<SName>(r).Concat(b.Names).ToSeq(), b.Remainder, new SSimpleSource(rs.Pos, rs.Name)));
                    body = new SPar(rs.Pos, new SSend(rs.Pos, r, false, Seq<SProc>.Empty), body);
                    break;
                }
                case SSendReceiveSource sr:
                {
                    // Stryker disable once String : the hint only makes invented names readable; the counter alone keeps them distinct, and $ keeps them out of user identifiers
                    var r = new SNameVar(sr.Pos, Fresh("reply"));
                    fresh.Add(new SNameDecl(sr.Pos, r.Name, null));
                    binds.Add(new SBind(b.Pos, b.Names, b.Remainder, new SSimpleSource(sr.Pos, r)));
                    var args = Seq.Of<SProc>(new SEval(sr.Pos, r)).Concat(sr.Args).ToSeq();
                    sends = new SPar(sr.Pos, new SSend(sr.Pos, sr.Name, false, args), sends);
                    break;
                }
                default:
                    throw Errors.RhoException.Crash($"Desugar: unknown source {b.Source.GetType().Name}");
            }
        }
        var join = new SFor(f.Pos, Seq.Of(receipt with { Binds = binds.ToSeq() }), body);
        return fresh.Count == 0 ? join : new SNew(f.Pos, fresh.ToSeq(), new SPar(f.Pos, sends, join));
    }

    /// <summary>
    /// <c>Norm/let-concurrent</c>: <c>let d1 &amp; … &amp; dn in { P }</c>, with <c>di = psi ...@ri &lt;- vsi</c>, is
    /// <c>new v1, …, vn in { v1!(vs1) | … | vn!(vsn) | for (ps1 ...@r1 &lt;- v1 &amp; … &amp; psn ...@rn &lt;- vn) { P } }</c>.
    /// </summary>
    public SNew ConcurrentLet(SLet l)
    {
        // Stryker disable once String : the hint only makes invented names readable; the counter alone keeps them distinct, and $ keeps them out of user identifiers
        var names = l.Decls.Map(d => new SNameVar(d.Pos, Fresh("let")));
        SProc? par = null;
        for (var i = 0; i < l.Decls.Count; i++)
        {
            var send = new SSend(l.Decls[i].Pos, names[i], false, l.Decls[i].Values);
            par = par is null ? send : new SPar(l.Decls[i].Pos, par, send);
        }
        var binds = l.Decls.Items.Select((d, i) => new SBind(d.Pos, d.Names, d.Remainder, new SSimpleSource(d.Pos, names[i]))).ToSeq();
        var join = new SFor(l.Pos, Seq.Of(new SReceipt(l.Pos, ReceiveKind.Linear, binds)), l.Body);
        // Stryker disable once Conditional : unreachable branch: ConcurrentLet is only called for two or more declarations (ProcNormalizer.Let), so par is never null here
        SProc body = par is null ? join : new SPar(l.Pos, par, join);
        return new SNew(l.Pos, names.Map(n => new SNameDecl(n.Pos, n.Name, null)), body);
    }
}
