using Rho.Semantics.Congruence;
using Rho.Semantics.Core;

namespace Rho.Semantics.Evaluation;

// Collection operators (spec/expressions.md, "Collections"): ++ and --, and the set and map
// updates shared with the methods. Sets and maps are built canonical (Canon.Of): sorted by the
// congruence's order, duplicates removed, the later of two pairs with one key kept.
public static partial class Evaluator
{
    /// <summary>
    /// <c>Op/concat</c>: String ++ String, ByteArray ++ ByteArray, List ++ List, Map ++ Map
    /// (union, the right side wins on a shared key), Set ++ Set (union).
    /// </summary>
    private static Proc Concat(EBinary b)
    {
        var (v, w) = Operands(b);
        return (v, w) switch
        {
            (GString x, GString y) => new GString(x.Value + y.Value) { At = b.At },
            (GByteArray x, GByteArray y) => new GByteArray(x.Bytes.Items.AddRange(y.Bytes.Items).ToSeq()) { At = b.At },
            (EList x, EList y) => new EList(x.Items.Items.AddRange(y.Items.Items).ToSeq(), null) { At = b.At },
            (EMap x, EMap y) => MapUnion(x, y),
            (ESet x, ESet y) => SetUnion(x, y),
            (GString or EList or EMap or ESet, _) => throw Fail.Operator(b.At.Pos, "++", w),
            _ => throw Fail.Operator(b.At.Pos, "++", v),
        };
    }

    /// <summary><c>Op/diff</c>: Set -- Set, the elements of the left set not in the right one.</summary>
    private static ESet Diff(EBinary b)
    {
        var (v, w) = Operands(b);
        return (v, w) switch
        {
            (ESet x, ESet y) => SetDiff(x, y),
            (ESet, _) => throw Fail.Operator(b.At.Pos, "--", w),
            _ => throw Fail.Operator(b.At.Pos, "--", v),
        };
    }

    /// <summary>The set with <paramref name="p"/> added.</summary>
    internal static ESet SetAdd(ESet s, Proc p) => (ESet)Canon.Of(s with { Items = s.Items.Items.Add(p).ToSeq() });

    /// <summary>The set without <paramref name="p"/> (unchanged when absent).</summary>
    internal static ESet SetDelete(ESet s, Proc p)
    {
        var c = Canon.Of(p);
        return s with { Items = s.Items.Where(x => x != c).ToSeq() };
    }

    /// <summary>True when the set holds <paramref name="p"/>.</summary>
    internal static bool SetContains(ESet s, Proc p) => s.Items.Contains(Canon.Of(p));

    /// <summary>The union of two sets.</summary>
    internal static ESet SetUnion(ESet x, ESet y) => (ESet)Canon.Of(x with { Items = x.Items.Items.AddRange(y.Items.Items).ToSeq() });

    /// <summary>The elements of <paramref name="x"/> that are not in <paramref name="y"/>.</summary>
    internal static ESet SetDiff(ESet x, ESet y) => x with { Items = x.Items.Where(p => !y.Items.Contains(p)).ToSeq() };

    /// <summary>The map without the pair of key <paramref name="key"/> (unchanged when absent).</summary>
    internal static EMap MapDelete(EMap m, Proc key)
    {
        var c = Canon.Of(key);
        return m with { Pairs = m.Pairs.Where(kv => kv.Key != c).ToSeq() };
    }

    /// <summary>The map with <paramref name="key"/> bound to <paramref name="value"/> (replacing an old binding).</summary>
    internal static EMap MapSet(EMap m, Proc key, Proc value) =>
        (EMap)Canon.Of(m with { Pairs = m.Pairs.Items.Add(new KeyValue(key, value)).ToSeq() });

    /// <summary>The union of two maps; on a shared key the pair of <paramref name="y"/> wins.</summary>
    internal static EMap MapUnion(EMap x, EMap y) => (EMap)Canon.Of(x with { Pairs = x.Pairs.Items.AddRange(y.Pairs.Items).ToSeq() });

    /// <summary>The pairs of <paramref name="x"/> whose key is not a key of <paramref name="y"/>.</summary>
    internal static EMap MapDiff(EMap x, EMap y) =>
        x with { Pairs = x.Pairs.Where(kv => Values.Lookup(y, kv.Key) is null).ToSeq() };
}
