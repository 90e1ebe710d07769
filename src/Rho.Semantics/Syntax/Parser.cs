using System.Runtime.CompilerServices;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Syntax;

/// <summary>
/// Recursive descent over the tokens, one method per precedence level of spec/syntax.md
/// (<c>ParseProc</c> … <c>ParseProc16</c>). Left-associative levels are loops. Every error is
/// Malformed at the offending token: "unexpected X, expected Y".
/// </summary>
/// <remarks>Metavariables: p, q : SProc; n : SName; t : Token.</remarks>
internal sealed partial class Parser
{
    private readonly List<Token> _tokens;
    private int _next;

    /// <summary>Creates a parser over a token list that ends with <see cref="TokenKind.End"/>.</summary>
    public Parser(List<Token> tokens) => _tokens = tokens;

    /// <summary>A whole program: one process, then the end of the input.</summary>
    public SProc ParseProgram()
    {
        var p = ParseProc(out _);
        if (Peek.Kind != TokenKind.End)
        {
            throw Unexpected("'|' or end of input");
        }
        return p;
    }

    /// <summary>The next token.</summary>
    private Token Peek => _tokens[_next];

    /// <summary>The token <paramref name="ahead"/> places after the next one (End past the end).</summary>
    private Token PeekAt(int ahead) => _tokens[Math.Min(_next + ahead, _tokens.Count - 1)];

    /// <summary>True when the next token is the symbol or keyword <paramref name="symbol"/>.</summary>
    private bool At(string symbol) => Peek.Is(symbol);

    /// <summary>Consumes and returns the next token.</summary>
    private Token Advance()
    {
        var t = _tokens[_next];
        if (t.Kind != TokenKind.End)
        {
            _next++;
        }
        return t;
    }

    /// <summary>Consumes <paramref name="symbol"/> when it is next.</summary>
    private bool Accept(string symbol)
    {
        if (!At(symbol))
        {
            return false;
        }
        _next++;
        return true;
    }

    /// <summary>Consumes <paramref name="symbol"/> or fails with "unexpected X, expected 'symbol'".</summary>
    private Token Expect(string symbol)
    {
        if (!At(symbol))
        {
            throw Unexpected($"'{symbol}'");
        }
        return Advance();
    }

    /// <summary>Consumes a variable token, or fails naming <paramref name="what"/>.</summary>
    private Token ExpectVar(string what)
    {
        if (Peek.Kind != TokenKind.Var)
        {
            throw Unexpected(what);
        }
        return Advance();
    }

    /// <summary>The error "unexpected X, expected <paramref name="expected"/>" at the next token.</summary>
    private RhoException Unexpected(string expected) =>
        RhoException.Malformed(Peek.Pos, $"unexpected {Peek.Describe()}, expected {expected}");

    /// <summary>
    /// Fails cleanly instead of overflowing the stack when a program is nested deeper than the
    /// current thread's stack allows (the facade runs on a 1 GiB stack).
    /// </summary>
    private void EnsureStack()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw RhoException.Malformed(Peek.Pos, "program nested too deeply");
        }
    }

    /// <summary>A comma-separated, possibly empty list of processes, ended by <paramref name="close"/> (not consumed).</summary>
    private Seq<SProc> ParseProcs(string close)
    {
        if (At(close))
        {
            return Seq<SProc>.Empty;
        }
        var items = new List<SProc> { ParseProc(out _) };
        while (Accept(","))
        {
            items.Add(ParseProc(out _));
        }
        if (!At(close))
        {
            throw Unexpected($"',' or '{close}'");
        }
        return items.ToSeq();
    }

    /// <summary><c>( procs )</c>: the arguments of a send, a method or a send-receive source.</summary>
    private Seq<SProc> ParseArgs()
    {
        Expect("(");
        var args = ParseProcs(")");
        Expect(")");
        return args;
    }
}
