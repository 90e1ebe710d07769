using Rho.Semantics.Core;

namespace Rho.Semantics.Syntax;

/// <summary>
/// The Rholang parser (spec/syntax.md): source text to the concrete syntax tree. A Sprache lexer
/// (<c>Lexer</c>) feeds a hand-written recursive-descent parser with one method per precedence
/// level (<c>Parser</c>); long flat chains (<c>a | b | …</c>, <c>1 + 1 + …</c>) are loops.
/// </summary>
public static class RhoParser
{
    /// <summary>
    /// Parses a whole program. Runs on a deep stack (<see cref="DeepStack"/>), so programs nested
    /// tens of thousands of levels deep parse.
    /// </summary>
    /// <param name="source">The program text.</param>
    /// <returns>The concrete syntax tree of the program.</returns>
    /// <exception cref="Errors.RhoException">Malformed, at the line and column of the offending token,
    /// for any lexical or syntax error; never another exception for any input text.</exception>
    public static SProc Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return DeepStack.Run(() => new Parser(Lexer.Tokenize(source)).ParseProgram());
    }
}
