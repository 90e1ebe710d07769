using System.Text;

namespace Rho.Semantics.Reduction;

/// <summary>
/// Writes a reduction graph in Graphviz DOT: one node per state, labelled with its residual
/// process; edges labelled with rule ids (and printed output); terminal states drawn as double
/// circles, states with runtime errors in red.
/// </summary>
public static class DotWriter
{
    /// <summary>The DOT text of an exploration's graph.</summary>
    public static string Write(Exploration exploration)
    {
        ArgumentNullException.ThrowIfNull(exploration);
        var terminals = exploration.Terminals.ToHashSet();
        var sb = new StringBuilder();
        sb.Append("digraph reduction {\n  rankdir=TB;\n  node [shape=box, fontname=\"monospace\"];\n");
        foreach (var v in exploration.Graph.Vertices)
        {
            var s = exploration.States[v];
            var label = Printing.Printer.Print(s.Residual);
            if (s.Stdout.Count > 0)
            {
                label += "\nstdout: " + string.Join(" ", s.Stdout);
            }
            var attrs = new List<string> { $"label=\"{Escape(label)}\"" };
            if (terminals.Contains(v))
            {
                attrs.Add("peripheries=2");
            }
            if (s.Errors.Count > 0)
            {
                attrs.Add("color=red");
                attrs.Add("xlabel=\"" + Escape(string.Join("; ", s.Errors.Select(e => e.Rule ?? e.Kind))) + "\"");
            }
            if (v == 0)
            {
                attrs.Add("style=bold");
            }
            sb.Append("  s").Append(v).Append(" [").Append(string.Join(", ", attrs)).Append("];\n");
        }
        foreach (var e in exploration.Graph.Edges)
        {
            var label = e.Printed is null ? e.Rule : e.Rule + "\n" + e.Printed.Text;
            sb.Append("  s").Append(e.Source).Append(" -> s").Append(e.Target)
              .Append(" [label=\"").Append(Escape(label)).Append("\"];\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal);
}
