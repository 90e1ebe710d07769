using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Compiler.Binary;

/// <summary>
/// The binary encoding of core terms in pool entries (spec/bytecode.md, "Terms"): a one-byte
/// tag per construct, then its fields in declaration order. The encoding is injective, so equal
/// bytes mean equal terms.
/// </summary>
internal static partial class TermCodec
{
    public static void Write(ByteWriter w, Proc p)
    {
        w.U8((byte)TagOf(p));
        switch (p)
        {
            case Nil or Wildcard:
                break;
            case Par par:
                Many(w, par.Procs);
                break;
            case Send s:
                Write(w, s.Chan);
                Many(w, s.Args);
                w.Bool(s.Persistent);
                break;
            case Receive r:
                w.U32(r.Binds.Count);
                foreach (var b in r.Binds)
                {
                    Many(w, b.Patterns);
                    Write(w, b.Source);
                    Optional(w, b.Remainder);
                    w.U32(b.FreeCount);
                }
                Write(w, r.Body);
                w.U8((byte)r.Kind);
                w.U32(r.BindCount);
                break;
            case New n:
                w.U32(n.Count);
                w.U32(n.Uris.Count);
                foreach (var u in n.Uris)
                {
                    w.String(u);
                }
                Write(w, n.Body);
                break;
            case Match m:
                Write(w, m.Target);
                w.U32(m.Cases.Count);
                foreach (var c in m.Cases)
                {
                    Write(w, c.Pattern);
                    Write(w, c.Body);
                    w.U32(c.FreeCount);
                }
                break;
            case Bundle b:
                Write(w, b.Body);
                w.Bool(b.Read);
                w.Bool(b.Write);
                break;
            case BoundVar v:
                w.U32(v.Index);
                break;
            case FreeVar v:
                w.U32(v.Level);
                break;
            case VarRef v:
                w.U32(v.Index);
                break;
            case GBool b:
                w.Bool(b.Value);
                break;
            case GInt i:
                w.I64(i.Value);
                break;
            case GBigInt i:
                w.Bytes(i.Value.ToByteArray());
                break;
            case GString s:
                w.String(s.Value);
                break;
            case GUri u:
                w.String(u.Value);
                break;
            case GByteArray b:
                w.Bytes(b.Bytes.Items.AsSpan());
                break;
            case GUnforgeable u:
                w.I64(u.Id);
                break;
            case GSysChannel c:
                w.String(c.Uri);
                break;
            case EList l:
                Many(w, l.Items);
                Optional(w, l.Remainder);
                break;
            case ETuple t:
                Many(w, t.Items);
                break;
            case ESet s:
                Many(w, s.Items);
                Optional(w, s.Remainder);
                break;
            case EMap m:
                w.U32(m.Pairs.Count);
                foreach (var kv in m.Pairs)
                {
                    Write(w, kv.Key);
                    Write(w, kv.Value);
                }
                Optional(w, m.Remainder);
                break;
            case EUnary u:
                w.U8((byte)u.Op);
                Write(w, u.Operand);
                break;
            case EBinary b:
                w.U8((byte)b.Op);
                Write(w, b.Left);
                Write(w, b.Right);
                break;
            case EMatches m:
                Write(w, m.Target);
                Write(w, m.Pattern);
                break;
            case EMethod m:
                w.String(m.Name);
                Write(w, m.Target);
                Many(w, m.Args);
                break;
            case ConnAnd c:
                Many(w, c.Parts);
                break;
            case ConnOr c:
                Many(w, c.Parts);
                break;
            case ConnNot c:
                Write(w, c.Body);
                break;
            case ConnType t:
                w.U8((byte)t.Type);
                break;
            default:
                // Stryker disable once String : unreachable — TagOf(p) above already raised this crash for any term without a tag
                throw RhoException.Crash($"TermCodec: unknown term {p.GetType().Name}");
        }
    }

    private static void Many(ByteWriter w, Seq<Proc> ps)
    {
        w.U32(ps.Count);
        foreach (var p in ps)
        {
            Write(w, p);
        }
    }

    private static void Optional(ByteWriter w, Proc? p)
    {
        w.Bool(p is not null);
        if (p is not null)
        {
            Write(w, p);
        }
    }

    /// <summary>The tag of each construct (spec/bytecode.md, "Terms").</summary>
    internal enum Tag : byte
    {
        Nil, Par, Send, Receive, New, Match, Bundle, BoundVar, FreeVar, Wildcard, GBool, GInt, GBigInt,
        GString, GUri, GByteArray, GUnforgeable, GSysChannel, EList, ETuple, ESet, EMap, EUnary, EBinary,
        EMatches, EMethod, ConnAnd, ConnOr, ConnNot, ConnType, VarRef,
    }

    private static Tag TagOf(Proc p) => p switch
    {
        Nil => Tag.Nil,
        Par => Tag.Par,
        Send => Tag.Send,
        Receive => Tag.Receive,
        New => Tag.New,
        Match => Tag.Match,
        Bundle => Tag.Bundle,
        BoundVar => Tag.BoundVar,
        FreeVar => Tag.FreeVar,
        Wildcard => Tag.Wildcard,
        GBool => Tag.GBool,
        GInt => Tag.GInt,
        GBigInt => Tag.GBigInt,
        GString => Tag.GString,
        GUri => Tag.GUri,
        GByteArray => Tag.GByteArray,
        GUnforgeable => Tag.GUnforgeable,
        GSysChannel => Tag.GSysChannel,
        EList => Tag.EList,
        ETuple => Tag.ETuple,
        ESet => Tag.ESet,
        EMap => Tag.EMap,
        EUnary => Tag.EUnary,
        EBinary => Tag.EBinary,
        EMatches => Tag.EMatches,
        EMethod => Tag.EMethod,
        ConnAnd => Tag.ConnAnd,
        ConnOr => Tag.ConnOr,
        ConnNot => Tag.ConnNot,
        ConnType => Tag.ConnType,
        VarRef => Tag.VarRef,
        _ => throw RhoException.Crash($"TermCodec: unknown term {p.GetType().Name}"),
    };
}
