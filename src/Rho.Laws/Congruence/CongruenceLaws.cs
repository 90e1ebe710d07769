using Rho.Laws.Generators;
using Rho.Laws.Properties;
using Rho.Semantics.Syntax;

namespace Rho.Laws.Congruence;

/// <summary>
/// Laws of the model's front end and congruence over generated closed processes
/// (spec/congruence.md, spec/semantics.md "Laws"): the printer round-trips, canon is idempotent,
/// invariant under the congruence and sensitive to any change of a leaf. FsCheck and Hedgehog
/// both shrink; the pinned seed is <see cref="Seeds.Pinned"/>.
/// </summary>
internal static class CongruenceLaws
{
    private static Law<IReducer> Law(string[] ids, string name, string statement, Func<IReducer, LawContext, Counterexample?> property) =>
        new(ids, name, statement, Seeds.Pinned, property);

    private static Func<SProc, bool> Same(IReducer r, Func<SProc, SProc> rewrite) =>
        s => r.Canon(r.Normalize(rewrite(s))) == r.Canon(r.Normalize(s));

    public static IEnumerable<Law<IReducer>> All()
    {
        yield return Law(
            ["Law/print-parse", "Print/source"],
            "print then parse",
            "canon(parse(print(P))) = P for every canonical P: the printer is a source printer.",
            (r, c) => ForAll.FsCheck(PropertyGens.Arbitrary(), s =>
            {
                var p = r.Canon(r.Normalize(s));
                return r.Canon(r.Parse(r.Print(p))) == p;
            }, Show.Syntax, c.Tests(200), c.Seed));
        yield return Law(
            ["Law/canon-idempotent"],
            "canon is idempotent",
            "canon(canon(P)) = canon(P).",
            (r, c) => ForAll.Hedgehog(PropertyGens.Hedgehog(), s =>
            {
                var p = r.Canon(r.Normalize(s));
                return r.Canon(p) == p;
            }, Show.Syntax, c.Tests(200), c.Seed));
        yield return Law(
            ["Cong/par-comm", "Cong/par-assoc"],
            "par reordering and regrouping",
            "reordering and regrouping the components of every par leaves the canonical form unchanged.",
            (r, c) => ForAll.FsCheck(PropertyGens.Arbitrary(), Same(r, s => SyntaxTransforms.ShufflePars(s, new Random(Show.StableSeed(s)))), Show.Syntax, c.Tests(200), c.Seed));
        yield return Law(
            ["Cong/par-nil"],
            "Nil insertion",
            "putting | Nil next to processes leaves the canonical form unchanged.",
            (r, c) => ForAll.Hedgehog(PropertyGens.Hedgehog(), Same(r, s => SyntaxTransforms.InsertNil(s, new Random(Show.StableSeed(s)))), Show.Syntax, c.Tests(200), c.Seed));
        yield return Law(
            ["Cong/alpha"],
            "alpha renaming",
            "renaming every bound variable leaves the canonical form unchanged.",
            (r, c) => ForAll.FsCheck(PropertyGens.Arbitrary(), Same(r, SyntaxTransforms.RenameBound), Show.Syntax, c.Tests(200), c.Seed));
        yield return Law(
            ["Law/canon-sensitive"],
            "one leaf changed",
            "changing one leaf literal changes the canonical form.",
            (r, c) => ForAll.Hedgehog(PropertyGens.Hedgehog(), s =>
                SyntaxTransforms.ChangeOneLeaf(s) is not { } changed || r.Canon(r.Normalize(changed)) != r.Canon(r.Normalize(s)),
                Show.Syntax, c.Tests(200), c.Seed));
    }
}
