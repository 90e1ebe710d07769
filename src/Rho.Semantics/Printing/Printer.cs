using System.Text;
using Rho.Semantics.Core;

namespace Rho.Semantics.Printing;

// The source printer (spec/printing.md). It writes a term in the layout of the reference's
// pretty printer: values exactly as the reference prints them (what `rho:io:stdout` shows),
// processes in the reference's layout with the reference's variable names (x0, x1, … for bound
// variables, a new letter y, z, … inside each pattern), adjusted where the reference's text would
// not parse back to the same term (spec/divergences.md).
//
// Metavariables: p, q : Proc; sb : the output; cx : the naming context; ind : the indent level.

/// <summary>
/// Prints core terms as Rholang source text in the reference's layout (spec/printing.md). The
/// printed text of a closed, normalized, canonical program parses back to a ≡ term, except in the
/// corners listed in spec/printing.md ("Corners").
/// </summary>
/// <remarks>Recursive in the nesting depth (callers run it inside <see cref="DeepStack.Run{T}"/>). Raises only Crash.</remarks>
public static partial class Printer
{
    private const string IndentUnit = "  ";

    /// <summary>The source text of <paramref name="p"/> (rule <c>Print/term</c>); canonicalize first for the canonical text.</summary>
    public static string Print(Proc p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var sb = new StringBuilder();
        Write(sb, p, Context.Top, 0);
        return sb.ToString();
    }

    /// <summary>
    /// The source text of <paramref name="p"/> (rule <c>Print/source</c>): the layout of
    /// <see cref="Print"/>, except where the reference's value layout does not parse back —
    /// a 1-tuple is written <c>(p,)</c> instead of <c>(p)</c>. Canonicalize first for the
    /// canonical text; for canonical closed programs, parse ∘ PrintSource is the identity up to ≡.
    /// </summary>
    public static string PrintSource(Proc p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var sb = new StringBuilder();
        Write(sb, p, Context.TopSource, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, Proc p, Context cx, int ind)
    {
        switch (p)
        {
            case Nil:
                sb.Append("Nil");
                break;
            case Par par:
                WritePar(sb, par, cx, ind);
                break;
            case Send s:
                WriteSend(sb, s, cx, ind);
                break;
            case Receive r:
                WriteReceive(sb, r, cx, ind);
                break;
            case New n:
                WriteNew(sb, n, cx, ind);
                break;
            case Match m:
                WriteMatch(sb, m, cx, ind);
                break;
            case Bundle b:
                WriteBundle(sb, b, cx, ind);
                break;
            case BoundVar or FreeVar or Wildcard or VarRef:
                WriteVar(sb, p, cx);
                break;
            case ConnAnd or ConnOr or ConnNot or ConnType:
                WriteConnective(sb, p, cx, ind);
                break;
            default:
                WriteExpr(sb, p, cx, ind);
                break;
        }
    }

    /// <summary>Print/par: the items grouped as the reference prints them, one per line.</summary>
    private static void WritePar(StringBuilder sb, Par par, Context cx, int ind)
    {
        var items = par.Procs.Items.Select((q, i) => (q, i)).OrderBy(e => PrintGroup(e.q)).ThenBy(e => e.i);
        var first = true;
        foreach (var (q, _) in items)
        {
            if (!first)
            {
                sb.Append(" |\n");
                Indent(sb, ind);
            }
            first = false;
            Write(sb, q, cx, ind);
        }
    }

    /// <summary>The reference prints a Par's bundles, sends, receives, news, expressions, matches, names, connectives, in that order.</summary>
    private static int PrintGroup(Proc q) => q switch
    {
        Bundle => 0,
        Send => 1,
        Receive => 2,
        New => 3,
        Match => 5,
        GUnforgeable or GSysChannel => 6,
        ConnAnd or ConnOr or ConnNot or ConnType or VarRef => 7,
        _ => 4,
    };

    private static void Indent(StringBuilder sb, int ind)
    {
        for (var i = 0; i < ind; i++)
        {
            sb.Append(IndentUnit);
        }
    }

    private static void WriteSeq(StringBuilder sb, Seq<Proc> ps, Context cx, int ind, string separator = ", ")
    {
        for (var i = 0; i < ps.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(separator);
            }
            Write(sb, ps[i], cx, ind);
        }
    }
}
