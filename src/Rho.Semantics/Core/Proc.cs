using System.Numerics;

namespace Rho.Semantics.Core;

// The core term (spec/semantics.md, "Core terms"). Names are processes: the normalizer maps `@P`
// to P and `*x` to the variable x, so `*@P` and P are one term, and so are `@*x` and x.
//
// Binding is de Bruijn. A binder introduces a *group* of n variables (new, a receive's pattern
// variables, a match case's pattern variables). Under it, Var(i) with i < n is the group's i-th
// variable; Var(i) with i >= n is Var(i - n) outside. Free pattern variables are numbered
// 0, 1, ... across one binder in the order the canonical form fixes; the body sees
// pattern variable k as Var(k).
//
// Metavariables: p, q : Proc; x : Var; c : channel (a Proc in name position).

/// <summary>A core process (also a name, by quoting). Plain data: evaluation only reads it.</summary>
public abstract record Proc
{
    /// <summary>Where the term came from; never part of equality.</summary>
    public Prov At { get; init; }
}

/// <summary>The empty process <c>Nil</c>, unit of parallel composition.</summary>
public sealed record Nil : Proc
{
    /// <summary>The one instance.</summary>
    public static readonly Nil Instance = new();
}

/// <summary><c>p1 | … | pn</c>. Canonical form: n ≥ 2, no item is a Par or Nil, items sorted.</summary>
public sealed record Par(Seq<Proc> Procs) : Proc;

/// <summary><c>c!(args)</c>, or <c>c!!(args)</c> when persistent.</summary>
public sealed record Send(Proc Chan, Seq<Proc> Args, bool Persistent) : Proc;

/// <summary>How a receive consumes: linear <c>&lt;-</c>, persistent <c>&lt;=</c>, peek <c>&lt;&lt;-</c>.</summary>
public enum ReceiveKind
{
    /// <summary><c>&lt;-</c>: consumes the data and the continuation once.</summary>
    Linear,

    /// <summary><c>&lt;=</c>: the continuation stays after each COMM.</summary>
    Persistent,

    /// <summary><c>&lt;&lt;-</c>: reads the data without consuming it.</summary>
    Peek,
}

/// <summary>
/// <c>for (binds) { body }</c>: a join over one or more channels. The body is under a binder of
/// <see cref="BindCount"/> variables: the free variables of all patterns and remainders, in order.
/// </summary>
public sealed record Receive(Seq<ReceiveBind> Binds, Proc Body, ReceiveKind Kind, int BindCount) : Proc;

/// <summary>
/// One channel of a receive: <c>patterns ...@rem &lt;- source</c>. Patterns and source are in the
/// receive's outer scope. The bind's pattern variables are numbered locally, FreeVar(0) …
/// FreeVar(<see cref="FreeCount"/>-1); the receive body sees the variables of all binds
/// concatenated in bind order, so bind j's FreeVar(k) is the body's Var(offset_j + k).
/// </summary>
public sealed record ReceiveBind(Seq<Proc> Patterns, Proc Source, Proc? Remainder, int FreeCount);

/// <summary>
/// <c>new x1, …, xn in body</c>. The body is under a binder of <see cref="Count"/> variables; the
/// last <c>Uris.Count</c> of them are the system names of <see cref="Uris"/>, in that order.
/// </summary>
public sealed record New(int Count, Seq<string> Uris, Proc Body) : Proc;

/// <summary><c>match target { cases }</c>; the first case whose pattern matches fires.</summary>
public sealed record Match(Proc Target, Seq<MatchCase> Cases) : Proc;

/// <summary>One case <c>pattern => body</c>; the body is under a binder of <see cref="FreeCount"/> variables.</summary>
public sealed record MatchCase(Proc Pattern, Proc Body, int FreeCount);

/// <summary><c>bundle{body}</c> with its read and write permissions (<c>bundle+</c> writes, <c>bundle-</c> reads).</summary>
public sealed record Bundle(Proc Body, bool Read, bool Write) : Proc;

// ---- Variables ----

/// <summary>A bound variable, by de Bruijn index.</summary>
public sealed record BoundVar(int Index) : Proc;

/// <summary>A pattern variable, by its number within the enclosing pattern binder.</summary>
public sealed record FreeVar(int Level) : Proc;

/// <summary>The pattern wildcard <c>_</c>.</summary>
public sealed record Wildcard : Proc
{
    /// <summary>The one instance.</summary>
    public static readonly Wildcard Instance = new();
}

// ---- Ground values ----

/// <summary>A Bool literal.</summary>
public sealed record GBool(bool Value) : Proc;

/// <summary>A 64-bit Int.</summary>
public sealed record GInt(long Value) : Proc;

/// <summary>An arbitrary-precision integer, written <c>BigInt(n)</c>.</summary>
public sealed record GBigInt(BigInteger Value) : Proc;

/// <summary>A String.</summary>
public sealed record GString(string Value) : Proc;

/// <summary>A URI literal, written in backquotes.</summary>
public sealed record GUri(string Value) : Proc;

/// <summary>A byte array (no literal syntax; produced by methods).</summary>
public sealed record GByteArray(Seq<byte> Bytes) : Proc;

/// <summary>An unforgeable name created by <c>new</c>; only its identity matters.</summary>
public sealed record GUnforgeable(long Id) : Proc;

/// <summary>A system channel bound by <c>new x(`rho:io:stdout`)</c>.</summary>
public sealed record GSysChannel(string Uri) : Proc;

// ---- Collections ----

/// <summary><c>[p1, …, pn ...rem]</c>; a remainder only in patterns.</summary>
public sealed record EList(Seq<Proc> Items, Proc? Remainder) : Proc;

/// <summary><c>(p1, …, pn)</c> with n ≥ 1.</summary>
public sealed record ETuple(Seq<Proc> Items) : Proc;

/// <summary><c>Set(p1, …, pn ...rem)</c>. Canonical form: items sorted, no duplicates.</summary>
public sealed record ESet(Seq<Proc> Items, Proc? Remainder) : Proc;

/// <summary>A key-value pair of a map.</summary>
public sealed record KeyValue(Proc Key, Proc Value);

/// <summary><c>{k1: v1, … ...rem}</c>. Canonical form: sorted by key, keys distinct.</summary>
public sealed record EMap(Seq<KeyValue> Pairs, Proc? Remainder) : Proc;

// ---- Expressions ----

/// <summary>Unary operators.</summary>
public enum UnaryOp
{
    /// <summary><c>not p</c>.</summary>
    Not,

    /// <summary><c>-p</c>.</summary>
    Neg,
}

/// <summary>Binary operators, in the grammar's precedence order (loosest first).</summary>
public enum BinaryOp
{
    /// <summary><c>or</c>: both sides evaluated.</summary>
    Or,

    /// <summary><c>||</c>: short-circuit.</summary>
    ShortOr,

    /// <summary><c>and</c>: both sides evaluated.</summary>
    And,

    /// <summary><c>&amp;&amp;</c>: short-circuit.</summary>
    ShortAnd,

    /// <summary><c>==</c>.</summary>
    Eq,

    /// <summary><c>!=</c>.</summary>
    Neq,

    /// <summary><c>&lt;</c>.</summary>
    Lt,

    /// <summary><c>&lt;=</c>.</summary>
    Lte,

    /// <summary><c>&gt;</c>.</summary>
    Gt,

    /// <summary><c>&gt;=</c>.</summary>
    Gte,

    /// <summary><c>+</c>.</summary>
    Add,

    /// <summary><c>-</c>.</summary>
    Sub,

    /// <summary><c>++</c>.</summary>
    Concat,

    /// <summary><c>--</c>.</summary>
    Diff,

    /// <summary><c>*</c>.</summary>
    Mul,

    /// <summary><c>/</c>.</summary>
    Div,

    /// <summary><c>%</c>.</summary>
    Mod,

    /// <summary><c>%%</c>: string interpolation.</summary>
    Interpolate,
}

/// <summary>A unary operation.</summary>
public sealed record EUnary(UnaryOp Op, Proc Operand) : Proc;

/// <summary>A binary operation.</summary>
public sealed record EBinary(BinaryOp Op, Proc Left, Proc Right) : Proc;

/// <summary><c>target matches pattern</c>; the pattern's variables bind nothing outside it.</summary>
public sealed record EMatches(Proc Target, Proc Pattern) : Proc;

/// <summary><c>target.name(args)</c>.</summary>
public sealed record EMethod(string Name, Proc Target, Seq<Proc> Args) : Proc;

// ---- Connectives (patterns only) ----

/// <summary><c>p1 /\ … /\ pn</c>: matches when every part matches.</summary>
public sealed record ConnAnd(Seq<Proc> Parts) : Proc;

/// <summary><c>p1 \/ … \/ pn</c>: the first alternative that matches.</summary>
public sealed record ConnOr(Seq<Proc> Parts) : Proc;

/// <summary><c>~p</c>: matches when p does not; binds nothing.</summary>
public sealed record ConnNot(Proc Body) : Proc;

/// <summary>The type connectives.</summary>
public enum SimpleType
{
    /// <summary><c>Bool</c>.</summary>
    Bool,

    /// <summary><c>Int</c>.</summary>
    Int,

    /// <summary><c>BigInt</c>.</summary>
    BigInt,

    /// <summary><c>String</c>.</summary>
    String,

    /// <summary><c>Uri</c>.</summary>
    Uri,

    /// <summary><c>ByteArray</c>.</summary>
    ByteArray,
}

/// <summary>A type connective: matches any single value of the type.</summary>
public sealed record ConnType(SimpleType Type) : Proc;

/// <summary>
/// <c>=x</c> (or <c>=*x</c>): matches the current value of the bound variable x. Substitution
/// replaces it by that value, so a closed pattern never contains one.
/// </summary>
public sealed record VarRef(int Index) : Proc;
