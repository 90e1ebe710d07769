using Rho.Semantics.Core;

namespace Rho.Semantics.Syntax;

/// <summary>The lexical classes of spec/syntax.md, "Lexical rules".</summary>
internal enum TokenKind
{
    /// <summary>A keyword or punctuation symbol; its text is the symbol itself.</summary>
    Symbol,

    /// <summary>A variable: <c>x</c>, <c>x'</c>, <c>_x</c> (Syn/lex-var).</summary>
    Var,

    /// <summary>A digit string (Syn/lex-int).</summary>
    Int,

    /// <summary>A string literal; its text is the raw content between the quotes (Syn/lex-string).</summary>
    String,

    /// <summary>A URI literal; its text is the raw content between the backquotes (Syn/lex-uri).</summary>
    Uri,

    /// <summary>The end of the input.</summary>
    End,
}

/// <summary>One token: its class, its text, and the position of its first character.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, SourcePos Pos)
{
    /// <summary>True when this is the symbol or keyword <paramref name="symbol"/>.</summary>
    public bool Is(string symbol) => Kind == TokenKind.Symbol && Text == symbol;

    /// <summary>How the token is named in an error message.</summary>
    public string Describe() => Kind switch
    {
        TokenKind.Symbol when Text == ",)" => "trailing ','",
        TokenKind.Symbol or TokenKind.Var or TokenKind.Int => $"'{Text}'",
        TokenKind.String => "string literal",
        TokenKind.Uri => "URI literal",
        TokenKind.End => "end of input",
        // Stryker disable once String : unreachable guard (TokenKind has exactly the six kinds above); its text is diagnostic
        _ => throw Errors.RhoException.Crash($"unknown token kind {Kind}"),
    };
}
