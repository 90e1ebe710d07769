using System.Text;

namespace Rho.Semantics.Tests.Syntax;

/// <summary>
/// Syn/deep for the prefix operators that recurse into themselves without passing through a
/// process level: a chain deeper than a small stack allows is a clean syntax error, not a crash.
/// </summary>
public class SyntaxMutDeep
{
    [Theory]
    [Trait("Rule", "Syn/deep")]
    [InlineData("not ", "x")]
    [InlineData("- ", "x")]
    [InlineData("~", "x")]
    [InlineData("*@", "x")]
    public void PrefixChain_BeyondTheStack_CleanSyntaxError(string prefix, string operand)
    {
        var source = new StringBuilder(prefix.Length * 200_000).Insert(0, prefix, 200_000).Append(operand).ToString();
        ParserTests.AssertTooDeepOnASmallStack(source);
    }
}
