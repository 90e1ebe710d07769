using Rho.Semantics.Core;

namespace Rho.Semantics.Syntax;

// The concrete syntax tree of reference Rholang (spec/syntax.md). One leaf per production of
// rholang_mercury.cf, with parenthesised forms and coercions dropped. Every node records the
// position of its first token. The normalizer turns it into a core term (Core/Proc.cs).

/// <summary>A process in concrete syntax.</summary>
public abstract record SProc(SourcePos Pos);

/// <summary><c>p | q</c> (PPar).</summary>
public sealed record SPar(SourcePos Pos, SProc Left, SProc Right) : SProc(Pos);

/// <summary><c>Nil</c> (PNil).</summary>
public sealed record SNil(SourcePos Pos) : SProc(Pos);

/// <summary><c>true</c> / <c>false</c>.</summary>
public sealed record SBool(SourcePos Pos, bool Value) : SProc(Pos);

/// <summary>An Int literal, kept as its digits (the normalizer checks the 64-bit range).</summary>
public sealed record SInt(SourcePos Pos, string Digits) : SProc(Pos);

/// <summary><c>BigInt(digits)</c>.</summary>
public sealed record SBigInt(SourcePos Pos, string Digits) : SProc(Pos);

/// <summary>A string literal: the text between the quotes, escapes as written.</summary>
public sealed record SString(SourcePos Pos, string Raw) : SProc(Pos);

/// <summary>A URI literal: the text between the backquotes, escapes as written.</summary>
public sealed record SUri(SourcePos Pos, string Raw) : SProc(Pos);

/// <summary><c>[items ...rem]</c>.</summary>
public sealed record SList(SourcePos Pos, Seq<SProc> Items, SProcVar? Remainder) : SProc(Pos);

/// <summary><c>(p,)</c> or <c>(p, q, …)</c>.</summary>
public sealed record STuple(SourcePos Pos, Seq<SProc> Items) : SProc(Pos);

/// <summary><c>Set(items ...rem)</c>.</summary>
public sealed record SSet(SourcePos Pos, Seq<SProc> Items, SProcVar? Remainder) : SProc(Pos);

/// <summary><c>{k: v, … ...rem}</c>.</summary>
public sealed record SMap(SourcePos Pos, Seq<SKeyValue> Pairs, SProcVar? Remainder) : SProc(Pos);

/// <summary>One <c>key : value</c> of a map literal.</summary>
public sealed record SKeyValue(SProc Key, SProc Value);

/// <summary>A process variable or <c>_</c> (PVar).</summary>
public sealed record SVar(SourcePos Pos, SProcVar Var) : SProc(Pos);

/// <summary>A process variable: a name, or the wildcard when <see cref="Name"/> is null.</summary>
public sealed record SProcVar(SourcePos Pos, string? Name)
{
    /// <summary>True for <c>_</c>.</summary>
    public bool IsWildcard => Name is null;
}

/// <summary><c>=x</c> (proc ref) or <c>=*x</c> (name ref) (PVarRef).</summary>
public sealed record SVarRef(SourcePos Pos, string Name, bool IsName) : SProc(Pos);

/// <summary>A type connective <c>Bool Int BigInt String Uri ByteArray</c> (PSimpleType).</summary>
public sealed record SSimpleType(SourcePos Pos, SimpleType Type) : SProc(Pos);

/// <summary><c>~p</c> (PNegation).</summary>
public sealed record SNegation(SourcePos Pos, SProc Body) : SProc(Pos);

/// <summary><c>p /\ q</c> (PConjunction).</summary>
public sealed record SConjunction(SourcePos Pos, SProc Left, SProc Right) : SProc(Pos);

/// <summary><c>p \/ q</c> (PDisjunction).</summary>
public sealed record SDisjunction(SourcePos Pos, SProc Left, SProc Right) : SProc(Pos);

/// <summary><c>*n</c> (PEval).</summary>
public sealed record SEval(SourcePos Pos, SName Name) : SProc(Pos);

/// <summary><c>p.m(args)</c> (PMethod).</summary>
public sealed record SMethod(SourcePos Pos, SProc Target, string Name, Seq<SProc> Args) : SProc(Pos);

/// <summary><c>not p</c> or <c>-p</c> (PNot, PNeg).</summary>
public sealed record SUnary(SourcePos Pos, UnaryOp Op, SProc Operand) : SProc(Pos);

/// <summary>A binary operator application (PMult … PShortOr).</summary>
public sealed record SBinary(SourcePos Pos, BinaryOp Op, SProc Left, SProc Right) : SProc(Pos);

/// <summary><c>p matches q</c> (PMatches).</summary>
public sealed record SMatches(SourcePos Pos, SProc Target, SProc Pattern) : SProc(Pos);

/// <summary><c>n!(args)</c> or <c>n!!(args)</c> (PSend).</summary>
public sealed record SSend(SourcePos Pos, SName Chan, bool Persistent, Seq<SProc> Args) : SProc(Pos);

/// <summary><c>n!?(args).</c> or <c>n!?(args); p</c> (PSendSynch); <see cref="Cont"/> is null for <c>.</c>.</summary>
public sealed record SSendSync(SourcePos Pos, SName Chan, Seq<SProc> Args, SProc? Cont) : SProc(Pos);

/// <summary><c>contract n(formals ...@rem) = { body }</c> (PContr).</summary>
public sealed record SContract(SourcePos Pos, SName Name, Seq<SName> Formals, SProcVar? Remainder, SProc Body) : SProc(Pos);

/// <summary><c>for (r1; …; rn) { body }</c> (PInput): sequential receipts, each a join.</summary>
public sealed record SFor(SourcePos Pos, Seq<SReceipt> Receipts, SProc Body) : SProc(Pos);

/// <summary>One receipt: binds joined by <c>&amp;</c>, all of one kind.</summary>
public sealed record SReceipt(SourcePos Pos, ReceiveKind Kind, Seq<SBind> Binds);

/// <summary><c>names ...@rem &lt;- source</c> (or <c>&lt;=</c>, <c>&lt;&lt;-</c>).</summary>
public sealed record SBind(SourcePos Pos, Seq<SName> Names, SProcVar? Remainder, SSource Source);

/// <summary>The source of a bind.</summary>
public abstract record SSource(SourcePos Pos);

/// <summary><c>n</c> (SimpleSource).</summary>
public sealed record SSimpleSource(SourcePos Pos, SName Name) : SSource(Pos);

/// <summary><c>n?!</c> (ReceiveSendSource).</summary>
public sealed record SReceiveSendSource(SourcePos Pos, SName Name) : SSource(Pos);

/// <summary><c>n!?(args)</c> (SendReceiveSource).</summary>
public sealed record SSendReceiveSource(SourcePos Pos, SName Name, Seq<SProc> Args) : SSource(Pos);

/// <summary><c>select { branches }</c> (PChoice): parsed, then rejected by the normalizer.</summary>
public sealed record SSelect(SourcePos Pos, Seq<SBranch> Branches) : SProc(Pos);

/// <summary>One select branch: <c>linear binds => p</c>.</summary>
public sealed record SBranch(SourcePos Pos, Seq<SBind> Binds, SProc Body);

/// <summary><c>match p { cases }</c> (PMatch).</summary>
public sealed record SMatch(SourcePos Pos, SProc Target, Seq<SCase> Cases) : SProc(Pos);

/// <summary><c>pattern => body</c>.</summary>
public sealed record SCase(SourcePos Pos, SProc Pattern, SProc Body);

/// <summary>The four bundle kinds.</summary>
public enum BundleKind
{
    /// <summary><c>bundle+</c>: write only.</summary>
    Write,

    /// <summary><c>bundle-</c>: read only.</summary>
    Read,

    /// <summary><c>bundle0</c>: neither.</summary>
    Equiv,

    /// <summary><c>bundle</c>: read and write.</summary>
    ReadWrite,
}

/// <summary><c>bundle± { p }</c> (PBundle).</summary>
public sealed record SBundle(SourcePos Pos, BundleKind Kind, SProc Body) : SProc(Pos);

/// <summary>How the declarations of a <c>let</c> combine.</summary>
public enum LetKind
{
    /// <summary><c>;</c>: one after the other (nested matches).</summary>
    Sequential,

    /// <summary><c>&amp;</c>: concurrently (sends and one join).</summary>
    Concurrent,
}

/// <summary><c>let d1 ; … in { body }</c> or <c>let d1 &amp; … in { body }</c> (PLet).</summary>
public sealed record SLet(SourcePos Pos, LetKind Kind, Seq<SDecl> Decls, SProc Body) : SProc(Pos);

/// <summary>One declaration <c>names ...@rem &lt;- values</c>.</summary>
public sealed record SDecl(SourcePos Pos, Seq<SName> Names, SProcVar? Remainder, Seq<SProc> Values);

/// <summary><c>if (c) p</c> or <c>if (c) p else q</c> (PIf, PIfElse).</summary>
public sealed record SIf(SourcePos Pos, SProc Cond, SProc Then, SProc? Else) : SProc(Pos);

/// <summary><c>new decls in p</c> (PNew).</summary>
public sealed record SNew(SourcePos Pos, Seq<SNameDecl> Decls, SProc Body) : SProc(Pos);

/// <summary><c>x</c> or <c>x(`uri`)</c>; <see cref="Uri"/> is the raw text between backquotes.</summary>
public sealed record SNameDecl(SourcePos Pos, string Name, string? Uri);

/// <summary>A name in concrete syntax.</summary>
public abstract record SName(SourcePos Pos);

/// <summary><c>_</c> in name position.</summary>
public sealed record SNameWildcard(SourcePos Pos) : SName(Pos);

/// <summary>A name variable.</summary>
public sealed record SNameVar(SourcePos Pos, string Name) : SName(Pos);

/// <summary><c>@p</c>.</summary>
public sealed record SNameQuote(SourcePos Pos, SProc Proc) : SName(Pos);
