using Rho.Laws.Generators;
using Rho.Laws.Properties;

namespace Rho.Laws.Congruence;

/// <summary>
/// Laws of the reducer over generated closed processes (spec/semantics.md, "Laws"): congruent
/// programs have the same successors and the same outcomes, and exploring administrative steps
/// first loses no outcome. An outcome set over budget (null) passes vacuously.
/// </summary>
internal static class ReductionLaws
{
    private static Law<IReducer> Law(string id, string name, string statement, Func<IReducer, LawContext, Counterexample?> property) =>
        new([id], name, statement, Seeds.Pinned, property);

    public static IEnumerable<Law<IReducer>> All()
    {
        yield return Law(
            "Law/step-congruence",
            "congruent states step alike",
            "congruent programs (reordered, regrouped, alpha-renamed) have the same successor states.",
            (r, c) => ForAll.FsCheck(PropertyGens.Arbitrary(10), s =>
            {
                var p = r.Canon(r.Normalize(s));
                var q = r.Canon(r.Normalize(SyntaxTransforms.RenameBound(SyntaxTransforms.ShufflePars(s, new Random(Show.StableSeed(s))))));
                return r.Successors(p).SetEquals(r.Successors(q));
            }, Show.Syntax, c.Tests(150), c.Seed));
        yield return Law(
            "Law/outcomes-par-order",
            "outcomes ignore par order",
            "the explorer's outcome set does not depend on the order in which parallel components are written.",
            (r, c) => ForAll.Hedgehog(PropertyGens.Hedgehog(10), s =>
            {
                // Stryker disable once Boolean : every interleaving gives the same outcome set (Law/administrative-first, checked in this set); false only explores fewer states
                var a = r.Outcomes(r.Canon(r.Normalize(s)), allInterleavings: false);
                // Stryker disable once Boolean : as above, the outcome set is the same with every interleaving
                var b = r.Outcomes(r.Canon(r.Normalize(SyntaxTransforms.ShufflePars(s, new Random(Show.StableSeed(s))))), allInterleavings: false);
                return a is null || b is null || a.SetEquals(b);
            }, Show.Syntax, c.Tests(100), c.Seed));
        yield return Law(
            "Law/administrative-first",
            "administrative steps first",
            "exploring with administrative steps first gives the same outcomes as exploring every interleaving.",
            (r, c) => ForAll.FsCheck(PropertyGens.Arbitrary(8), s =>
            {
                var p = r.Canon(r.Normalize(s));
                var reduced = r.Outcomes(p, allInterleavings: false);
                var full = r.Outcomes(p, allInterleavings: true);
                return reduced is null || full is null || reduced.SetEquals(full);
            }, Show.Syntax, c.Tests(100), c.Seed));
    }
}
