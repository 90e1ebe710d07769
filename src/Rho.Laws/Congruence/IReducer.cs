using Rho.Semantics.Core;
using Rho.Semantics.Reduction;
using Rho.Semantics.Syntax;

namespace Rho.Laws.Congruence;

/// <summary>
/// A reducer under test, in the model's own terms (spec/congruence.md, spec/semantics.md): front
/// end, congruence, one step, outcome sets. Terms are Rho.Semantics terms, so an implementation
/// translates to and from them at this boundary.
/// </summary>
/// <remarks>
/// Laws (<see cref="LawSets.Congruence"/>), for closed P, Q and S a generated syntax tree:
/// <list type="bullet">
/// <item><c>Law/print-parse</c>: <c>Canon(Parse(Print(P))) = P</c> for canonical P.</item>
/// <item><c>Law/canon-idempotent</c>: <c>Canon(Canon(P)) = Canon(P)</c>.</item>
/// <item><c>Cong/par-comm</c>, <c>Cong/par-assoc</c>, <c>Cong/par-nil</c>, <c>Cong/alpha</c>:
/// <c>Canon(Normalize(S)) = Canon(Normalize(S'))</c> for S' S with pars reordered and regrouped, Nil
/// inserted, bound variables renamed.</item>
/// <item><c>Law/canon-sensitive</c>: changing one Int leaf of S changes <c>Canon(Normalize(S))</c>.</item>
/// <item><c>Law/step-congruence</c>: congruent programs have equal <see cref="Successors"/>.</item>
/// <item><c>Law/outcomes-par-order</c>: <see cref="Outcomes"/> does not depend on the order of pars.</item>
/// <item><c>Law/administrative-first</c>: <c>Outcomes(P, false) = Outcomes(P, true)</c>.</item>
/// </list>
/// Errors: <see cref="Normalize"/> and <see cref="Parse"/> raise Malformed or Invalid
/// <see cref="Semantics.Errors.RhoException"/> on bad programs; the laws only give them good ones.
/// </remarks>
public interface IReducer
{
    /// <summary>Normalizes a closed syntax tree to a core term (not necessarily canonical).</summary>
    /// <param name="program">A closed, well-scoped syntax tree.</param>
    /// <returns>The core term.</returns>
    Proc Normalize(SProc program);

    /// <summary>The canonical representative of P's congruence class: equal exactly when ≡.</summary>
    /// <param name="p">A closed core term.</param>
    /// <returns>The canonical form.</returns>
    Proc Canon(Proc p);

    /// <summary>Parses and normalizes source text.</summary>
    /// <param name="source">A closed program.</param>
    /// <returns>The core term.</returns>
    Proc Parse(string source);

    /// <summary>Prints a core term as Rholang source.</summary>
    /// <param name="p">A canonical term.</param>
    /// <returns>Source text that <see cref="Parse"/> reads back.</returns>
    string Print(Proc p);

    /// <summary>The states one step from the initial state of P (every redex).</summary>
    /// <param name="p">A canonical closed term.</param>
    /// <returns>The successor states, compared modulo ≡.</returns>
    IReadOnlySet<State> Successors(Proc p);

    /// <summary>P's outcome set, or null when the implementation's budget ran out before it was exact.</summary>
    /// <param name="p">A canonical closed term.</param>
    /// <param name="allInterleavings">Follow every interleaving instead of administrative steps first.</param>
    /// <returns>The outcomes, or null.</returns>
    IReadOnlySet<Outcome>? Outcomes(Proc p, bool allInterleavings);
}
