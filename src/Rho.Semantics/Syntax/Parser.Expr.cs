using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Syntax;

// Levels Proc4 to Proc15: the expression operators, tightest last.
internal sealed partial class Parser
{
    /// <summary>Level Proc4, the loosest expression level.</summary>
    private SProc ParseProc4() => ParseBinary(4);

    /// <summary>
    /// The left-associative binary levels Proc4 (Syn/or) to Proc9 (Syn/mul), one loop per level;
    /// level 6 also parses Syn/matches, which does not chain.
    /// </summary>
    private SProc ParseBinary(int level)
    {
        if (level == 10)
        {
            return ParseProc10();
        }
        var start = Peek.Pos;
        var p = ParseBinary(level + 1);
        if (level == 6 && Accept("matches"))
        {
            p = new SMatches(start, p, ParseBinary(7));
        }
        while (OperatorAt(level, Peek) is { } op)
        {
            Advance();
            p = new SBinary(start, op, p, ParseBinary(level + 1));
        }
        if (level == 6 && At("matches"))
        {
            throw RhoException.Malformed(
                Peek.Pos, "unexpected 'matches': its left operand is a comparison or a 'matches'; put it in parentheses");
        }
        return p;
    }

    /// <summary>The binary operator of <paramref name="level"/> spelled by <paramref name="t"/>, if any.</summary>
    private static BinaryOp? OperatorAt(int level, Token t) => t.Kind != TokenKind.Symbol ? null : (level, t.Text) switch
    {
        (4, "or") => BinaryOp.Or,
        (4, "||") => BinaryOp.ShortOr,
        (5, "and") => BinaryOp.And,
        (5, "&&") => BinaryOp.ShortAnd,
        (6, "==") => BinaryOp.Eq,
        (6, "!=") => BinaryOp.Neq,
        (7, "<") => BinaryOp.Lt,
        (7, "<=") => BinaryOp.Lte,
        (7, ">") => BinaryOp.Gt,
        (7, ">=") => BinaryOp.Gte,
        (8, "+") => BinaryOp.Add,
        (8, "-") => BinaryOp.Sub,
        (8, "++") => BinaryOp.Concat,
        (8, "--") => BinaryOp.Diff,
        (9, "*") => BinaryOp.Mul,
        (9, "/") => BinaryOp.Div,
        (9, "%") => BinaryOp.Mod,
        (9, "%%") => BinaryOp.Interpolate,
        _ => null,
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

    /// <summary>Level Proc13: Syn/var-ref (<c>= x</c>, <c>= * x</c>) and Syn/disjunction (<c>\/</c>, a loop).</summary>
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
