using System.Globalization;
using System.Numerics;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;

namespace Rho.Semantics.Evaluation;

/// <summary>Conversions between collections and between numbers and strings (spec/expressions.md, "Methods").</summary>
internal static class ConversionMethods
{
    /// <summary><c>Method/toList</c>: a List as is; a Set's elements and a Tuple's items in order; a Map's pairs as 2-tuples.</summary>
    public static Proc ToList(Call c)
    {
        var at = new Prov(c.At);
        return c.Receiver() switch
        {
            EList l => l,
            ESet s => new EList(s.Items, null) { At = at },
            ETuple t => new EList(t.Items, null) { At = at },
            EMap m => new EList(m.Pairs.Map(Pair), null) { At = at },
            var v => throw c.NotDefinedOn(v),
        };
    }

    /// <summary><c>Method/toSet</c>: a Set as is; a List's elements (duplicates removed); a Map's pairs as 2-tuples.</summary>
    public static Proc ToSet(Call c)
    {
        var at = new Prov(c.At);
        return c.Receiver() switch
        {
            ESet s => s,
            EList l => Canon.Of(new ESet(l.Items, null) { At = at }),
            EMap m => Canon.Of(new ESet(m.Pairs.Map(Pair), null) { At = at }),
            var v => throw c.NotDefinedOn(v),
        };
    }

    /// <summary>
    /// <c>Method/toMap</c>: a Map as is; a List or Set whose every element is a 2-tuple (k, v)
    /// becomes the map of those pairs, a later pair winning on a shared key.
    /// </summary>
    public static Proc ToMap(Call c)
    {
        Seq<Proc> items;
        switch (c.Receiver())
        {
            case EMap m:
                return m;
            case EList l:
                items = l.Items;
                break;
            case ESet s:
                items = s.Items;
                break;
            case var v:
                throw c.NotDefinedOn(v);
        }
        var pairs = items.Map(p => p is ETuple { Items.Count: 2 } t
            ? new KeyValue(t.Items[0], t.Items[1])
            : throw Fail.MethodNotDefined(c.At, "toMap", "types except List[(K,V)]"));
        return Canon.Of(new EMap(pairs, null) { At = new Prov(c.At) });
    }

    /// <summary>
    /// <c>Method/toInt</c>: an Int as is; a BigInt within 64 bits; a String of an optional sign
    /// and decimal digits within 64 bits. Otherwise <c>Error/conversion</c>.
    /// </summary>
    public static Proc ToInt(Call c)
    {
        var at = new Prov(c.At);
        return c.Receiver() switch
        {
            GInt i => i,
            GBigInt b => b.Value >= long.MinValue && b.Value <= long.MaxValue
                ? new GInt((long)b.Value) { At = at }
                : throw Fail.Conversion(c.At, $"Method toInt(): input BigInt value {b.Value.ToString(CultureInfo.InvariantCulture)} out of range"),
            GString s => ParseInteger(s.Value) is { } n && n >= long.MinValue && n <= long.MaxValue
                ? new GInt((long)n) { At = at }
                : throw Fail.Conversion(c.At, $"Method toInt(): input string \"{s.Value}\" cannot be converted to Int"),
            var v => throw c.NotDefinedOn(v),
        };
    }

    /// <summary><c>Method/toBigInt</c>: a BigInt as is; an Int; a String of an optional sign and decimal digits.</summary>
    public static Proc ToBigInt(Call c)
    {
        var at = new Prov(c.At);
        return c.Receiver() switch
        {
            GBigInt b => b,
            GInt i => new GBigInt(i.Value) { At = at },
            GString s => ParseInteger(s.Value) is { } n
                ? new GBigInt(n) { At = at }
                : throw Fail.Conversion(c.At, $"Method toBigInt(): input string \"{s.Value}\" cannot be converted to BigInt"),
            var v => throw c.NotDefinedOn(v),
        };
    }

    private static Proc Pair(KeyValue kv) => new ETuple(Seq.Of(kv.Key, kv.Value));

    /// <summary>
    /// The JVM's decimal integer syntax (Long.parseLong, new BigInteger): one optional '+' or '-',
    /// then one or more decimal digits (any Unicode decimal digit, as Character.digit accepts), and
    /// nothing else: no spaces, no underscores. Null when the text does not have that form.
    /// </summary>
    internal static BigInteger? ParseInteger(string s)
    {
        var i = s.Length > 0 && (s[0] == '+' || s[0] == '-') ? 1 : 0;
        if (i == s.Length)
        {
            return null;
        }
        var n = BigInteger.Zero;
        for (; i < s.Length; i++)
        {
            // A decimal digit value exists exactly for the decimal digits, category Nd (checked over every UTF-16
            // code unit: ConversionMethodTests.DecimalDigitValue_ExistsExactlyForDecimalDigits)
            var d = CharUnicodeInfo.GetDecimalDigitValue(s[i]);
            if (d < 0)
            {
                return null;
            }
            n = (n * 10) + d;
        }
        return s[0] == '-' ? -n : n;
    }
}
