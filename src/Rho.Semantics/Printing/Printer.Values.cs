using System.Globalization;
using System.Text;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;
using Rho.Semantics.Mutation;

namespace Rho.Semantics.Printing;

// Values and expressions (Print/string, Print/int, Print/bigint, Print/uri, Print/bytes,
// Print/bool, Print/list, Print/tuple, Print/set, Print/map, Print/name, Print/expr,
// Print/method, Print/connective). Sub-terms of expressions are written at indent 0, as the
// reference writes them.
public static partial class Printer
{
    private static void WriteExpr(StringBuilder sb, Proc p, Context cx, int ind)
    {
        _ = ind;
        switch (p)
        {
            case GBool b:
                sb.Append(b.Value ? "true" : "false");
                break;
            case GInt i:
                sb.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                break;
            case GBigInt bi:
                sb.Append("BigInt(").Append(bi.Value.ToString(CultureInfo.InvariantCulture)).Append(')');
                break;
            case GString s:
                WriteString(sb, s.Value);
                break;
            case GUri u:
                sb.Append('`').Append(u.Value).Append('`');
                break;
            case GByteArray bytes:
                sb.Append(Convert.ToHexStringLower(bytes.Bytes.Items.AsSpan()));
                break;
            case GUnforgeable u:
                sb.Append("Unforgeable(0x").Append(u.Id.ToString("x2", CultureInfo.InvariantCulture)).Append(')');
                break;
            case GSysChannel c:
                sb.Append("Unforgeable(`").Append(c.Uri).Append("`)");
                break;
            case EList l:
                sb.Append('[');
                WriteSeq(sb, l.Items, cx, 0);
                WriteRemainder(sb, l.Remainder, cx);
                sb.Append(']');
                break;
            case ETuple t:
                sb.Append('(');
                WriteSeq(sb, t.Items, cx, 0);
                sb.Append(cx.SourceSyntax && t.Items.Count == 1 ? ",)" : ")");
                break;
            case ESet s:
                sb.Append("Set(");
                WriteSeq(sb, s.Items, cx, 0);
                WriteRemainder(sb, s.Remainder, cx);
                sb.Append(')');
                break;
            case EMap m:
                WriteMap(sb, m, cx);
                break;
            case EUnary u:
                sb.Append(u.Op == UnaryOp.Neg ? "-(" : "not (");
                Write(sb, u.Operand, cx, 0);
                sb.Append(')');
                break;
            case EBinary b:
                sb.Append('(');
                Write(sb, b.Left, cx, 0);
                sb.Append(' ').Append(OperatorText(b.Op)).Append(' ');
                Write(sb, b.Right, cx, 0);
                sb.Append(')');
                break;
            case EMatches m:
                sb.Append('(');
                Write(sb, m.Target, cx, 0);
                sb.Append(" matches ");
                Write(sb, m.Pattern, cx, 0);
                sb.Append(')');
                break;
            case EMethod m:
                sb.Append('(');
                Write(sb, m.Target, cx, 0);
                sb.Append(").").Append(m.Name).Append('(');
                WriteSeq(sb, m.Args, cx, 0, ",");
                sb.Append(')');
                break;
            default:
                throw Errors.RhoException.Crash($"Printer: unknown term {p.GetType().Name}");
        }
    }

    /// <summary>Print/string: in double quotes, with <c>"</c>, <c>\</c>, newline and tab escaped back to their source spelling.</summary>
    private static void WriteString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            var e = EscapedOrder.EscapeOf(c);
            if (e == '\0')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('\\').Append(e);
            }
        }
        sb.Append('"');
    }

    private static void WriteRemainder(StringBuilder sb, Proc? rem, Context cx)
    {
        if (rem is not null)
        {
            sb.Append("...");
            Write(sb, rem, cx, 0);
        }
    }

    private static void WriteMap(StringBuilder sb, EMap m, Context cx)
    {
        sb.Append('{');
        for (var i = 0; i < m.Pairs.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }
            Write(sb, m.Pairs[i].Key, cx, 0);
            sb.Append(" : ");
            Write(sb, Mutants.IsOn(Mutant.PrintDropsMapValue) && i == m.Pairs.Count - 1 ? Nil.Instance : m.Pairs[i].Value, cx, 0);
        }
        WriteRemainder(sb, m.Remainder, cx);
        sb.Append('}');
    }

    private static string OperatorText(BinaryOp op) => op switch
    {
        BinaryOp.Or => "or",
        BinaryOp.ShortOr => "||",
        BinaryOp.And => "and",
        BinaryOp.ShortAnd => "&&",
        BinaryOp.Eq => "==",
        BinaryOp.Neq => "!=",
        BinaryOp.Lt => "<",
        BinaryOp.Lte => "<=",
        BinaryOp.Gt => ">",
        BinaryOp.Gte => ">=",
        BinaryOp.Add => "+",
        BinaryOp.Sub => "-",
        BinaryOp.Concat => "++",
        BinaryOp.Diff => "--",
        BinaryOp.Mul => "*",
        BinaryOp.Div => "/",
        BinaryOp.Mod => "%",
        BinaryOp.Interpolate => "%%",
        _ => throw Errors.RhoException.Crash($"Printer: unknown operator {op}"),
    };

    /// <summary>Print/connective: <c>{p /\ q}</c>, <c>{p \/ q}</c>, <c>~{p}</c>, and the type names.</summary>
    private static void WriteConnective(StringBuilder sb, Proc p, Context cx, int ind)
    {
        _ = ind;
        switch (p)
        {
            case ConnAnd a:
                sb.Append('{');
                WriteSeq(sb, a.Parts, cx, 0, " /\\ ");
                sb.Append('}');
                break;
            case ConnOr o:
                sb.Append('{');
                WriteSeq(sb, o.Parts, cx, 0, " \\/ ");
                sb.Append('}');
                break;
            case ConnNot n:
                sb.Append("~{");
                Write(sb, n.Body, cx, 0);
                sb.Append('}');
                break;
            case ConnType t:
                sb.Append(t.Type switch
                {
                    SimpleType.Bool => "Bool",
                    SimpleType.Int => "Int",
                    SimpleType.BigInt => "BigInt",
                    SimpleType.String => "String",
                    SimpleType.Uri => "Uri",
                    SimpleType.ByteArray => "ByteArray",
                    _ => throw Errors.RhoException.Crash($"Printer: unknown type {t.Type}"),
                });
                break;
            default:
                // Stryker disable once String : unreachable (Write calls WriteConnective only for ConnAnd, ConnOr, ConnNot and ConnType); its text is diagnostic
                throw Errors.RhoException.Crash($"Printer: not a connective {p.GetType().Name}");
        }
    }
}
