using Rho.Semantics.Core;
using Rho.Semantics.Mutation;

namespace Rho.Semantics.Evaluation;

/// <summary>Methods on sequences: String, ByteArray, List and Tuple (spec/expressions.md, "Methods").</summary>
internal static class SequenceMethods
{
    /// <summary>
    /// <c>Method/nth</c>: <c>xs.nth(i)</c> on a List or Tuple is element i; on a ByteArray it is
    /// byte i as an Int in 0…255. The index is read before the receiver; out of range is
    /// <c>Error/index</c>.
    /// </summary>
    public static Proc Nth(Call c)
    {
        var i = Evaluator.ToIndex(c.Args[0], c.At);
        return c.Receiver() switch
        {
            EList l => Element(l.Items, i, c.At),
            ETuple t => Element(t.Items, i, c.At),
            GByteArray b => new GInt(Element(b.Bytes, i, c.At)) { At = new Prov(c.At) },
            var v => throw c.NotDefinedOn(v),
        };
    }

    /// <summary><c>Method/length</c>: UTF-16 code units of a String (as the JVM counts), bytes of a ByteArray, elements of a List.</summary>
    public static Proc Length(Call c)
    {
        var v = c.Receiver();
        var n = v switch
        {
            GString s => s.Value.Length,
            GByteArray b => b.Bytes.Count,
            EList l => l.Items.Count,
            _ => throw c.NotDefinedOn(v),
        };
        return new GInt(n + (Mutants.IsOn(Mutant.LengthOffByOne) ? 1 : 0)) { At = new Prov(c.At) };
    }

    /// <summary>
    /// <c>Method/slice</c>: <c>xs.slice(from, until)</c>. On a String or List it is lenient: the
    /// bounds are clamped to 0…length and an empty range gives an empty result. On a ByteArray it
    /// is strict: <c>0 ≤ from ≤ until ≤ length</c> or <c>Error/index</c>.
    /// </summary>
    public static Proc Slice(Call c)
    {
        var v = c.Receiver();
        var from = Evaluator.ToIndex(c.Args[0], c.At);
        var until = Evaluator.ToIndex(c.Args[1], c.At);
        switch (v)
        {
            case GString s:
                {
                    var (lo, hi) = Clamp(from, until, s.Value.Length);
                    return new GString(s.Value[lo..hi]) { At = new Prov(c.At) };
                }
            case EList l:
                {
                    var (lo, hi) = Clamp(from, until, l.Items.Count);
                    return new EList(l.Items.Items[lo..hi].ToSeq(), null) { At = new Prov(c.At) };
                }
            case GByteArray b:
                if (from < 0 || until > b.Bytes.Count || from > until)
                {
                    throw Fail.Index(c.At, $"slice({from}, {until}) is out of bound for a ByteArray of length {b.Bytes.Count}");
                }
                return new GByteArray(b.Bytes.Items[from..until].ToSeq()) { At = new Prov(c.At) };
            default:
                throw c.NotDefinedOn(v);
        }
    }

    /// <summary><c>Method/take</c>: the first n elements of a List (all when n ≥ length, none when n ≤ 0).</summary>
    public static Proc Take(Call c)
    {
        var v = c.Receiver();
        var n = Evaluator.ToIndex(c.Args[0], c.At);
        if (v is not EList l)
        {
            throw c.NotDefinedOn(v);
        }
        var (lo, hi) = Clamp(0, n, l.Items.Count);
        return new EList(l.Items.Items[lo..hi].ToSeq(), null) { At = new Prov(c.At) };
    }

    /// <summary>The JVM collections' lenient slice bounds: lo = max(from, 0), hi = min(max(until, 0), length), empty when hi ≤ lo.</summary>
    private static (int Lo, int Hi) Clamp(int from, int until, int length)
    {
        var lo = Math.Min(Math.Max(from, 0), length);
        var hi = Math.Min(Math.Max(until, 0), length);
        // Stryker disable once Equality : at hi == lo both arms give (lo, lo), so hi < lo answers the same
        return hi <= lo ? (lo, lo) : (lo, hi);
    }

    private static T Element<T>(Seq<T> items, int i, SourcePos at) =>
        i >= 0 && i < items.Count ? items[i] : throw Fail.Index(at, $"index out of bound: {i}");
}
