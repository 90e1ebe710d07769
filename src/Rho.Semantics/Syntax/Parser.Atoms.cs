using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Syntax;

// Level Proc16: ground literals, collections, variables, Nil, type connectives and blocks.
internal sealed partial class Parser
{
    /// <summary>
    /// Level Proc16: Syn/int, Syn/bigint, Syn/string, Syn/uri, Syn/bool, Syn/nil, Syn/simple-type,
    /// Syn/var, Syn/block, Syn/map, Syn/list, Syn/set, Syn/tuple.
    /// </summary>
    private SProc ParseProc16()
    {
        var t = Peek;
        switch (t.Kind)
        {
            case TokenKind.Int:
                Advance();
                return new SInt(t.Pos, t.Text);
            case TokenKind.String:
                Advance();
                return new SString(t.Pos, t.Text);
            case TokenKind.Uri:
                Advance();
                return new SUri(t.Pos, t.Text);
            case TokenKind.Var:
                Advance();
                return new SVar(t.Pos, new SProcVar(t.Pos, t.Text));
            case TokenKind.Symbol:
                break;
            default:
                throw Unexpected("a process");
        }
        switch (t.Text)
        {
            case "_":
                Advance();
                return new SVar(t.Pos, new SProcVar(t.Pos, null));
            case "Nil":
                Advance();
                return new SNil(t.Pos);
            case "true" or "false":
                Advance();
                return new SBool(t.Pos, t.Text == "true");
            case "Bool" or "Int" or "BigInt" or "String" or "Uri" or "ByteArray":
                Advance();
                return new SSimpleType(t.Pos, Enum.Parse<SimpleType>(t.Text));
            case "BigInt(":
                Advance();
                if (Peek.Kind != TokenKind.Int)
                {
                    throw Unexpected("digits after 'BigInt('");
                }
                var digits = Advance().Text;
                Expect(")");
                return new SBigInt(t.Pos, digits);
            case "{":
                return ParseBraces();
            case "[":
                return ParseList();
            case "Set":
                return ParseSet();
            case "(":
                var p = ParseParenthesised(out var isTuple);
                return isTuple ? p : throw RhoException.Malformed(
                    t.Pos, "a parenthesised expression is not allowed here (only a tuple is); use '{ }' instead");
            default:
                throw Unexpected("a process");
        }
    }

    /// <summary>Syn/block <c>{ Proc }</c>, or Syn/map <c>{ k : v, … ...r }</c> (<c>{}</c> is the empty map).</summary>
    private SProc ParseBraces()
    {
        var start = Expect("{").Pos;
        if (Accept("}"))
        {
            return new SMap(start, Seq<SKeyValue>.Empty, null);
        }
        if (At("..."))
        {
            var rest = ParseRemainder();
            Expect("}");
            return new SMap(start, Seq<SKeyValue>.Empty, rest);
        }
        var first = ParseProc(out var isExpr);
        if (Accept("}"))
        {
            return first;
        }
        if (!At(":"))
        {
            throw Unexpected(isExpr ? "'|', ':' or '}'" : "'|' or '}'");
        }
        var pairs = new List<SKeyValue> { ParseValueOf(first) };
        while (Accept(","))
        {
            pairs.Add(ParseValueOf(ParseProc(out _)));
        }
        var remainder = At("...") ? ParseRemainder() : null;
        if (!At("}"))
        {
            throw Unexpected(remainder is null ? "',', '...' or '}'" : "'}'");
        }
        Advance();
        return new SMap(start, pairs.ToSeq(), remainder);
    }

    /// <summary><c>: value</c> after a map key.</summary>
    private SKeyValue ParseValueOf(SProc key)
    {
        Expect(":");
        return new SKeyValue(key, ParseProc(out _));
    }

    /// <summary>Syn/list: <c>[ procs ...r ]</c>.</summary>
    private SList ParseList()
    {
        var start = Expect("[").Pos;
        var (items, remainder) = ParseItems("]");
        return new SList(start, items, remainder);
    }

    /// <summary>Syn/set: <c>Set ( procs ...r )</c>.</summary>
    private SSet ParseSet()
    {
        var start = Expect("Set").Pos;
        Expect("(");
        var (items, remainder) = ParseItems(")");
        return new SSet(start, items, remainder);
    }

    /// <summary>Collection items: <c>p1, …, pn</c> (n ≥ 0), an optional remainder, then <paramref name="close"/>.</summary>
    private (Seq<SProc> Items, SProcVar? Remainder) ParseItems(string close)
    {
        var items = new List<SProc>();
        if (!At(close) && !At("..."))
        {
            items.Add(ParseProc(out _));
            while (Accept(","))
            {
                items.Add(ParseProc(out _));
            }
        }
        var remainder = At("...") ? ParseRemainder() : null;
        if (!At(close))
        {
            throw Unexpected(remainder is null ? $"',', '...' or '{close}'" : $"'{close}'");
        }
        Advance();
        return (items.ToSeq(), remainder);
    }

    /// <summary>Syn/remainder: <c>... x</c> or <c>... _</c> in a collection.</summary>
    private SProcVar ParseRemainder()
    {
        Expect("...");
        return ParseProcVar("a variable or '_' after '...'");
    }

    /// <summary>A process variable: a variable token or <c>_</c>.</summary>
    private SProcVar ParseProcVar(string what)
    {
        var t = Peek;
        if (t.Kind == TokenKind.Var || t.Is("_"))
        {
            Advance();
            return new SProcVar(t.Pos, t.Kind == TokenKind.Var ? t.Text : null);
        }
        throw Unexpected(what);
    }

    /// <summary>
    /// <c>( … )</c>: Syn/tuple <c>(p,)</c> or <c>(p, q, …)</c>, or Syn/paren <c>( Proc4 )</c>, which
    /// must hold an expression; <paramref name="isTuple"/> tells which.
    /// </summary>
    private SProc ParseParenthesised(out bool isTuple)
    {
        var start = Expect("(").Pos;
        var first = ParseProc(out var isExpr);
        isTuple = true;
        if (Accept(",)"))
        {
            return new STuple(start, Seq.Of(first));
        }
        if (Accept(","))
        {
            var rest = ParseProcs(")");
            Advance();
            return new STuple(start, new Seq<SProc>([first, .. rest]));
        }
        isTuple = false;
        if (!At(")"))
        {
            throw Unexpected(isExpr ? "',' or ')'" : "'|', ',' or ')'");
        }
        if (!isExpr)
        {
            throw RhoException.Malformed(
                Peek.Pos, "unexpected ')': only an expression can be parenthesised; use '{ }' around a process, or ',' for a tuple");
        }
        Advance();
        return first;
    }
}
