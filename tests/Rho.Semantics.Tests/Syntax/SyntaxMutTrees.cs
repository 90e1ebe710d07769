using Rho.Semantics.Syntax;
using static Rho.Semantics.Tests.Syntax.SyntaxShow;

namespace Rho.Semantics.Tests.Syntax;

/// <summary>
/// Exact syntax trees of small programs at the edges of the grammar: empty declaration values,
/// 'matches' under 'and', letters at the ends of the Latin-1 range, and match patterns for every
/// token that can start an expression.
/// </summary>
public class SyntaxMutTrees
{
    [Theory]
    [Trait("Rule", "Syn/decl")]
    [InlineData("let x <- ; y <- 1 in { Nil }", "(let; [x <-] [y <- 1] Nil)")]
    [InlineData("let x <- & y <- 1 in { Nil }", "(let& [x <-] [y <- 1] Nil)")]
    [InlineData("let x <- in { Nil }", "(let; [x <-] Nil)")]
    public void Let_DeclarationWithNoValues(string source, string expected) =>
        Assert.Equal(expected, Show(RhoParser.Parse(source)));

    [Theory]
    [Trait("Rule", "Syn/matches")]
    [InlineData("a and b matches c", "(and a (matches b c))")]
    [InlineData("a or b matches c", "(or a (matches b c))")]
    public void Matches_BindsTighterThanAndAndOr(string source, string expected) =>
        Assert.Equal(expected, Show(RhoParser.Parse(source)));

    [Theory]
    [Trait("Rule", "Syn/bundle")]
    [InlineData("bundle+ { x }", "(bundle+ x)")]
    [InlineData("bundle- { x }", "(bundle- x)")]
    [InlineData("bundle0 { x }", "(bundle0 x)")]
    [InlineData("bundle { x }", "(bundle x)")]
    public void Bundle_KeywordGluedToItsSign(string source, string expected) =>
        Assert.Equal(expected, Show(RhoParser.Parse(source)));

    [Theory]
    [Trait("Rule", "Syn/lex-var")]
    [InlineData("Z", "Z")]
    [InlineData("\u00C0", "\u00C0")]
    [InlineData("\u00FF", "\u00FF")]
    [InlineData("aZ\u00C0\u00FF", "aZ\u00C0\u00FF")]
    public void Var_LettersAtTheEndsOfTheirRanges(string source, string expected) =>
        Assert.Equal(expected, Show(RhoParser.Parse(source)));

    [Theory]
    [Trait("Rule", "Syn/match")]
    [InlineData("Set(1)")]
    [InlineData("Nil")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("_")]
    [InlineData("~1")]
    [InlineData("=y")]
    [InlineData("BigInt(1)")]
    [InlineData("Bool")]
    [InlineData("Int")]
    [InlineData("BigInt")]
    [InlineData("String")]
    [InlineData("Uri")]
    [InlineData("ByteArray")]
    [InlineData("{1}")]
    [InlineData("[1]")]
    [InlineData("(1, 2)")]
    [InlineData("\"s\"")]
    [InlineData("`u`")]
    [InlineData("7")]
    [InlineData("z")]
    public void Match_CasePatternMayStartWithAnyExpressionToken(string pattern)
    {
        var shown = Show(RhoParser.Parse($"match x {{ {pattern} => Nil }}"));
        Assert.Equal($"(match x [{Show(RhoParser.Parse(pattern))} => Nil])", shown);
    }
}
