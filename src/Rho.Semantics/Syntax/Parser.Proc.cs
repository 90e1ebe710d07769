using Rho.Semantics.Core;

namespace Rho.Semantics.Syntax;

// Levels Proc (par), Proc1 (if, new, synchronous send), Proc2 (keyword-led processes) and Proc3
// (send). Each reports through isExpr whether what it parsed is an expression, that is a Proc4 or
// tighter, which is what a parenthesised expression "( Proc4 )" requires.
internal sealed partial class Parser
{
    /// <summary>Syn/par: <c>Proc ::= Proc "|" Proc1</c>, left-associative, as a loop.</summary>
    private SProc ParseProc(out bool isExpr)
    {
        var start = Peek.Pos;
        var p = ParseProc1(out isExpr);
        while (Accept("|"))
        {
            var q = ParseProc1(out _);
            p = new SPar(start, p, q);
            isExpr = false;
        }
        return p;
    }

    /// <summary>Level Proc1: Syn/if, Syn/if-else, Syn/new, Syn/send-sync; otherwise Proc2.</summary>
    private SProc ParseProc1(out bool isExpr) => ParseProcAt(1, out isExpr);

    /// <summary>Level Proc2: Syn/contract, Syn/for, Syn/select, Syn/match, Syn/bundle, Syn/let; otherwise Proc3.</summary>
    private SProc ParseProc2(out bool isExpr) => ParseProcAt(2, out isExpr);

    /// <summary>Level Proc3: Syn/send; otherwise an expression (Proc4).</summary>
    private SProc ParseProc3(out bool isExpr) => ParseProcAt(3, out isExpr);

    /// <summary>
    /// Levels Proc1 to Proc3 in one frame (so that nesting costs fewer stack frames): the
    /// productions of <paramref name="level"/> and every tighter level down to Proc3, then an expression.
    /// </summary>
    private SProc ParseProcAt(int level, out bool isExpr)
    {
        EnsureStack();
        isExpr = false;
        var t = Peek;
        if (level <= 1 && t.Is("if"))
        {
            return ParseIf();
        }
        if (level <= 1 && t.Is("new"))
        {
            return ParseNew();
        }
        if (AtNameLed())
        {
            return ParseNameLed(allowSync: level <= 1);
        }
        if (level <= 2 && t.Kind == TokenKind.Symbol)
        {
            switch (t.Text)
            {
                case "contract":
                    return ParseContract();
                case "for":
                    return ParseFor();
                case "select":
                    return ParseSelect();
                case "match":
                    return ParseMatch();
                case "bundle+" or "bundle-" or "bundle0" or "bundle":
                    return ParseBundle();
                case "let":
                    return ParseLet();
                default:
                    break;
            }
        }
        isExpr = true;
        return ParseProc4();
    }

    /// <summary>Syn/if and Syn/if-else: <c>if ( Proc ) Proc2</c> [<c>else Proc1</c>].</summary>
    private SIf ParseIf()
    {
        var start = Expect("if").Pos;
        Expect("(");
        var cond = ParseProc(out _);
        Expect(")");
        var then = ParseProc2(out _);
        var otherwise = Accept("else") ? ParseProc1(out _) : null;
        return new SIf(start, cond, then, otherwise);
    }

    /// <summary>Syn/new: <c>new x, y(`uri`), … in Proc1</c>.</summary>
    private SNew ParseNew()
    {
        var start = Expect("new").Pos;
        var decls = new List<SNameDecl> { ParseNameDecl() };
        while (Accept(","))
        {
            decls.Add(ParseNameDecl());
        }
        if (!At("in"))
        {
            throw Unexpected("',' or 'in'");
        }
        Advance();
        var body = ParseProc1(out _);
        return new SNew(start, decls.ToSeq(), body);
    }

    /// <summary>Syn/name-decl and Syn/name-decl-uri: <c>x</c> or <c>x(`uri`)</c>.</summary>
    private SNameDecl ParseNameDecl()
    {
        var name = ExpectVar("a variable to declare");
        if (!Accept("("))
        {
            return new SNameDecl(name.Pos, name.Text, null);
        }
        if (Peek.Kind != TokenKind.Uri)
        {
            throw Unexpected("a URI literal");
        }
        var uri = Advance().Text;
        Expect(")");
        return new SNameDecl(name.Pos, name.Text, uri);
    }

    /// <summary>True when a send or synchronous send starts here: <c>@</c>, or a name followed by <c>! !! !?</c>.</summary>
    private bool AtNameLed() =>
        At("@") || ((Peek.Kind == TokenKind.Var || At("_")) && (PeekAt(1).Is("!") || PeekAt(1).Is("!!") || PeekAt(1).Is("!?")));

    /// <summary>
    /// Syn/send, Syn/send-persistent, Syn/send-sync, Syn/send-sync-cont: a name, then
    /// <c>!</c> / <c>!!</c> (Proc3) or, where <paramref name="allowSync"/> (Proc1), <c>!?</c>.
    /// </summary>
    private SProc ParseNameLed(bool allowSync)
    {
        var start = Peek.Pos;
        var n = ParseName();
        if (At("!") || At("!!"))
        {
            var persistent = Advance().Text == "!!";
            return new SSend(start, n, persistent, ParseArgs());
        }
        if (allowSync && Accept("!?"))
        {
            var args = ParseArgs();
            if (Accept("."))
            {
                return new SSendSync(start, n, args, null);
            }
            if (Accept(";"))
            {
                return new SSendSync(start, n, args, ParseProc1(out _));
            }
            throw Unexpected("'.' or ';' after a synchronous send");
        }
        throw Unexpected(allowSync ? "'!', '!!' or '!?'" : "'!' or '!!'");
    }

    /// <summary><c>{ Proc }</c>: the braced body of a keyword-led process.</summary>
    private SProc ParseBracedBody()
    {
        Expect("{");
        var body = ParseProc(out _);
        if (!At("}"))
        {
            throw Unexpected("'|' or '}'");
        }
        Advance();
        return body;
    }

    /// <summary>Syn/contract: <c>contract Name ( names ...@r ) = { Proc }</c>.</summary>
    private SContract ParseContract()
    {
        var start = Expect("contract").Pos;
        var name = ParseName();
        Expect("(");
        var (formals, remainder) = ParseNames();
        Expect(")");
        Expect("=");
        return new SContract(start, name, formals, remainder, ParseBracedBody());
    }

    /// <summary>Syn/bundle: <c>bundle+ bundle- bundle0 bundle</c>, then <c>{ Proc }</c>.</summary>
    private SBundle ParseBundle()
    {
        var t = Advance();
        var kind = t.Text switch
        {
            "bundle+" => BundleKind.Write,
            "bundle-" => BundleKind.Read,
            "bundle0" => BundleKind.Equiv,
            "bundle" => BundleKind.ReadWrite,
            // Stryker disable once String : unreachable guard (ParseProc calls this only at the four bundle tokens above); its text is diagnostic
            _ => throw Errors.RhoException.Crash($"not a bundle token: {t.Text}"),
        };
        return new SBundle(t.Pos, kind, ParseBracedBody());
    }

    /// <summary>Syn/match and Syn/case: <c>match Proc4 { Proc13 => Proc3 … }</c>, at least one case.</summary>
    private SMatch ParseMatch()
    {
        var start = Expect("match").Pos;
        var target = ParseProc4();
        Expect("{");
        var cases = new List<SCase>();
        do
        {
            var caseStart = Peek.Pos;
            var pattern = ParseProc13Operand(cases.Count == 0 ? "a match case pattern" : "a match case pattern or '}'");
            Expect("=>");
            cases.Add(new SCase(caseStart, pattern, ParseProc3(out _)));
        }
        while (!Accept("}"));
        return new SMatch(start, target, cases.ToSeq());
    }
}
