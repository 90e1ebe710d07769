using System.Text;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Syntax;

namespace Rho.Semantics.Tests.Syntax;

/// <summary>
/// A test-only rendering of concrete syntax trees as fully bracketed prefix forms, without
/// positions, so that parser tests state the tree shape in one line: <c>1 + 2 * 3</c> shows as
/// <c>(+ 1 (* 2 3))</c>.
/// </summary>
internal static class SyntaxShow
{
    public static string Show(SProc p) => p switch
    {
        SPar x => $"(| {Show(x.Left)} {Show(x.Right)})",
        SNil => "Nil",
        SBool x => x.Value ? "true" : "false",
        SInt x => x.Digits,
        SBigInt x => $"BigInt({x.Digits})",
        SString x => $"\"{x.Raw}\"",
        SUri x => $"`{x.Raw}`",
        SList x => $"[{Items(x.Items, x.Remainder)}]",
        STuple x => $"(tuple {Join(x.Items)})",
        SSet x => $"Set({Items(x.Items, x.Remainder)})",
        SMap x => "{" + string.Join(" ", x.Pairs.Select(kv => $"{Show(kv.Key)}:{Show(kv.Value)}").Concat(Rem(x.Remainder))) + "}",
        SVar x => Var(x.Var),
        SVarRef x => x.IsName ? $"=*{x.Name}" : $"={x.Name}",
        SSimpleType x => x.Type.ToString(),
        SNegation x => $"(~ {Show(x.Body)})",
        SConjunction x => $"(/\\ {Show(x.Left)} {Show(x.Right)})",
        SDisjunction x => $"(\\/ {Show(x.Left)} {Show(x.Right)})",
        SEval x => $"(* {Show(x.Name)})",
        SMethod x => $"(.{x.Name} {Show(x.Target)}{Args(x.Args)})",
        SUnary x => $"({(x.Op == UnaryOp.Not ? "not" : "neg")} {Show(x.Operand)})",
        SBinary x => $"({Op(x.Op)} {Show(x.Left)} {Show(x.Right)})",
        SMatches x => $"(matches {Show(x.Target)} {Show(x.Pattern)})",
        SSend x => $"({(x.Persistent ? "!!" : "!")} {Show(x.Chan)}{Args(x.Args)})",
        SSendSync x => $"(!? {Show(x.Chan)}{Args(x.Args)} {(x.Cont is null ? "." : "; " + Show(x.Cont))})",
        SContract x => $"(contract {Show(x.Name)} ({Names(x.Formals, x.Remainder)}) {Show(x.Body)})",
        SFor x => $"(for [{string.Join(" ; ", x.Receipts.Select(Receipt))}] {Show(x.Body)})",
        SSelect x => $"(select {string.Join(" ", x.Branches.Select(b => $"[{string.Join(" & ", b.Binds.Select(Bind))} => {Show(b.Body)}]"))})",
        SMatch x => $"(match {Show(x.Target)} {string.Join(" ", x.Cases.Select(c => $"[{Show(c.Pattern)} => {Show(c.Body)}]"))})",
        SBundle x => $"({Bundle(x.Kind)} {Show(x.Body)})",
        SLet x => $"(let{(x.Kind == LetKind.Sequential ? ";" : "&")} {string.Join(" ", x.Decls.Select(Decl))} {Show(x.Body)})",
        SIf x => x.Else is null ? $"(if {Show(x.Cond)} {Show(x.Then)})" : $"(if {Show(x.Cond)} {Show(x.Then)} {Show(x.Else)})",
        SNew x => $"(new {string.Join(" ", x.Decls.Select(d => d.Uri is null ? d.Name : $"{d.Name}(`{d.Uri}`)"))} {Show(x.Body)})",
        _ => throw RhoException.Crash($"unknown syntax node {p.GetType().Name}"),
    };

    public static string Show(SName n) => n switch
    {
        SNameWildcard => "_",
        SNameVar x => x.Name,
        SNameQuote x => "@" + Show(x.Proc),
        _ => throw RhoException.Crash($"unknown name node {n.GetType().Name}"),
    };

    private static string Var(SProcVar v) => v.Name ?? "_";

    private static IEnumerable<string> Rem(SProcVar? r) => r is null ? [] : ["..." + Var(r)];

    private static string Join(Seq<SProc> ps) => string.Join(" ", ps.Select(Show));

    private static string Args(Seq<SProc> ps) => string.Concat(ps.Select(a => " " + Show(a)));

    private static string Items(Seq<SProc> ps, SProcVar? r) => string.Join(" ", ps.Select(Show).Concat(Rem(r)));

    private static string Names(Seq<SName> ns, SProcVar? r) =>
        string.Join(" ", ns.Select(Show).Concat(r is null ? [] : ["...@" + Var(r)]));

    private static string Receipt(SReceipt r) => string.Join(" & ", r.Binds.Select(b => Bind(b, r.Kind)));

    private static string Bind(SBind b) => Bind(b, ReceiveKind.Linear);

    private static string Bind(SBind b, ReceiveKind kind)
    {
        var arrow = kind switch { ReceiveKind.Linear => "<-", ReceiveKind.Persistent => "<=", _ => "<<-" };
        var names = Names(b.Names, b.Remainder);
        return (names.Length == 0 ? "" : names + " ") + arrow + " " + Source(b.Source);
    }

    private static string Source(SSource s) => s switch
    {
        SSimpleSource x => Show(x.Name),
        SReceiveSendSource x => Show(x.Name) + "?!",
        SSendReceiveSource x => Show(x.Name) + "!?(" + Join(x.Args) + ")",
        _ => throw RhoException.Crash($"unknown source {s.GetType().Name}"),
    };

    private static string Decl(SDecl d)
    {
        var sb = new StringBuilder("[");
        var names = Names(d.Names, d.Remainder);
        sb.Append(names.Length == 0 ? "" : names + " ").Append("<-");
        foreach (var v in d.Values)
        {
            sb.Append(' ').Append(Show(v));
        }
        return sb.Append(']').ToString();
    }

    private static string Bundle(BundleKind k) => k switch
    {
        BundleKind.Write => "bundle+",
        BundleKind.Read => "bundle-",
        BundleKind.Equiv => "bundle0",
        _ => "bundle",
    };

    private static string Op(BinaryOp op) => op switch
    {
        BinaryOp.Or => "or",
        BinaryOp.ShortOr => "||",
        BinaryOp.And => "and",
        BinaryOp.ShortAnd => "&&",
        BinaryOp.Eq => "==",
        BinaryOp.Neq => "!=",
        BinaryOp.Lt => "<",
        BinaryOp.Lte => "<=",
        BinaryOp.Gt => ">",
        BinaryOp.Gte => ">=",
        BinaryOp.Add => "+",
        BinaryOp.Sub => "-",
        BinaryOp.Concat => "++",
        BinaryOp.Diff => "--",
        BinaryOp.Mul => "*",
        BinaryOp.Div => "/",
        BinaryOp.Mod => "%",
        BinaryOp.Interpolate => "%%",
        _ => throw RhoException.Crash($"unknown operator {op}"),
    };

    /// <summary>Parses and shows.</summary>
    public static string Parsed(string source) => Show(RhoParser.Parse(source));

    /// <summary>Parses, expecting a syntax error; returns it as "line:col: message".</summary>
    public static string ErrorOf(string source)
    {
        var e = Assert.Throws<RhoException>(() => RhoParser.Parse(source));
        Assert.Equal(ErrorClass.Malformed, e.Error.Class);
        return $"{e.Error.Pos}: {e.Error.Message}";
    }
}
