using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Congruence;

/// <summary>
/// Structural congruence by canonical representative (spec/congruence.md): P ≡ Q exactly when
/// <c>Canon.Of(P) == Canon.Of(Q)</c>.
/// </summary>
public static class Canon
{
    /// <summary>The canonical form of <paramref name="p"/>.</summary>
    public static Proc Of(Proc p) =>
        throw RhoException.Crash("Canon.Of: placeholder until the congruence branch lands");

    /// <summary>P ≡ Q.</summary>
    public static bool Equivalent(Proc p, Proc q) => Of(p) == Of(q);
}

/// <summary>
/// The total order on core terms (spec/congruence.md, "Order"). It agrees with the reference's
/// sorter on values, so sets and maps print in the reference's order.
/// </summary>
public sealed class ProcOrder : IComparer<Proc>
{
    /// <summary>The one instance.</summary>
    public static readonly ProcOrder Instance = new();

    /// <inheritdoc/>
    public int Compare(Proc? x, Proc? y) =>
        throw RhoException.Crash("ProcOrder.Compare: placeholder until the congruence branch lands");
}
