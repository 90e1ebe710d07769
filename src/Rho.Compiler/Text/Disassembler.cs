using System.Globalization;
using System.Text;
using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Compiler.Text;

/// <summary>
/// The text form of compiled code (spec/bytecode.md, "Text format"): one block per process,
/// sequence and link group, indented by nesting; one line per instruction
/// (<c>offset NAME operands</c>) and per pool entry. Terms in the pool are written as the hex of
/// their binary encoding, followed by a readable comment, so the text is exact
/// (<c>Law/roundtrip</c>: assemble ∘ disassemble = id).
/// </summary>
internal static class Disassembler
{
    public static string Write(CompiledProcess p)
    {
        var sb = new StringBuilder();
        sb.Append("rhoc ").Append(Container.Version).Append(" sha256 ").Append(Convert.ToHexStringLower(Container.Hash(p))).Append('\n');
        Process(sb, p, 0);
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, int indent, string text) => sb.Append(' ', indent * 2).Append(text).Append('\n');

    private static void Process(StringBuilder sb, CompiledProcess p, int indent)
    {
        Line(sb, indent, "process");
        foreach (var c in p.Sequences)
        {
            Line(sb, indent + 1, "sequence");
            Code(sb, c, indent + 2);
        }
        foreach (var g in p.Links)
        {
            Line(sb, indent + 1, "link " + g.Count.ToString(CultureInfo.InvariantCulture) + string.Concat(g.Uris.Select(u => " " + Quote(u))));
            Process(sb, g.Body, indent + 2);
        }
    }

    private static void Code(StringBuilder sb, Code c, int indent)
    {
        foreach (var x in Bytecode.Decoder.Decode(c))
        {
            var text = new StringBuilder();
            text.Append(x.Offset.ToString("D4", CultureInfo.InvariantCulture)).Append(' ').Append(x.Info.Name);
            if (x.Op == Opcode.Receive)
            {
                text.Append(' ').Append(((ReceiveKind)x.Operands[0]).ToString().ToLowerInvariant());
                text.Append(' ').Append(x.Operands[1]);
                foreach (var k in x.Operands.Skip(2))
                {
                    text.Append(" #").Append(k);
                }
            }
            else
            {
                for (var i = 0; i < x.Operands.Length; i++)
                {
                    text.Append(' ').Append(Operand(x.Info.Operands[i], x.Operands[i]));
                }
            }
            Line(sb, indent, text.ToString());
        }
        if (c.Pool.Count > 0)
        {
            Line(sb, indent, "pool");
        }
        for (var i = 0; i < c.Pool.Count; i++)
        {
            var head = "#" + i.ToString(CultureInfo.InvariantCulture) + " ";
            switch (c.Pool[i])
            {
                case ValueConst v:
                    Line(sb, indent + 1, head + "value " + Hex(v.Value) + "  ; " + Show(v.Value));
                    break;
                case InertConst k:
                    Line(sb, indent + 1, head + "inert " + Hex(k.Term) + "  ; " + Show(k.Term));
                    break;
                case PatternConst pat:
                    Line(sb, indent + 1, head + "pattern " + pat.FreeCount + " " + Hex(pat.Pattern) + "  ; " + Show(pat.Pattern));
                    break;
                case BindConst b:
                    var rem = b.Remainder is null ? "" : " rest " + Hex(b.Remainder);
                    Line(sb, indent + 1, head + "bind " + b.FreeCount + string.Concat(b.Patterns.Select(x => " " + Hex(x))) + rem
                        + "  ; " + string.Join(", ", b.Patterns.Select(Show)));
                    break;
                case QuoteConst q:
                    Line(sb, indent + 1, head + "quote");
                    Process(sb, q.Process, indent + 2);
                    break;
                case UnitConst u:
                    Line(sb, indent + 1, head + "unit " + u.Binds);
                    Process(sb, u.Body, indent + 2);
                    break;
                case MethodConst m:
                    Line(sb, indent + 1, head + "method " + Quote(m.Name));
                    break;
                default:
                    // Stryker disable once String : unreachable: Write hashes the whole process first, and Codec.Encode (nested code included) rejects an unknown pool entry; diagnostic text
                    throw RhoException.Crash($"Disassembler: unknown pool entry {c.Pool[i].GetType().Name}");
            }
        }
    }

    private static string Operand(OperandKind kind, int x) => kind switch
    {
        OperandKind.Pool => "#" + x.ToString(CultureInfo.InvariantCulture),
        OperandKind.Target => "@" + x.ToString("D4", CultureInfo.InvariantCulture),
        _ => x.ToString(CultureInfo.InvariantCulture),
    };

    private static string Hex(Proc p)
    {
        var w = new ByteWriter();
        TermCodec.Write(w, p);
        return "x'" + Convert.ToHexStringLower(w.ToArray()) + "'";
    }

    /// <summary>A string literal with <c>\"</c>, <c>\\</c> and <c>\n</c> escapes.</summary>
    public static string Quote(string s) =>
        "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal) + "\"";

    /// <summary>A one-line readable rendering of a term, for comments only.</summary>
    private static string Show(Proc p) => TermShow.Show(p).Replace("\n", " ", StringComparison.Ordinal);
}
