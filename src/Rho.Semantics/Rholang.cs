using Rho.Semantics.Congruence;
using Rho.Semantics.Core;
using Rho.Semantics.Normalize;
using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;
using Rho.Semantics.Syntax;

namespace Rho.Semantics;

/// <summary>
/// The facade of Rho.Semantics: source text to canonical core term, and core term to its
/// reduction graph and outcomes. Every entry point runs on a deep stack (<see cref="DeepStack"/>).
/// </summary>
/// <remarks>
/// Errors raised: <see cref="Errors.ErrorClass.Malformed"/> (syntax) and
/// <see cref="Errors.ErrorClass.Invalid"/> (static checks) as <see cref="Errors.RhoException"/>;
/// runtime errors are outcomes, not exceptions; a budget gives <see cref="Verdict.CutOff"/>.
/// </remarks>
public static class Rholang
{
    /// <summary>Parses source text into the concrete syntax tree. Raises Malformed.</summary>
    public static SProc Parse(string source) => DeepStack.Run(() => RhoParser.Parse(source));

    /// <summary>Parses, normalizes and canonicalizes a closed program. Raises Malformed and Invalid.</summary>
    public static Proc Compile(string source) =>
        DeepStack.Run(() => Canon.Of(Normalizer.Normalize(RhoParser.Parse(source))));

    /// <summary>The canonical source text of a term: equal for two terms exactly when they are ≡.</summary>
    public static string Print(Proc p) => DeepStack.Run(() => Printer.PrintSource(Canon.Of(p)));

    /// <summary>Explores every behaviour of a program within the budgets.</summary>
    public static Exploration Reduce(string source, ExploreOptions? options = null) =>
        Explorer.Explore(Compile(source), options);
}
