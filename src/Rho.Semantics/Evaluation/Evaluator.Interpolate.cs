using System.Globalization;
using System.Text;
using Rho.Semantics.Core;

namespace Rho.Semantics.Evaluation;

// String interpolation `s %% {k: v, …}` (spec/expressions.md, Op/interpolate).
public static partial class Evaluator
{
    /// <summary>
    /// <c>Op/interpolate</c>: String %% Map. Every pair is checked first, in map order: its key
    /// must be a String and its value a String, Int, BigInt, Bool or Uri (written as text). Then
    /// one left-to-right pass over the string replaces each <c>${key}</c> by its value; the
    /// replacement text is not scanned again, and a <c>${…}</c> with no key stays as it is.
    /// </summary>
    private static GString Interpolate(EBinary b)
    {
        var (v, w) = Operands(b);
        var at = b.At.Pos;
        return (v, w) switch
        {
            (GString s, EMap m) => new GString(Substitute(s.Value, m.Pairs.Select(kv => TextPair(kv, at)).ToList())) { At = b.At },
            (GString, _) => throw Fail.Operator(at, "%%", w),
            _ => throw Fail.Operator(at, "%%", v),
        };
    }

    /// <summary>A pair of the map as (key, replacement text), or the reference's type errors.</summary>
    private static (string Key, string Text) TextPair(KeyValue kv, SourcePos at)
    {
        var key = Single(kv.Key, at);
        var value = Single(kv.Value, at);
        if (key is not GString k)
        {
            throw Fail.Type(at, "interpolation Map should only contain String keys");
        }
        var text = value switch
        {
            GString x => x.Value,
            GInt x => x.Value.ToString(CultureInfo.InvariantCulture),
            GBigInt x => x.Value.ToString(CultureInfo.InvariantCulture),
            GBool x => x.Value ? "true" : "false",
            GUri x => x.Value,
            _ => throw Fail.Type(at, $"interpolation doesn't support {Values.TypeName(value)}"),
        };
        return (k.Value, text);
    }

    /// <summary>
    /// One pass: at each position the first pair (in map order) whose <c>${key}</c> starts there
    /// is replaced; otherwise one UTF-16 code unit is copied.
    /// </summary>
    private static string Substitute(string s, List<(string Key, string Text)> pairs)
    {
        var holes = pairs.Select(p => ("${" + p.Key + "}", p.Text)).ToList();
        var result = new StringBuilder(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            var hit = holes.FindIndex(h => s.AsSpan(i).StartsWith(h.Item1, StringComparison.Ordinal));
            if (hit >= 0)
            {
                result.Append(holes[hit].Text);
                i += holes[hit].Item1.Length;
            }
            else
            {
                result.Append(s[i]);
                i++;
            }
        }
        return result.ToString();
    }
}
