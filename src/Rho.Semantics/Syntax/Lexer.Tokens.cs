using System.Collections.Frozen;
using Rho.Semantics.Errors;
using Sprache;

namespace Rho.Semantics.Syntax;

// The token grammars of spec/syntax.md, "Lexical rules".
internal static partial class Lexer
{
    /// <summary>Reserved words (Syn/lex-keyword): never variables.</summary>
    internal static readonly FrozenSet<string> Keywords = FrozenSet.Create(
        StringComparer.Ordinal,
        "Nil", "true", "false", "not", "and", "or", "matches", "contract", "for", "select", "match",
        "let", "in", "if", "else", "new", "Set", "Bool", "Int", "BigInt", "String", "Uri", "ByteArray",
        "bundle", "bundle0");

    /// <summary>Punctuation (Syn/lex-symbol), longest first so that ordered choice is longest match.</summary>
    internal static readonly string[] Symbols =
    [
        "<<-", "...",
        "%%", "++", "--", "<-", "<=", ">=", "==", "!=", "&&", "||", "!!", "!?", "?!", "=>", "/\\", "\\/", ",)",
        "{", "}", "(", ")", "[", "]", "~", "*", ".", "-", "/", "%", "+", "<", ">", "!", "|", ",", ";", "&",
        "=", "@", "_", ":",
    ];

    private static readonly Parser<string> Whitespace =
        Parse.Chars(" \t\r\n\f\v").AtLeastOnce().Return("");

    private static readonly Parser<string> LineComment =
        from open in Parse.String("//")
        from body in Parse.CharExcept('\n').Many()
        select "";

    private static readonly Parser<string> BlockComment =
        from open in Parse.String("/*")
        from body in Parse.AnyChar.Until(Parse.String("*/"))
        select "";

    /// <summary>A BNFC <c>letter</c>: ASCII or Latin-1 letter.</summary>
    internal static bool IsLetter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u00FF') && c != '\u00D7' && c != '\u00F7';

    /// <summary>An ASCII digit.</summary>
    internal static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsVarChar(char c) => IsLetter(c) || IsDigit(c) || c is '_' or '\'';

    /// <summary>Syn/lex-int: a non-empty digit string, kept as written.</summary>
    private static readonly Parser<(TokenKind Kind, string Text)> IntLiteral =
        Parse.Char(IsDigit, "digit").AtLeastOnce().Text().Select(d => (TokenKind.Int, d));

    /// <summary>
    /// Syn/lex-var and Syn/lex-keyword: <c>(letter|')(letter|digit|_|')*</c> or
    /// <c>_(letter|digit|_|')+</c>; a reserved word is a keyword; <c>BigInt(</c>,
    /// <c>bundle+</c> and <c>bundle-</c> are single tokens.
    /// </summary>
    private static readonly Parser<(TokenKind Kind, string Text)> Word =
        from word in
            (from first in Parse.Char(c => IsLetter(c) || c == '\'', "letter")
             from rest in Parse.Char(IsVarChar, "letter or digit").Many().Text()
             select first + rest)
            .Or(
                from first in Parse.Char('_')
                from rest in Parse.Char(IsVarChar, "letter or digit").AtLeastOnce().Text()
                select "_" + rest)
        from glued in Glue(word).Optional()
        select glued.IsDefined ? (TokenKind.Symbol, word + glued.Get())
            : Keywords.TryGetValue(word, out var keyword) ? (TokenKind.Symbol, keyword)
            : (TokenKind.Var, word);

    private static Parser<char> Glue(string word) => word switch
    {
        "BigInt" => Parse.Char('('),
        "bundle" => Parse.Chars("+-"),
        // Stryker disable once String : this parser always fails, and its only use, Glue(word).Optional(), drops the failure with its message
        _ => Parse.Char(_ => false, "nothing"),
    };

    /// <summary>The symbol parsers grouped by first character, each group an ordered choice, longest first.</summary>
    private static readonly FrozenDictionary<char, Parser<(TokenKind Kind, string Text)>> SymbolsByFirstChar =
        Symbols.GroupBy(s => s[0]).ToFrozenDictionary(
            g => g.Key,
            g => g.Select(s => Parse.String(s).Return((TokenKind.Symbol, s))).Aggregate((a, b) => a.Or(b)));

    /// <summary>Syn/lex-string: <c>"…"</c> with escapes <c>\" \\ \n \t</c>.</summary>
    private static readonly Parser<(TokenKind Kind, string Text)> StringLiteral =
        Quoted('"', "\"\\nt", TokenKind.String, "string literal");

    /// <summary>Syn/lex-uri: <c>`…`</c> with escapes <c>\` \\</c>.</summary>
    private static readonly Parser<(TokenKind Kind, string Text)> UriLiteral =
        Quoted('`', "`\\", TokenKind.Uri, "URI literal");

    private static readonly Parser<(TokenKind Kind, string Text)> WordOrUnderscore = Word.Or(SymbolsByFirstChar['_']);

    /// <summary>
    /// The token parser for a token starting with <paramref name="c"/>, or null when no token starts
    /// with it. Choosing by the first character keeps Sprache from trying every alternative.
    /// </summary>
    private static Parser<(TokenKind Kind, string Text)>? TokenStartingWith(char c) => c switch
    {
        '"' => StringLiteral,
        '`' => UriLiteral,
        '_' => WordOrUnderscore,
        '\'' => Word,
        _ when IsDigit(c) => IntLiteral,
        _ when IsLetter(c) => Word,
        _ => SymbolsByFirstChar.GetValueOrDefault(c),
    };

    /// <summary>
    /// A delimited literal whose value is the raw text between the delimiters. A backslash must be
    /// followed by one of <paramref name="escapes"/>; any other escape is an error at the backslash.
    /// </summary>
    private static Parser<(TokenKind Kind, string Text)> Quoted(char delimiter, string escapes, TokenKind kind, string what)
    {
        var plain = Parse.CharExcept([delimiter, '\\']).Return(0);
        var escape = Escape(escapes, what);
        var body =
            from open in Parse.Char(delimiter)
            from chars in plain.Or(escape).Many()
            from close in Parse.Char(delimiter)
            select 0;
        return input =>
        {
            var result = body(input);
            // Stryker disable once String : a failed token's message is never read; Lexer.Unlexable reports "unterminated string literal" / "unterminated URI literal" itself
            return result.WasSuccessful
                ? Result.Success((kind, input.Source[(input.Position + 1)..(result.Remainder.Position - 1)]), result.Remainder)
                : Result.Failure<(TokenKind, string)>(input, $"unterminated {what}", [what]);
        };
    }

    private static Parser<int> Escape(string escapes, string what) => input =>
    {
        if (input.AtEnd || input.Current != '\\')
        {
            // Stryker disable once String : this failure only ends plain.Or(escape).Many(), which drops its message
            return Result.Failure<int>(input, "expected an escape", ["escape"]);
        }
        var next = input.Advance();
        if (next.AtEnd)
        {
            // Stryker disable once String : this failure only ends plain.Or(escape).Many(), which drops its message (Lexer.Unlexable reports the literal)
            return Result.Failure<int>(input, $"unterminated {what}", [what]);
        }
        if (!escapes.Contains(next.Current, StringComparison.Ordinal))
        {
            var allowed = string.Join(" ", escapes.Select(e => "\\" + e));
            throw RhoException.Malformed(
                PosOf(input),
                $"invalid escape '\\{(char.IsControl(next.Current) ? DescribeChar(next.Current) : next.Current)}' in {what} (allowed: {allowed})");
        }
        return Result.Success(0, next.Advance());
    };
}
