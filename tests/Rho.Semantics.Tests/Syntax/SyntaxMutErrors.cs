using Rho.Semantics.Syntax;
using static Rho.Semantics.Tests.Syntax.SyntaxShow;

namespace Rho.Semantics.Tests.Syntax;

/// <summary>
/// Syntax errors of each production's "expected" branch: the exact position and message a user
/// sees when a bind, declaration, collection or pattern is cut short or has an extra token.
/// </summary>
public class SyntaxMutErrors
{
    [Theory]
    [Trait("Rule", "Syn/error")]
    [InlineData("{ 1 + 1 2 }", "1:9: unexpected '2', expected '|', ':' or '}'")]
    [InlineData("{ x!() 2 }", "1:8: unexpected '2', expected '|' or '}'")]
    [InlineData("{1: 2 3}", "1:7: unexpected '3', expected ',', '...' or '}'")]
    [InlineData("{1: 2 ...r, 3}", "1:11: unexpected ',', expected '}'")]
    [InlineData("[1 2]", "1:4: unexpected '2', expected ',', '...' or ']'")]
    [InlineData("Set(1 2)", "1:7: unexpected '2', expected ',', '...' or ')'")]
    [InlineData("[1 ...2]", "1:7: unexpected '2', expected a variable or '_' after '...'")]
    [InlineData("(1 2)", "1:4: unexpected '2', expected ',' or ')'")]
    [InlineData("(x!() 2)", "1:7: unexpected '2', expected '|', ',' or ')'")]
    [InlineData("for (x ...@1 <- a) { Nil }", "1:12: unexpected '1', expected a variable or '_' after '...@'")]
    [InlineData("for (x <- a b) { Nil }", "1:13: unexpected 'b', expected '&', ';' or ')'")]
    [InlineData("for (x \"<-\" a) { Nil }", "1:8: unexpected string literal, expected ',', '...', '<-', '<=' or '<<-'")]
    [InlineData("for (x <= a?!) { Nil }", "1:12: unexpected '?!', expected '&', ';' or ')'")]
    [InlineData("for (x ...@r y <- a) { Nil }", "1:14: unexpected 'y', expected '<-', '<=' or '<<-'")]
    [InlineData("for (x <= a & y <- b) { Nil }", "1:17: unexpected '<-', expected '<=' (the binds of one receipt all use the same arrow)")]
    [InlineData("for (x <<- a & y <- b) { Nil }", "1:18: unexpected '<-', expected '<<-' (the binds of one receipt all use the same arrow)")]
    [InlineData("select { x <- a y => Nil }", "1:17: unexpected 'y', expected '&' or '=>'")]
    [InlineData("let x <- 1 y in { Nil }", "1:12: unexpected 'y', expected ';', '&' or 'in'")]
    [InlineData("let in { Nil }", "1:5: unexpected 'in', expected a name, '...' or '<-'")]
    [InlineData("let x y <- 1 in { Nil }", "1:7: unexpected 'y', expected ',', '...' or '<-'")]
    [InlineData("let x ...@r y <- 1 in { Nil }", "1:13: unexpected 'y', expected '<-'")]
    [InlineData("=*1", "1:3: unexpected '1', expected a variable after '=*'")]
    [InlineData("x!(1 \"+\" 2)", "1:6: unexpected string literal, expected ',' or ')'")]
    [InlineData("x!(1 `u`)", "1:6: unexpected URI literal, expected ',' or ')'")]
    [InlineData("match x { -1 => Nil }", "1:11: unexpected '-', expected a process")]
    [InlineData("match x { not true => Nil }", "1:11: unexpected 'not', expected a process")]
    [InlineData("match x { *y => Nil }", "1:11: unexpected '*', expected a process")]
    [InlineData("\"a\\\tb\"", "1:3: invalid escape '\\U+0009' in string literal (allowed: \\\" \\\\ \\n \\t)")]
    [InlineData("`a\\\nb`", "1:3: invalid escape '\\U+000A' in URI literal (allowed: \\` \\\\)")]
    [InlineData("\"a\\qb\"", "1:3: invalid escape '\\q' in string literal (allowed: \\\" \\\\ \\n \\t)")]
    [InlineData("match x {", "1:10: unexpected end of input, expected a match case pattern")]
    [InlineData("new x y in Nil", "1:7: unexpected 'y', expected ',' or 'in'")]
    [InlineData("select { x <- a => for (y <- b) { Nil } }", "1:20: unexpected 'for', expected a process")]
    public void Errors_NameTheOffendingTokenAndWhatWasExpected(string source, string expected) =>
        Assert.Equal(expected, ErrorOf(source));

    [Fact]
    [Trait("Rule", "Syn/error")]
    public void Parse_RejectsNullSource() =>
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => RhoParser.Parse(null!)).ParamName);
}
