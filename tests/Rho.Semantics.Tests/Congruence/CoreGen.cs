using System.Numerics;
using Rho.Semantics.Core;

namespace Rho.Semantics.Tests.Congruence;

/// <summary>
/// Random well-scoped core terms, for the laws of the congruence that do not need the parser:
/// values of every kind, pars (nested, with Nil), sends, news, joins whose patterns bind
/// variables, matches, bundles and expressions. Deterministic for a seed.
/// </summary>
internal sealed class CoreGen(int seed)
{
    private readonly Random _rng = new(seed);

    public static Proc Term(int seed) => new CoreGen(seed).Proc(4, 0);

    public static Proc Value(int seed) => new CoreGen(seed).Val(3);

    private int N(int n) => _rng.Next(n);

    private Seq<Proc> Many(int max, Func<Proc> f) => Enumerable.Range(0, N(max + 1)).Select(_ => f()).ToSeq();

    /// <summary>A ground value: scalars and collections of values.</summary>
    public Proc Val(int depth)
    {
        var k = depth <= 0 ? N(8) : N(13);
        return k switch
        {
            0 => new GInt(N(7) - 3),
            1 => new GBool(N(2) == 0),
            2 => new GString(new[] { "a", "b", "", "B", "a\"", "a#", "x\ny", "\\", "ab" }[N(9)]),
            3 => new GBigInt(new BigInteger(N(5) - 2) * BigInteger.Pow(10, N(25))),
            4 => new GUri(new[] { "rho:a", "rho:b" }[N(2)]),
            5 => new GByteArray(Enumerable.Range(0, N(3)).Select(_ => (byte)(N(3) * 100)).ToSeq()),
            6 => new GUnforgeable(N(3)),
            7 => Nil.Instance,
            8 => new EList(Many(3, () => Val(depth - 1)), null),
            9 => new ETuple(Enumerable.Range(0, N(3) + 1).Select(_ => Val(depth - 1)).ToSeq()),
            10 => new ESet(Many(4, () => Val(depth - 1)), null),
            11 => new EMap(Many(3, () => Val(depth - 1)).DistinctBy(Rho.Semantics.Congruence.Canon.Of).Select(key => new KeyValue(key, Val(depth - 1))).ToSeq(), null),
            _ => new Par(Many(3, () => Val(depth - 1))),
        };
    }

    /// <summary>A process under <paramref name="bound"/> bound variables.</summary>
    public Proc Proc(int depth, int bound)
    {
        if (depth <= 0)
        {
            return bound > 0 && N(2) == 0 ? new BoundVar(N(bound)) : Val(1);
        }
        return N(10) switch
        {
            0 or 1 => new Par(Many(4, () => Proc(depth - 1, bound))),
            2 => new Send(Chan(bound), Many(2, () => Proc(depth - 1, bound)), N(4) == 0),
            3 => NewTerm(depth, bound),
            4 or 5 => ReceiveTerm(depth, bound),
            6 => MatchTerm(depth, bound),
            7 => new Bundle(N(2) == 0 ? new Bundle(Chan(bound), N(2) == 0, N(2) == 0) : Chan(bound), N(2) == 0, N(2) == 0),
            8 => new EBinary(new[] { BinaryOp.Add, BinaryOp.Eq, BinaryOp.Concat }[N(3)], Proc(depth - 1, bound), Proc(depth - 1, bound)),
            _ => Val(2),
        };
    }

    private Proc Chan(int bound) => bound > 0 && N(3) != 0 ? new BoundVar(N(bound)) : Val(1);

    private New NewTerm(int depth, int bound)
    {
        var count = N(3) + 1;
        return new New(count, Seq<string>.Empty, Proc(depth - 1, bound + count));
    }

    private Receive ReceiveTerm(int depth, int bound)
    {
        var binds = Enumerable.Range(0, N(2) + 1).Select(j => Bind(bound, j)).ToSeq();
        var total = binds.Sum(b => b.FreeCount);
        var kind = (ReceiveKind)N(3);
        return new Receive(binds, Proc(depth - 1, bound + total), kind, total);
    }

    private ReceiveBind Bind(int bound, int j)
    {
        var vars = N(4);
        var patterns = Enumerable.Range(0, N(2) + 1).Select(_ => Pattern(2, vars)).ToList();
        var rem = N(4) == 0 ? (Proc)Wildcard.Instance : null;
        // Every variable occurs: append the unused ones as patterns.
        var used = new HashSet<int>(patterns.SelectMany(FreeLevels));
        patterns.AddRange(Enumerable.Range(0, vars).Where(k => !used.Contains(k)).Select(k => (Proc)new FreeVar(k)));
        // Distinct sources in one join (the reference rejects receiving twice on one channel).
        var source = bound > j && N(2) == 0 ? new BoundVar(j) : (Proc)new GString("ch" + j);
        return new ReceiveBind(patterns.ToSeq(), source, rem, vars);
    }

    private Match MatchTerm(int depth, int bound)
    {
        var cases = Enumerable.Range(0, N(2) + 1).Select(_ =>
        {
            var vars = N(3);
            var pattern = Pattern(2, vars);
            var missing = Enumerable.Range(0, vars).Where(k => !FreeLevels(pattern).Contains(k)).Select(k => (Proc)new FreeVar(k));
            pattern = new EList(new[] { pattern }.Concat(missing).ToSeq(), null);
            return new MatchCase(pattern, Proc(depth - 1, bound + vars), vars);
        }).ToSeq();
        return new Match(Proc(1, bound), cases);
    }

    /// <summary>A pattern over variables 0..vars-1: values, Pars, lists, sets and sends with variables at the leaves.</summary>
    public Proc Pattern(int depth, int vars)
    {
        if (depth <= 0 || N(3) == 0)
        {
            return vars > 0 && N(3) != 0 ? new FreeVar(N(vars)) : N(4) == 0 ? Wildcard.Instance : Val(0);
        }
        return N(5) switch
        {
            0 => new Par(Enumerable.Range(0, N(3) + 1).Select(_ => Pattern(depth - 1, vars)).ToSeq()),
            1 => new EList(Enumerable.Range(0, N(3)).Select(_ => Pattern(depth - 1, vars)).ToSeq(), null),
            2 => new ESet(Enumerable.Range(0, N(3)).Select(_ => Pattern(depth - 1, vars)).ToSeq(), null),
            3 => new Send(Pattern(depth - 1, vars), Seq.Of(Pattern(depth - 1, vars)), false),
            _ => new ETuple(Seq.Of(Pattern(depth - 1, vars), Pattern(depth - 1, vars))),
        };
    }

    /// <summary>The pattern variable levels occurring in <paramref name="p"/>.</summary>
    public static IEnumerable<int> FreeLevels(Proc p) => p is FreeVar v
        ? [v.Level]
        : Traversal.Children(p).SelectMany(c => FreeLevels(c.Child));
}
