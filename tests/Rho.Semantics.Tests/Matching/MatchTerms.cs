using System.Numerics;
using Rho.Semantics.Core;
using Rho.Semantics.Matching;

namespace Rho.Semantics.Tests.Matching;

/// <summary>Short builders for core terms, and the matcher's results as comparable sets.</summary>
internal static class MatchTerms
{
    public static Proc Empty => Core.Nil.Instance;

    public static New NewN(int count, Proc body) => new(count, Seq<string>.Empty, body);

    public static Proc W => Wildcard.Instance;

    public static Proc I(long n) => new GInt(n);

    public static Proc Big(BigInteger n) => new GBigInt(n);

    public static Proc Str(string s) => new GString(s);

    public static Proc Bool(bool b) => new GBool(b);

    public static Proc Uri(string s) => new GUri(s);

    public static Proc Bytes(params byte[] bs) => new GByteArray(Seq.Of(bs));

    public static Proc U(long id) => new GUnforgeable(id);

    public static Proc V(int level) => new FreeVar(level);

    public static Proc B(int index) => new BoundVar(index);

    public static Proc P(params Proc[] items) => new Par(Seq.Of(items));

    public static Proc L(params Proc[] items) => new EList(Seq.Of(items), null);

    public static Proc LRem(Proc rem, params Proc[] items) => new EList(Seq.Of(items), rem);

    public static Proc Tup(params Proc[] items) => new ETuple(Seq.Of(items));

    public static Proc Set(params Proc[] items) => new ESet(Seq.Of(items), null);

    public static Proc SetRem(Proc rem, params Proc[] items) => new ESet(Seq.Of(items), rem);

    public static Proc Map(params (Proc K, Proc V)[] pairs) => new EMap(pairs.Select(kv => new KeyValue(kv.K, kv.V)).ToSeq(), null);

    public static Proc MapRem(Proc rem, params (Proc K, Proc V)[] pairs) =>
        new EMap(pairs.Select(kv => new KeyValue(kv.K, kv.V)).ToSeq(), rem);

    public static Proc Out(Proc chan, params Proc[] args) => new Send(chan, Seq.Of(args), false);

    public static Proc OutP(Proc chan, params Proc[] args) => new Send(chan, Seq.Of(args), true);

    public static Proc And(params Proc[] parts) => new ConnAnd(Seq.Of(parts));

    public static Proc Or(params Proc[] parts) => new ConnOr(Seq.Of(parts));

    public static Proc Not(Proc body) => new ConnNot(body);

    public static Proc Ty(SimpleType t) => new ConnType(t);

    public static Proc Bin(BinaryOp op, Proc l, Proc r) => new EBinary(op, l, r);

    /// <summary>All results of <see cref="SpatialMatcher.MatchAll"/>, as comparable sequences.</summary>
    public static List<Seq<Proc>> All(Proc target, Proc pattern, int freeCount) =>
        SpatialMatcher.MatchAll(target, pattern, freeCount).Select(b => Seq.Of(b)).ToList();

    /// <summary>All results of <see cref="SpatialMatcher.MatchArgs"/>, as comparable sequences.</summary>
    public static List<Seq<Proc>> Args(Proc[] data, Proc[] patterns, Proc? remainder, int freeCount) =>
        SpatialMatcher.MatchArgs(Seq.Of(data), Seq.Of(patterns), remainder, freeCount).Select(b => Seq.Of(b)).ToList();

    /// <summary>One expected binding.</summary>
    public static Seq<Proc> Bind(params Proc[] values) => Seq.Of(values);

    /// <summary>Asserts the results are exactly <paramref name="expected"/>, in any order, without repeats.</summary>
    public static void AssertResults(List<Seq<Proc>> actual, params Seq<Proc>[] expected)
    {
        Assert.Equal(actual.Count, actual.Distinct().Count());
        Assert.Equal(expected.ToHashSet(), actual.ToHashSet());
    }
}
