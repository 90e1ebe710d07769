using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Syntax;

// Levels Proc4 to Proc15: the expression operators, tightest last.
internal sealed partial class Parser
{
    /// <summary>Level Proc4, the loosest expression level.</summary>
    private SProc ParseProc4() => ParseBinary(4);

    /// <summary>
    /// The binary levels Proc4 to Proc9 by precedence climbing: an operand (Proc10), then every
    /// operator of level <paramref name="minLevel"/> or tighter, its right operand parsed one level
    /// tighter, which makes each level left-associative (Syn/or … Syn/interpolate). Syn/matches
    /// (level 6) takes two Proc7 operands, so it cannot follow a level-6 operator.
    /// </summary>
    private SProc ParseBinary(int minLevel)
    {
        var start = Peek.Pos;
        var p = ParseProc10();
        var lastLevel = 10;
        while (true)
        {
            var t = Peek;
            if (t.Is("matches") && minLevel <= 6)
            {
                if (lastLevel <= 6)
                {
                    throw RhoException.Malformed(
                        t.Pos, "unexpected 'matches': its left operand is a comparison or a 'matches'; put it in parentheses");
                }
                Advance();
                p = new SMatches(start, p, ParseBinary(7));
                lastLevel = 6;
                continue;
            }
            if (OperatorOf(t) is not ({ } op, var level) || level < minLevel)
            {
                return p;
            }
            Advance();
            p = new SBinary(start, op, p, ParseBinary(level + 1));
            lastLevel = level;
        }
    }

    /// <summary>The binary operator spelled by <paramref name="t"/> and its level, if any.</summary>
    private static (BinaryOp? Op, int Level) OperatorOf(Token t) => t.Kind != TokenKind.Symbol ? (null, 0) : t.Text switch
    {
        "or" => (BinaryOp.Or, 4),
        "||" => (BinaryOp.ShortOr, 4),
        "and" => (BinaryOp.And, 5),
        "&&" => (BinaryOp.ShortAnd, 5),
        "==" => (BinaryOp.Eq, 6),
        "!=" => (BinaryOp.Neq, 6),
        "<" => (BinaryOp.Lt, 7),
        "<=" => (BinaryOp.Lte, 7),
        ">" => (BinaryOp.Gt, 7),
        ">=" => (BinaryOp.Gte, 7),
        "+" => (BinaryOp.Add, 8),
        "-" => (BinaryOp.Sub, 8),
        "++" => (BinaryOp.Concat, 8),
        "--" => (BinaryOp.Diff, 8),
        "*" => (BinaryOp.Mul, 9),
        "/" => (BinaryOp.Div, 9),
        "%" => (BinaryOp.Mod, 9),
        "%%" => (BinaryOp.Interpolate, 9),
        _ => (null, 0),
    };

    /// <summary>Level Proc10: Syn/not and Syn/neg (<c>not Proc10</c>, <c>- Proc10</c>); otherwise Proc11.</summary>
    private SProc ParseProc10()
    {
        EnsureStack();
        var t = Peek;
        if (t.Is("not") || t.Is("-"))
        {
            Advance();
            return new SUnary(t.Pos, t.Text == "not" ? UnaryOp.Not : UnaryOp.Neg, ParseProc10());
        }
        return ParseProc11();
    }

    /// <summary>
    /// Level Proc11: Syn/paren (<c>( Proc4 )</c>) and Syn/method (<c>Proc11 . m ( procs )</c>, a loop).
    /// A parenthesis may also open a tuple (Proc16), which then continues at levels 14 and 13.
    /// </summary>
    private SProc ParseProc11()
    {
        var start = Peek.Pos;
        SProc p;
        if (At("("))
        {
            p = ParseParenthesised(out var isTuple);
            if (isTuple)
            {
                p = Proc13Loop(start, Proc14Loop(start, p));
            }
        }
        else
        {
            p = ParseProc12();
        }
        while (Accept("."))
        {
            var name = ExpectVar("a method name");
            p = new SMethod(start, p, name.Text, ParseArgs());
        }
        return p;
    }

    /// <summary>Level Proc12: Syn/eval (<c>* Name</c>); otherwise Proc13.</summary>
    private SProc ParseProc12()
    {
        EnsureStack();
        if (At("*"))
        {
            var star = Advance();
            return new SEval(star.Pos, ParseName());
        }
        return ParseProc13();
    }

    /// <summary>Level Proc13: Syn/var-ref (<c>= x</c>), Syn/var-ref-name (<c>= * x</c>) and Syn/disjunction (<c>\/</c>, a loop).</summary>
    private SProc ParseProc13()
    {
        var start = Peek.Pos;
        if (!At("="))
        {
            return Proc13Loop(start, Proc14Loop(start, ParseProc15()));
        }
        Advance();
        var isName = Accept("*");
        var x = ExpectVar(isName ? "a variable after '=*'" : "a variable or '*' after '='");
        return Proc13Loop(start, new SVarRef(start, x.Text, isName));
    }

    /// <summary>A Proc13 where <paramref name="what"/> is expected (a match case pattern).</summary>
    private SProc ParseProc13Operand(string what) => CanStartExpression(Peek) ? ParseProc13() : throw Unexpected(what);

    private SProc Proc13Loop(SourcePos start, SProc p)
    {
        while (Accept("\\/"))
        {
            p = new SDisjunction(start, p, Proc14Loop(Peek.Pos, ParseProc15()));
        }
        return p;
    }

    /// <summary>Level Proc14: Syn/conjunction (<c>/\</c>, a loop) after its first operand.</summary>
    private SProc Proc14Loop(SourcePos start, SProc p)
    {
        while (Accept("/\\"))
        {
            p = new SConjunction(start, p, ParseProc15());
        }
        return p;
    }

    /// <summary>Level Proc15: Syn/negation (<c>~ Proc15</c>); otherwise Proc16.</summary>
    private SProc ParseProc15()
    {
        EnsureStack();
        if (At("~"))
        {
            var tilde = Advance();
            return new SNegation(tilde.Pos, ParseProc15());
        }
        return ParseProc16();
    }

    /// <summary>True when <paramref name="t"/> can start an expression (used for "expected" messages).</summary>
    private static bool CanStartExpression(Token t) => t.Kind switch
    {
        TokenKind.Int or TokenKind.String or TokenKind.Uri or TokenKind.Var => true,
        TokenKind.Symbol => t.Text is "{" or "[" or "(" or "Set" or "Nil" or "true" or "false" or "_" or "~" or "*"
            or "=" or "not" or "-" or "BigInt(" or "Bool" or "Int" or "BigInt" or "String" or "Uri" or "ByteArray",
        _ => false,
    };
}
