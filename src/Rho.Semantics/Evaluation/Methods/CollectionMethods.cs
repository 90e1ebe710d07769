using Rho.Semantics.Congruence;
using Rho.Semantics.Core;

namespace Rho.Semantics.Evaluation;

/// <summary>Methods on sets and maps (spec/expressions.md, "Methods"). Elements and keys may be any process.</summary>
internal static class CollectionMethods
{
    /// <summary><c>Method/union</c>: Set ∪ Set, or Map ∪ Map with the argument's pair winning on a shared key.</summary>
    public static Proc Union(Call c)
    {
        var v = c.Receiver();
        var w = Evaluator.Single(c.Args[0], c.At);
        return (v, w) switch
        {
            (ESet x, ESet y) => Evaluator.SetUnion(x, y),
            (EMap x, EMap y) => Evaluator.MapUnion(x, y),
            _ => throw c.NotDefinedOn(v),
        };
    }

    /// <summary><c>Method/diff</c>: Set minus Set, or the Map without the argument map's keys.</summary>
    public static Proc Diff(Call c)
    {
        var v = c.Receiver();
        var w = Evaluator.Single(c.Args[0], c.At);
        return (v, w) switch
        {
            (ESet x, ESet y) => Evaluator.SetDiff(x, y),
            (EMap x, EMap y) => Evaluator.MapDiff(x, y),
            _ => throw c.NotDefinedOn(v),
        };
    }

    /// <summary><c>Method/add</c>: the Set with the element added.</summary>
    public static Proc Add(Call c) => c.Receiver() switch
    {
        ESet s => Evaluator.SetAdd(s, c.Args[0]),
        var v => throw c.NotDefinedOn(v),
    };

    /// <summary><c>Method/delete</c>: the Set without the element, or the Map without the key.</summary>
    public static Proc Delete(Call c) => c.Receiver() switch
    {
        ESet s => Evaluator.SetDelete(s, c.Args[0]),
        EMap m => Evaluator.MapDelete(m, c.Args[0]),
        var v => throw c.NotDefinedOn(v),
    };

    /// <summary><c>Method/contains</c>: membership in a Set, or a key of a Map.</summary>
    public static Proc Contains(Call c)
    {
        var found = c.Receiver() switch
        {
            ESet s => Evaluator.SetContains(s, c.Args[0]),
            EMap m => Values.Lookup(m, Canon.Of(c.Args[0])) is not null,
            var v => throw c.NotDefinedOn(v),
        };
        return new GBool(found) { At = new Prov(c.At) };
    }

    /// <summary><c>Method/get</c>: the value of the key in a Map, or Nil when absent.</summary>
    public static Proc Get(Call c) => c.Receiver() switch
    {
        EMap m => Values.Lookup(m, Canon.Of(c.Args[0])) ?? Nil.Instance,
        var v => throw c.NotDefinedOn(v),
    };

    /// <summary><c>Method/getOrElse</c>: the value of the key in a Map, or the default when absent.</summary>
    public static Proc GetOrElse(Call c) => c.Receiver() switch
    {
        EMap m => Values.Lookup(m, Canon.Of(c.Args[0])) ?? c.Args[1],
        var v => throw c.NotDefinedOn(v),
    };

    /// <summary><c>Method/set</c>: the Map with the key bound to the value (replacing an old binding).</summary>
    public static Proc Set(Call c) => c.Receiver() switch
    {
        EMap m => Evaluator.MapSet(m, c.Args[0], c.Args[1]),
        var v => throw c.NotDefinedOn(v),
    };

    /// <summary><c>Method/keys</c>: the Set of a Map's keys.</summary>
    public static Proc Keys(Call c) => c.Receiver() switch
    {
        EMap m => Canon.Of(new ESet(m.Pairs.Map(kv => kv.Key), null) { At = new Prov(c.At) }),
        var v => throw c.NotDefinedOn(v),
    };

    /// <summary><c>Method/size</c>: the number of pairs of a Map or elements of a Set.</summary>
    public static Proc Size(Call c)
    {
        var v = c.Receiver();
        var n = v switch
        {
            EMap m => m.Pairs.Count,
            ESet s => s.Items.Count,
            _ => throw c.NotDefinedOn(v),
        };
        return new GInt(n) { At = new Prov(c.At) };
    }
}
