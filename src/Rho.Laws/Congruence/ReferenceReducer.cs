using Rho.Semantics.Core;
using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;
using Rho.Semantics.Syntax;
using SemanticsCanon = Rho.Semantics.Congruence.Canon;
using SemanticsNormalizer = Rho.Semantics.Normalize.Normalizer;

namespace Rho.Laws.Congruence;

/// <summary>
/// Rho.Semantics (the oracle) as an <see cref="IReducer"/>. Every call runs on a deep stack.
/// Outcome sets are explored within <paramref name="budget"/>.
/// </summary>
/// <param name="budget">The exploration budget of <see cref="Outcomes"/>.</param>
public sealed class ReferenceReducer(ExploreOptions budget) : IReducer
{
    /// <summary>The reference reducer with the budget of the congruence law set (1,500 states, depth 200).</summary>
    public static ReferenceReducer Instance { get; } = new(new ExploreOptions(MaxStates: 1500, MaxDepth: 200));

    /// <inheritdoc/>
    public Proc Normalize(SProc program) => DeepStack.Run(() => SemanticsNormalizer.Normalize(program));

    /// <inheritdoc/>
    public Proc Canon(Proc p) => DeepStack.Run(() => SemanticsCanon.Of(p));

    /// <inheritdoc/>
    public Proc Parse(string source) => DeepStack.Run(() => SemanticsNormalizer.Normalize(RhoParser.Parse(source)));

    /// <inheritdoc/>
    public string Print(Proc p) => DeepStack.Run(() => Printer.PrintSource(p));

    /// <inheritdoc/>
    public IReadOnlySet<State> Successors(Proc p) =>
        DeepStack.Run(() => Reducer.Step(Reducer.Initial(p)).Select(t => t.Target).ToHashSet());

    /// <inheritdoc/>
    public IReadOnlySet<Outcome>? Outcomes(Proc p, bool allInterleavings)
    {
        var e = Explorer.Explore(p, budget with { AllInterleavings = allInterleavings });
        return e.IsComplete ? e.Outcomes.ToHashSet() : null;
    }
}
