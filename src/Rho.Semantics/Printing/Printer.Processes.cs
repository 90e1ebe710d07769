using System.Text;
using System.Text.RegularExpressions;
using Rho.Semantics.Core;

namespace Rho.Semantics.Printing;

// Processes (Print/send, Print/receive, Print/new, Print/match, Print/bundle, Print/channel).
public static partial class Printer
{
    /// <summary>A newline and the indentation after it, as the reference folds a short channel onto one line (Java's \s).</summary>
    [GeneratedRegex("\n([ \t\n\u000B\f\r][ \t\n\u000B\f\r])*")]
    private static partial Regex LineBreak();

    /// <summary>
    /// Print/channel: a name. A <c>new</c>-bound variable is written bare; anything else is
    /// quoted <c>@{…}</c>. Text of at most 60 characters is folded onto one line.
    /// </summary>
    private static void WriteChannel(StringBuilder sb, Proc p, Context cx, int ind)
    {
        if (p is BoundVar v && cx.Lookup(v.Index) is { IsNew: true } name)
        {
            sb.Append(name.Name);
            return;
        }
        var inner = new StringBuilder();
        Write(inner, p, cx, ind);
        var text = inner.ToString();
        if (text.Length <= 60)
        {
            text = LineBreak().Replace(text, " ");
        }
        sb.Append("@{").Append(text).Append('}');
    }

    /// <summary>Print/send: <c>c!(args)</c>, <c>c!!(args)</c>.</summary>
    private static void WriteSend(StringBuilder sb, Send s, Context cx, int ind)
    {
        _ = ind;
        WriteChannel(sb, s.Chan, cx, 0);
        sb.Append(s.Persistent ? "!!(" : "!(");
        WriteSeq(sb, s.Args, cx, 0);
        sb.Append(')');
    }

    /// <summary>Print/receive: <c>for( pats &lt;- c  &amp; … ) {body}</c>, the body on its own lines.</summary>
    private static void WriteReceive(StringBuilder sb, Receive r, Context cx, int ind)
    {
        var arrow = r.Kind switch
        {
            ReceiveKind.Linear => " <- ",
            ReceiveKind.Persistent => " <= ",
            ReceiveKind.Peek => " <<- ",
            _ => throw Errors.RhoException.Crash($"Printer: unknown receive kind {r.Kind}"),
        };
        sb.Append("for( ");
        var offset = 0;
        for (var j = 0; j < r.Binds.Count; j++)
        {
            var b = r.Binds[j];
            var pcx = cx.Pattern(offset);
            for (var i = 0; i < b.Patterns.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(", ");
                }
                WriteChannel(sb, b.Patterns[i], pcx, 0);
            }
            if (b.Remainder is not null)
            {
                sb.Append("...@");
                Write(sb, b.Remainder, pcx, 0);
            }
            sb.Append(arrow);
            WriteChannel(sb, b.Source, cx, ind);
            if (j != r.Binds.Count - 1)
            {
                sb.Append("  & ");
            }
            offset += b.FreeCount;
        }
        sb.Append(" ) {\n");
        Indent(sb, ind + 1);
        Write(sb, r.Body, cx.Bind(r.BindCount, isNew: false), ind + 1);
        sb.Append('\n');
        Indent(sb, ind);
        sb.Append('}');
    }

    /// <summary>Print/new: <c>new x0, x1(`uri`) in {body}</c>.</summary>
    private static void WriteNew(StringBuilder sb, New n, Context cx, int ind)
    {
        sb.Append("new ");
        var plain = n.Count - n.Uris.Count;
        for (var k = 0; k < n.Count; k++)
        {
            if (k > 0)
            {
                sb.Append(", ");
            }
            sb.Append(cx.Name(cx.Shift + k));
            if (k >= plain)
            {
                sb.Append("(`").Append(n.Uris[k - plain]).Append("`)");
            }
        }
        sb.Append(" in {\n");
        Indent(sb, ind + 1);
        Write(sb, n.Body, cx.Bind(n.Count, isNew: true), ind + 1);
        sb.Append('\n');
        Indent(sb, ind);
        sb.Append('}');
    }

    /// <summary>Print/match: <c>match target { pattern => { body } … }</c>, one case per line.</summary>
    private static void WriteMatch(StringBuilder sb, Core.Match m, Context cx, int ind)
    {
        sb.Append("match ");
        Write(sb, m.Target, cx, 0);
        sb.Append(" {\n");
        for (var i = 0; i < m.Cases.Count; i++)
        {
            var c = m.Cases[i];
            Indent(sb, ind + 1);
            Write(sb, c.Pattern, cx.Pattern(0), ind + 1);
            sb.Append(" => {\n");
            Indent(sb, ind + 2);
            Write(sb, c.Body, cx.Bind(c.FreeCount, isNew: false), ind + 2);
            sb.Append('\n');
            Indent(sb, ind + 1);
            sb.Append('}');
            if (i != m.Cases.Count - 1)
            {
                sb.Append('\n');
            }
        }
        sb.Append('\n');
        Indent(sb, ind);
        sb.Append('}');
    }

    /// <summary>Print/bundle: <c>bundle+ {   body }</c> (the reference pads the keyword to 8 characters).</summary>
    private static void WriteBundle(StringBuilder sb, Bundle b, Context cx, int ind)
    {
        var keyword = (b.Read, b.Write) switch
        {
            (true, true) => "bundle",
            (true, false) => "bundle-",
            (false, true) => "bundle+",
            (false, false) => "bundle0",
        };
        sb.Append(keyword.PadRight(8)).Append("{ ");
        Indent(sb, ind + 1);
        Write(sb, b.Body, cx, ind + 1);
        sb.Append(" }");
    }
}
