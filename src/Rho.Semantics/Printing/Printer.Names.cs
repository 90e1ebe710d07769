using System.Globalization;
using System.Text;
using Rho.Semantics.Core;

namespace Rho.Semantics.Printing;

// Variable names (Print/names). Bound variables are named <letter><number>: the letter is x at
// top level and advances (y, z, a, …) inside each pattern, the number counts the variables bound
// with that letter on the path from the root. A pattern's own variables take the enclosing
// letter, continuing its count, so the body of a receive or case uses the same names.
public static partial class Printer
{
    /// <summary>A bound variable in scope: its printed name, and whether <c>new</c> bound it (a name, printed <c>*x</c> in process position).</summary>
    private sealed record Binding(string Name, bool IsNew, Binding? Outer);

    /// <summary>
    /// The naming context: the bound variables in scope (innermost first), the letter and count
    /// for the next bound variables, and how pattern variables are named.
    /// </summary>
    private sealed record Context(
        Binding? Scope, string BaseId, int Shift, string FreeId, int FreeShift, bool SourceSyntax = false)
    {
        public static readonly Context Top = new(null, "a", 0, "free", 0);

        /// <summary>The top context of the source printer: where the reference's layout does not parse back, write source syntax.</summary>
        public static readonly Context TopSource = Top with { SourceSyntax = true };

        /// <summary>The letter of the next bound variables: the base id rotated by 23 (a → x).</summary>
        public string Letter => Rotate(BaseId);

        /// <summary>The context of a pattern whose own variables start at <paramref name="offset"/> in the enclosing count.</summary>
        public Context Pattern(int offset) => this with
        {
            FreeId = Letter,
            FreeShift = Shift + offset,
            BaseId = Increment(BaseId),
            Shift = 0,
        };

        /// <summary>Binds <paramref name="count"/> variables above a body: group variable k (the body's BoundVar(k)) is named Letter(Shift + k).</summary>
        public Context Bind(int count, bool isNew)
        {
            var scope = Scope;
            for (var k = count - 1; k >= 0; k--)
            {
                scope = new Binding(Name(Shift + k), isNew, scope);
            }
            return this with { Scope = scope, Shift = Shift + count };
        }

        public string Name(int number) => Letter + number.ToString(CultureInfo.InvariantCulture);

        public Binding? Lookup(int index)
        {
            var b = Scope;
            for (var i = 0; i < index && b is not null; i++)
            {
                b = b.Outer;
            }
            return b;
        }
    }

    /// <summary>Print/var: bound variables by name, <c>*x</c> for a name in process position, pattern variables, <c>_</c>, <c>=x</c>.</summary>
    private static void WriteVar(StringBuilder sb, Proc p, Context cx)
    {
        switch (p)
        {
            case BoundVar v:
                var b = cx.Lookup(v.Index);
                if (b is null)
                {
                    // Outside every binder: an open term, printed with a name no binder uses.
                    sb.Append("unbound").Append(v.Index.ToString(CultureInfo.InvariantCulture));
                    break;
                }
                if (b.IsNew)
                {
                    sb.Append('*');
                }
                sb.Append(b.Name);
                break;
            case FreeVar f:
                sb.Append(cx.FreeId).Append((cx.FreeShift + f.Level).ToString(CultureInfo.InvariantCulture));
                break;
            case Wildcard:
                sb.Append('_');
                break;
            case VarRef r:
                var target = cx.Lookup(r.Index);
                sb.Append('=');
                if (target is null)
                {
                    sb.Append("unbound").Append(r.Index.ToString(CultureInfo.InvariantCulture));
                    break;
                }
                sb.Append(target.IsNew ? "*" : "").Append(target.Name);
                break;
            default:
                // Stryker disable once String : unreachable (Write calls WriteVar only for BoundVar, FreeVar, Wildcard and VarRef); its text is diagnostic
                throw Errors.RhoException.Crash($"Printer: not a variable {p.GetType().Name}");
        }
    }

    /// <summary>The reference's id rotation: each letter moved 23 places (a → x, b → y).</summary>
    internal static string Rotate(string id) =>
        string.Concat(id.Select(c => (char)(((c + 23 - 'a') % 26) + 'a')));

    /// <summary>The reference's id increment: a, b, …, z, aa, ab, …</summary>
    internal static string Increment(string id)
    {
        var last = (char)(((id[^1] + 1 - 'a') % 26) + 'a');
        if (last != 'a')
        {
            return id[..^1] + last;
        }
        return id.Length > 1 ? Increment(id[..^1]) + last : "aa";
    }
}
