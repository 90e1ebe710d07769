using Rho.Semantics.Core;

namespace Rho.Semantics.Congruence;

// Binders with patterns (Cong/alpha, Cong/join-order). A pattern binder's variables are numbered
// by first occurrence (PatternVars), and the body's bound variables are permuted to match.
// For a join, the binds are then sorted by (source, patterns, remainder), and the body's
// variable groups are permuted with them.
public static partial class Canon
{
    /// <summary>Cong/alpha and Cong/join-order for <c>for (binds) { body }</c>.</summary>
    private static Proc CanonReceive(Receive r)
    {
        var n = r.Binds.Count;
        var binds = new ReceiveBind[n];
        var perms = new List<int[]>[n];
        for (var j = 0; j < n; j++)
        {
            var b = r.Binds[j];
            var pats = b.Remainder is null ? b.Patterns : b.Patterns.Items.Add(b.Remainder).ToSeq();
            var (canon, perm) = PatternVars.Canonical(pats, b.FreeCount);
            var rem = b.Remainder is null ? null : canon[^1];
            var patterns = b.Remainder is null ? canon : canon.Take(canon.Count - 1).ToSeq();
            binds[j] = b with { Patterns = patterns, Source = Go(b.Source), Remainder = rem };
            perms[j] = perm;
        }
        var order = Enumerable.Range(0, n)
            .OrderBy(j => binds[j], Comparer<ReceiveBind>.Create(ProcOrder.CompareBinds))
            .ToArray();

        // Body variable offset_j + k (bind j, its variable k) moves to newOffset_j + perm_j[k].
        var oldOffsets = Offsets(binds, Enumerable.Range(0, n));
        var newOffsets = Offsets(binds, order);
        // Every combination of the binds' symmetric numberings is a candidate for the body.
        var candidates = new List<int[]> { Identity(Math.Max(r.BindCount, oldOffsets[n])) };
        for (var pos = 0; pos < n; pos++)
        {
            var j = order[pos];
            candidates = candidates
                .SelectMany(c => perms[j].Select(perm =>
                {
                    var bodyPerm = (int[])c.Clone();
                    for (var k = 0; k < binds[j].FreeCount; k++)
                    {
                        bodyPerm[oldOffsets[j] + k] = newOffsets[pos] + perm[k];
                    }
                    return bodyPerm;
                }))
                .Take(MaxBodyCandidates)
                .ToList();
        }
        var sorted = order.Select(j => binds[j]).ToSeq();
        return r with { Binds = sorted, Body = LeastBody(r.Body, candidates) };
    }

    /// <summary>At most this many numberings of a symmetric binder are tried on its body (spec/congruence.md, "Limits").</summary>
    private const int MaxBodyCandidates = 64;

    /// <summary>The least canonical body over the candidate numberings of its binder.</summary>
    private static Proc LeastBody(Proc body, List<int[]> candidates) =>
        candidates.Take(MaxBodyCandidates).Select(perm => Go(PatternVars.RenameBound(body, perm))).Min(ProcOrder.Instance)
            ?? Go(body);

    /// <summary>Cong/alpha for <c>match target { pattern => body … }</c>.</summary>
    private static Proc CanonMatch(Match m) => m with
    {
        Target = Go(m.Target),
        Cases = m.Cases.Map(c =>
        {
            var (canon, perm) = PatternVars.Canonical(Seq.Of(c.Pattern), c.FreeCount);
            return c with { Pattern = canon[0], Body = LeastBody(c.Body, perm) };
        }),
    };

    /// <summary>Cong/alpha for <c>target matches pattern</c>: the pattern's variables bind nothing.</summary>
    private static Proc CanonMatches(EMatches m)
    {
        var (canon, _) = PatternVars.Canonical(Seq.Of(m.Pattern), PatternVars.Count(m.Pattern));
        return m with { Target = Go(m.Target), Pattern = canon[0] };
    }

    /// <summary>The offset of each bind's variables in the body when the binds are in <paramref name="order"/>; the last entry is the total.</summary>
    private static int[] Offsets(ReceiveBind[] binds, IEnumerable<int> order)
    {
        var offsets = new int[binds.Length + 1];
        var at = 0;
        var pos = 0;
        foreach (var j in order)
        {
            offsets[pos++] = at;
            at += binds[j].FreeCount;
        }
        offsets[pos] = at;
        return offsets;
    }

    private static int[] Identity(int n) => Enumerable.Range(0, n).ToArray();
}
