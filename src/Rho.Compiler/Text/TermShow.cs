using System.Globalization;
using Rho.Semantics.Core;

namespace Rho.Compiler.Text;

/// <summary>A compact rendering of terms for comments in the text format (not parsed back).</summary>
internal static class TermShow
{
    public static string Show(Proc p) => p switch
    {
        Nil => "Nil",
        GBool b => b.Value ? "true" : "false",
        GInt i => i.Value.ToString(CultureInfo.InvariantCulture),
        GBigInt i => "BigInt(" + i.Value.ToString(CultureInfo.InvariantCulture) + ")",
        GString s => Disassembler.Quote(s.Value),
        GUri u => "`" + u.Value + "`",
        GByteArray b => "0x" + Convert.ToHexStringLower(b.Bytes.Items.AsSpan()),
        GUnforgeable u => "Unforgeable(" + u.Id.ToString(CultureInfo.InvariantCulture) + ")",
        GSysChannel c => "`" + c.Uri + "`",
        BoundVar v => "v" + v.Index.ToString(CultureInfo.InvariantCulture),
        FreeVar v => "$" + v.Level.ToString(CultureInfo.InvariantCulture),
        VarRef r => "=v" + r.Index.ToString(CultureInfo.InvariantCulture),
        Wildcard => "_",
        EList l => "[" + Items(l.Items) + Rest(l.Remainder) + "]",
        ETuple t => "(" + Items(t.Items) + (t.Items.Count == 1 ? ",)" : ")"),
        ESet s => "Set(" + Items(s.Items) + Rest(s.Remainder) + ")",
        EMap m => "{" + string.Join(", ", m.Pairs.Select(kv => Show(kv.Key) + ": " + Show(kv.Value))) + Rest(m.Remainder) + "}",
        Par par => "{" + string.Join(" | ", par.Procs.Select(Show)) + "}",
        Send s => "@{" + Show(s.Chan) + "}" + (s.Persistent ? "!!(" : "!(") + Items(s.Args) + ")",
        EUnary u => (u.Op == UnaryOp.Not ? "not " : "-") + Show(u.Operand),
        EBinary b => "(" + Show(b.Left) + " " + b.Op + " " + Show(b.Right) + ")",
        EMethod m => Show(m.Target) + "." + m.Name + "(" + Items(m.Args) + ")",
        ConnType t => t.Type.ToString(),
        ConnNot n => "~" + Show(n.Body),
        ConnAnd a => string.Join(" /\\ ", a.Parts.Select(Show)),
        ConnOr o => string.Join(" \\/ ", o.Parts.Select(Show)),
        _ => p.GetType().Name + "{…}",
    };

    private static string Items(Seq<Proc> items) => string.Join(", ", items.Select(Show));

    private static string Rest(Proc? rem) => rem is null ? "" : " ..." + Show(rem);
}
