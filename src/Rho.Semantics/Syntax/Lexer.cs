using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Sprache;

namespace Rho.Semantics.Syntax;

/// <summary>
/// The token level of spec/syntax.md ("Lexical rules"), built from Sprache combinators: source
/// text to a list of tokens ending in <see cref="TokenKind.End"/>. Longest match decides between
/// overlapping tokens (<c>&lt;&lt;-</c> over <c>&lt;</c>, <c>BigInt(</c> over <c>BigInt</c>,
/// <c>bundle+</c> over <c>bundle</c>, <c>_x</c> over <c>_</c>). Raises Malformed only.
/// </summary>
internal static partial class Lexer
{
    /// <summary>Splits <paramref name="source"/> into tokens (Syn/lex-*).</summary>
    public static List<Token> Tokenize(string source)
    {
        var tokens = new List<Token>();
        IInput input = new Input(source);
        while (true)
        {
            input = SkipTrivia(input);
            if (input.AtEnd)
            {
                tokens.Add(new Token(TokenKind.End, "", PosOf(input)));
                return tokens;
            }
            var result = AnyToken(input);
            if (!result.WasSuccessful)
            {
                throw Unlexable(input);
            }
            tokens.Add(new Token(result.Value.Kind, result.Value.Text, PosOf(input)));
            input = result.Remainder;
        }
    }

    /// <summary>The 1-based line and column of the next character of <paramref name="input"/>.</summary>
    internal static SourcePos PosOf(IInput input) => new(input.Line, input.Column);

    /// <summary>Skips whitespace and comments (Syn/lex-comment); an unclosed <c>/*</c> is an error at its start.</summary>
    private static IInput SkipTrivia(IInput input)
    {
        while (!input.AtEnd)
        {
            var skipped = Whitespace.Or(LineComment)(input);
            if (skipped.WasSuccessful)
            {
                input = skipped.Remainder;
                continue;
            }
            if (!BlockCommentOpen(input).WasSuccessful)
            {
                return input;
            }
            var comment = BlockComment(input);
            if (!comment.WasSuccessful)
            {
                throw RhoException.Malformed(PosOf(input), "unterminated comment: '/*' has no matching '*/'");
            }
            input = comment.Remainder;
        }
        return input;
    }

    /// <summary>The error for a position where no token starts.</summary>
    private static RhoException Unlexable(IInput input) => input.Current switch
    {
        '"' => RhoException.Malformed(PosOf(input), "unterminated string literal"),
        '`' => RhoException.Malformed(PosOf(input), "unterminated URI literal"),
        var c => RhoException.Malformed(PosOf(input), $"unexpected character {DescribeChar(c)}"),
    };

    /// <summary>A character as shown in an error message: quoted when printable, else its code point.</summary>
    internal static string DescribeChar(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c) || char.IsSurrogate(c) ? $"U+{(int)c:X4}" : $"'{c}'";
}
