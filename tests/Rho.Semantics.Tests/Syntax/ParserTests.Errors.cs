using Rho.Semantics.Errors;
using Rho.Semantics.Syntax;
using static Rho.Semantics.Tests.Syntax.SyntaxShow;

namespace Rho.Semantics.Tests.Syntax;

// Syntax errors: the offending token's exact line and column, and the message.
public partial class ParserTests
{
    [Theory]
    [Trait("Rule", "Syn/error")]
    [InlineData(")", "1:1: unexpected ')', expected a process")]
    [InlineData("", "1:1: unexpected end of input, expected a process")]
    [InlineData("x!(1", "1:5: unexpected end of input, expected ',' or ')'")]
    [InlineData("new x in x!() |", "1:16: unexpected end of input, expected a process")]
    [InlineData("for (x <- a) {\n  x!()\n  y!()\n}", "3:3: unexpected 'y', expected '|' or '}'")]
    [InlineData("for (x <- a & y <= b) { Nil }", "1:17: unexpected '<=', expected '<-' (the binds of one receipt all use the same arrow)")]
    [InlineData("for (x y <- a) { Nil }", "1:8: unexpected 'y', expected ',', '...', '<-', '<=' or '<<-'")]
    [InlineData("for (x <- a) Nil", "1:14: unexpected 'Nil', expected '{'")]
    [InlineData("contract c(x) = x!()", "1:17: unexpected 'x', expected '{'")]
    [InlineData("if (a) if (b) p!() else q!()", "1:8: unexpected 'if', expected a process")]
    [InlineData("if (a) p!() else q!() else r!()", "1:23: unexpected 'else', expected '|' or end of input")]
    [InlineData("match x { a => b!() | c!() }", "1:21: unexpected '|', expected a match case pattern or '}'")]
    [InlineData("match x { }", "1:11: unexpected '}', expected a match case pattern")]
    [InlineData("select { }", "1:10: unexpected '}', expected a name, '...', '<-', '<=' or '<<-'")]
    [InlineData("select { x <= a => Nil }", "1:12: unexpected '<=', expected '<-' (the binds of one receipt all use the same arrow)")]
    [InlineData("let x <- 1 ; y <- 2 & z <- 3 in { Nil }", "1:21: unexpected '&', expected ';' or 'in'")]
    [InlineData("(a | b)", "1:7: unexpected ')': only an expression can be parenthesised; use '{ }' around a process, or ',' for a tuple")]
    [InlineData("(x!())", "1:6: unexpected ')': only an expression can be parenthesised; use '{ }' around a process, or ',' for a tuple")]
    [InlineData("@(x)!(1)", "1:2: a parenthesised expression is not allowed here (only a tuple is); use '{ }' instead")]
    [InlineData("~(x)", "1:2: a parenthesised expression is not allowed here (only a tuple is); use '{ }' instead")]
    [InlineData("a == b matches c", "1:8: unexpected 'matches': its left operand is a comparison or a 'matches'; put it in parentheses")]
    [InlineData("a matches b matches c", "1:13: unexpected 'matches': its left operand is a comparison or a 'matches'; put it in parentheses")]
    [InlineData("x!(1) + 1", "1:7: unexpected '+', expected '|' or end of input")]
    [InlineData("@x", "1:3: unexpected end of input, expected '!', '!!' or '!?'")]
    [InlineData("match x { y => z!?(1). }", "1:17: unexpected '!?', expected '!' or '!!'")]
    [InlineData("x!?(1) | Nil", "1:8: unexpected '|', expected '.' or ';' after a synchronous send")]
    [InlineData("[1, ...t]", "1:5: unexpected '...', expected a process")]
    [InlineData("[1 ...t, 2]", "1:8: unexpected ',', expected ']'")]
    [InlineData("{1: 2, 3}", "1:9: unexpected '}', expected ':'")]
    [InlineData("{ x | y z }", "1:9: unexpected 'z', expected '|' or '}'")]
    [InlineData("new x(y) in Nil", "1:7: unexpected 'y', expected a URI literal")]
    [InlineData("= 1", "1:3: unexpected '1', expected a variable or '*' after '='")]
    [InlineData("match 1 { =x /\\ y => Nil }", "1:14: unexpected '/\\', expected '=>'")]
    [InlineData("(x) /\\ y", "1:5: unexpected '/\\', expected '|' or end of input")]
    [InlineData("for (@x <- bundle- { c }) { Nil }", "1:12: unexpected 'bundle-', expected a name ('_', a variable or '@')")]
    [InlineData("\"\ud83d\ude00\" x", "1:6: unexpected 'x', expected '|' or end of input")]
    [InlineData("a/*b", "1:2: unterminated comment: '/*' has no matching '*/'")]
    [InlineData("match 1 { (x) => Nil }", "1:11: a parenthesised expression is not allowed here (only a tuple is); use '{ }' instead")]
    [InlineData("x.1()", "1:3: unexpected '1', expected a method name")]
    [InlineData("/* never closed\n x", "1:1: unterminated comment: '/*' has no matching '*/'")]
    [InlineData("x!(1) |\n\n   /* ok */ \"open", "3:13: unterminated string literal")]
    public void Errors_ReportOffendingToken(string source, string expected) => Assert.Equal(expected, ErrorOf(source));

    [Fact]
    [Trait("Rule", "Syn/error")]
    public void Errors_FormatAsFileLineColumn()
    {
        var e = Assert.Throws<RhoException>(() => RhoParser.Parse("new x in {\n  x!(1 2)\n}"));
        Assert.Equal("prog.rho:2:8: error: unexpected '2', expected ',' or ')'", e.Error.Format("prog.rho"));
        Assert.Equal(ErrorKinds.Syntax, e.Error.Kind);
    }
}
