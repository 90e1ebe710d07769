using Rho.Semantics.Core;
using Rho.Semantics.Mutation;

namespace Rho.Machine.Space;

/// <summary>
/// <c>RSpace/binding</c>: which of a pattern's distinct bindings the machine takes. The reducer
/// follows every distinct binding (<c>Match/case</c>, <c>Comm/…</c>); a run follows one of them.
/// </summary>
internal static class Bindings
{
    /// <summary>
    /// The first of <paramref name="bindings"/> (distinct, in the matcher's order) without a generator; with one, a
    /// binding drawn from it, which is a choice only when there are at least two (one draw of their number), so that
    /// the random policy can reach, and the controlled mode enumerates, each of them. Null when there is none.
    /// </summary>
    public static Proc[]? Choose(IEnumerable<Proc[]> bindings, Random? random)
    {
        if (random is null || Mutants.IsOn(Mutant.BindingFirstOnly))
        {
            return bindings.FirstOrDefault();
        }
        var all = bindings.ToList();
        return all.Count switch
        {
            0 => null,
            1 => all[0],
            _ => all[random.Next(all.Count)],
        };
    }
}
