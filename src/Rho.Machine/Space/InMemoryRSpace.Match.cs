using System.Runtime.InteropServices;
using Rho.Semantics.Core;
using Rho.Semantics.Matching;

namespace Rho.Machine.Space;

public sealed partial class InMemoryRSpace<TK>
{
    /// <summary>
    /// <c>RSpace/comm</c> for one continuation: for every bind, the first datum (in <paramref name="random"/>'s order,
    /// else oldest first) on its channel that matches, and its binding (<c>RSpace/binding</c>): the data are left in
    /// <paramref name="chosen"/> (the polled stripe's scratch, at least one per bind), one per bind, and the
    /// bindings, binds concatenated in order, returned; null if some bind has none. Each bind's candidates are its
    /// entry's data. Called under the locks of the continuation's stripes.
    /// </summary>
    private static Seq<Proc>? TryMatch(WaitingContinuation<TK> k, Random? random, Datum[] chosen)
    {
        var binds = k.Binds.Count;
        // Stryker disable once Block : a fast path: without it the general path below binds the same data to the same variables (BindShapeTests)
        if (binds == 1 && k.Binds[0].IsIdentity)
        {
            // One bind of distinct variables in order: the first datum of its arity, and its binding is its data.
            var d = First(k.Homes[0].Data, k.Binds[0].Patterns.Count, random);
            chosen[0] = d!;
            return d?.Data;
        }
        var bindings = new Proc[Total(k.Binds)];
        var at = 0;
        for (var j = 0; j < binds; j++)
        {
            var bind = k.Binds[j];
            var candidates = k.Homes[j].Data;
            var order = Order(candidates.Count, random);
            chosen[j] = null!;
            for (var i = 0; i < candidates.Count && chosen[j] is null; i++)
            {
                var d = candidates[order?[i] ?? i];
                if (Match(d.Data, bind, bindings.AsSpan(at, bind.FreeCount), random))
                {
                    chosen[j] = d;
                }
            }
            if (chosen[j] is null)
            {
                return null;
            }
            at += bind.FreeCount;
        }
        return Wrap(bindings);
    }

    /// <summary>The first datum with <paramref name="arity"/> arguments, in <paramref name="random"/>'s order, else oldest first.</summary>
    private static Datum? First(List<Datum> candidates, int arity, Random? random)
    {
        var order = Order(candidates.Count, random);
        for (var i = 0; i < candidates.Count; i++)
        {
            var d = candidates[order?[i] ?? i];
            if (d.Data.Count == arity)
            {
                return d;
            }
        }
        return null;
    }

    /// <summary>
    /// <c>RSpace/binding</c>: a binding of <c>SpatialMatcher.MatchArgs</c>, written into <paramref name="into"/>: the
    /// first without <paramref name="random"/>, else one of the distinct bindings drawn from it (a choice only when
    /// there are several), so that a seeded or controlled run can reach every binding the reducer follows. When every
    /// pattern is a distinct pattern variable or a wildcard and there is no remainder (a contract's formal
    /// parameters), the binding is the data themselves, position for position: the matcher would find exactly that
    /// one binding (closed data are always capturable), so it is not called.
    /// </summary>
    private static bool Match(Seq<Proc> args, BindPattern bind, Span<Proc> into, Random? random)
    {
        if (bind.IsFlat && args.Count == bind.Patterns.Count)
        {
            for (var i = 0; i < args.Count; i++)
            {
                if (bind.Patterns[i] is FreeVar v)
                {
                    into[v.Level] = args[i];
                }
            }
            return true;
        }
        var b = Bindings.Choose(SpatialMatcher.MatchArgs(args, bind.Patterns, bind.Remainder, bind.FreeCount), random);
        if (b is null)
        {
            return false;
        }
        b.CopyTo(into);
        return true;
    }

    private static int Total(Seq<BindPattern> binds)
    {
        var n = 0;
        foreach (var b in binds)
        {
            n += b.FreeCount;
        }
        return n;
    }

    private static Seq<T> Wrap<T>(T[] items) => new(ImmutableCollectionsMarshal.AsImmutableArray(items));
}
