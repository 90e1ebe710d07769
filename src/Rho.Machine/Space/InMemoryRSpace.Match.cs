using System.Runtime.InteropServices;
using Rho.Semantics.Core;
using Rho.Semantics.Matching;

namespace Rho.Machine.Space;

public sealed partial class InMemoryRSpace<TK>
{
    /// <summary>
    /// <c>RSpace/comm</c> for one continuation: for every bind, the first datum (in <paramref name="random"/>'s order,
    /// else oldest first) on its channel that matches, and its binding (<c>RSpace/binding</c>), binds concatenated in
    /// order; null if some bind has none. Called under the lock.
    /// </summary>
    private (Seq<Datum> Data, Seq<Proc> Bindings)? TryMatch(WaitingContinuation<TK> k, Random? random)
    {
        var binds = k.Binds.Count;
        var data = new Datum[binds];
        var bindings = new Proc[Total(k.Binds)];
        var at = 0;
        for (var j = 0; j < binds; j++)
        {
            var bind = k.Binds[j];
            if (!_data.TryGetValue(k.Channels[j], out var candidates))
            {
                return null;
            }
            var order = Order(candidates.Count, random);
            for (var i = 0; i < candidates.Count && data[j] is null; i++)
            {
                var d = candidates[order?[i] ?? i];
                if (Match(d.Data, bind, bindings.AsSpan(at, bind.FreeCount), random))
                {
                    data[j] = d;
                }
            }
            if (data[j] is null)
            {
                return null;
            }
            at += bind.FreeCount;
        }
        return (Wrap(data), Wrap(bindings));
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
        if (IsFlat(bind) && args.Count == bind.Patterns.Count)
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

    /// <summary>Whether a bind's patterns are distinct pattern variables numbered 0…n−1, or wildcards, with no remainder.</summary>
    private static bool IsFlat(BindPattern bind)
    {
        if (bind.Remainder is not null || bind.FreeCount > 64)
        {
            return false;
        }
        var seen = 0UL;
        var vars = 0;
        foreach (var p in bind.Patterns)
        {
            switch (p)
            {
                case FreeVar v when v.Level >= 0 && v.Level < bind.FreeCount && (seen & (1UL << v.Level)) == 0:
                    seen |= 1UL << v.Level;
                    vars++;
                    break;
                case Wildcard:
                    break;
                default:
                    return false;
            }
        }
        return vars == bind.FreeCount;
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
