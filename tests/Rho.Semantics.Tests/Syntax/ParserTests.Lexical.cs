using Rho.Semantics.Core;
using Rho.Semantics.Syntax;
using static Rho.Semantics.Tests.Syntax.SyntaxShow;

namespace Rho.Semantics.Tests.Syntax;

// The token level (spec/syntax.md, "Lexical rules").
public partial class ParserTests
{
    [Fact]
    [Trait("Rule", "Syn/lex-comment")]
    public void Comments_LineAndBlock_SkippedWithPositionsKept()
    {
        var p = RhoParser.Parse("// first line\n/* a\n block */ x!() | // tail\n  y!() /* end */");
        var par = Assert.IsType<SPar>(p);
        Assert.Equal(new SourcePos(3, 11), par.Left.Pos);
        Assert.Equal(new SourcePos(4, 3), par.Right.Pos);
    }

    [Theory]
    [Trait("Rule", "Syn/lex-comment")]
    [InlineData("a /* x */ / b", "(/ a b)")]
    [InlineData("a/**/+b", "(+ a b)")]
    [InlineData("x // comment without newline", "x")]
    [InlineData("/* ** / */ x", "x")]
    public void Comments_BetweenTokens_Ignored(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/lex-keyword")]
    [InlineData("new Set in Nil", "1:5: unexpected 'Set', expected a variable to declare")]
    [InlineData("for (x <- Nil) { Nil }", "1:11: unexpected 'Nil', expected a name ('_', a variable or '@')")]
    [InlineData("new true in Nil", "1:5: unexpected 'true', expected a variable to declare")]
    [InlineData("x.in()", "1:3: unexpected 'in', expected a method name")]
    public void Keywords_AreReserved(string source, string expected) => Assert.Equal(expected, ErrorOf(source));

    [Theory]
    [Trait("Rule", "Syn/lex-keyword")]
    [Trait("Rule", "Syn/lex-var")]
    [InlineData("Nilx", "Nilx")]
    [InlineData("matches1", "matches1")]
    [InlineData("bundle1", "bundle1")]
    [InlineData("x'", "x'")]
    [InlineData("'a_1'", "'a_1'")]
    [InlineData("_0", "_0")]
    [InlineData("été", "été")]
    public void Var_LongestMatch_BeatsKeywordPrefix(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/lex-int")]
    [InlineData("0", "0")]
    [InlineData("-0", "(neg 0)")]
    [InlineData("1-2", "(- 1 2)")]
    public void Int_DigitsOnly(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Fact]
    [Trait("Rule", "Syn/lex-int")]
    public void Int_FollowedByLetters_TwoTokens() =>
        Assert.Equal("1:4: unexpected 'abc', expected '|' or end of input", ErrorOf("123abc"));

    [Theory]
    [Trait("Rule", "Syn/lex-string")]
    [InlineData("\"\"", "")]
    [InlineData("\"a\\\"b\"", "a\\\"b")]
    [InlineData("\"\\\\ \\n \\t\"", "\\\\ \\n \\t")]
    [InlineData("\"two\nlines\"", "two\nlines")]
    [InlineData("\"// not a comment\"", "// not a comment")]
    public void String_RawTextBetweenQuotes_EscapesAsWritten(string source, string raw) =>
        Assert.Equal(raw, Assert.IsType<SString>(RhoParser.Parse(source)).Raw);

    [Theory]
    [Trait("Rule", "Syn/lex-string")]
    [InlineData("\"ab\\q\"", "1:4: invalid escape '\\q' in string literal (allowed: \\\" \\\\ \\n \\t)")]
    [InlineData("x!(\"a\\`\")", "1:6: invalid escape '\\`' in string literal (allowed: \\\" \\\\ \\n \\t)")]
    [InlineData("\"abc", "1:1: unterminated string literal")]
    [InlineData("x!(1)\n  | \"a\\\"", "2:5: unterminated string literal")]
    public void String_BadEscapeOrUnterminated_Error(string source, string expected) => Assert.Equal(expected, ErrorOf(source));

    [Theory]
    [Trait("Rule", "Syn/lex-uri")]
    [InlineData("`rho:io:stdout`", "rho:io:stdout")]
    [InlineData("`a\\`b\\\\c`", "a\\`b\\\\c")]
    [InlineData("``", "")]
    public void Uri_RawTextBetweenBackquotes(string source, string raw) =>
        Assert.Equal(raw, Assert.IsType<SUri>(RhoParser.Parse(source)).Raw);

    [Theory]
    [Trait("Rule", "Syn/lex-uri")]
    [InlineData("`a\\nb`", "1:3: invalid escape '\\n' in URI literal (allowed: \\` \\\\)")]
    [InlineData("`rho:io", "1:1: unterminated URI literal")]
    public void Uri_BadEscapeOrUnterminated_Error(string source, string expected) => Assert.Equal(expected, ErrorOf(source));

    [Theory]
    [Trait("Rule", "Syn/lex-symbol")]
    [InlineData("for(x<-y){Nil}", "(for [x <- y] Nil)")]
    [InlineData("for(x<<-y){Nil}", "(for [x <<- y] Nil)")]
    [InlineData("for(x<=y){Nil}", "(for [x <= y] Nil)")]
    [InlineData("a<=b", "(<= a b)")]
    [InlineData("a--b", "(-- a b)")]
    [InlineData("a- -b", "(- a (neg b))")]
    [InlineData("a%%b%c", "(% (%% a b) c)")]
    [InlineData("x!!(1)", "(!! x 1)")]
    [InlineData("a!=b", "(!= a b)")]
    [InlineData("[a...b]", "[a ...b]")]
    [InlineData("BigInt(5)", "BigInt(5)")]
    [InlineData("match x {BigInt => Nil}", "(match x [BigInt => Nil])")]
    [InlineData("bundle-{Nil}", "(bundle- Nil)")]
    public void Symbols_LongestMatch(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/lex-symbol")]
    [InlineData("BigInt (5)", "1:8: unexpected '(', expected '|' or end of input")]
    [InlineData("x!(1,)", "1:5: unexpected trailing ',', expected ',' or ')'")]
    [InlineData("BigInt(-5)", "1:8: unexpected '-', expected digits after 'BigInt('")]
    [InlineData("x # y", "1:3: unexpected character '#'")]
    [InlineData("x\u00a0y", "1:2: unexpected character U+00A0")]
    public void Symbols_GluedTokens_Error(string source, string expected) => Assert.Equal(expected, ErrorOf(source));
}
