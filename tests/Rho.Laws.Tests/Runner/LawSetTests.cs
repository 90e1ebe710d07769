namespace Rho.Laws.Tests.Runner;

/// <summary>Laws and law sets as data: a law's own id is its first, a set lists its ids once each and finds the laws that check an id.</summary>
public class LawSetTests
{
    private static readonly Law<int> A = new(["A/x", "B/y"], "a", "a holds.", 1, (_, _) => null);
    private static readonly Law<int> B = new(["B/y", "C/z"], "b", "b holds.", 2, (_, _) => null);
    private static readonly LawSet<int> Toy = new("toy", [A, B]);

    [Fact]
    public void Id_IsTheFirstOfTheIds()
    {
        Assert.Equal("A/x", A.Id);
        Assert.Equal("B/y", B.Id);
    }

    [Fact]
    public void Ids_EveryIdOnceInOrder() => Assert.Equal(["A/x", "B/y", "C/z"], Toy.Ids);

    [Fact]
    public void Checking_SharedId_GivesEveryLawThatChecksItInOrder()
    {
        Assert.Equal([A, B], Toy.Checking("B/y"));
        Assert.Equal([B], Toy.Checking("C/z"));
        Assert.Equal([A], Toy.Checking("A/x"));
    }

    [Fact]
    public void Checking_UnknownId_IsAnArgumentErrorNamingTheSetAndTheId()
    {
        var e = Assert.Throws<ArgumentException>(() => Toy.Checking("D/w"));
        Assert.Equal("id", e.ParamName);
        Assert.StartsWith("law set 'toy' has no law with id 'D/w'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checking_IdsAreCaseSensitive() => Assert.Throws<ArgumentException>(() => Toy.Checking("a/X"));

    [Fact]
    public void LawSets_NamesAndIdsOfTheFourSets()
    {
        Assert.Equal("congruence and reducer", LawSets.Congruence.Name);
        Assert.Equal("machine", LawSets.Machine.Name);
        Assert.Equal("rspace", LawSets.RSpace.Name);
        Assert.Equal("compiler", LawSets.Compiler<int>().Name);
        Assert.Equal(
            ["Law/print-parse", "Print/source", "Law/canon-idempotent", "Cong/par-comm", "Cong/par-assoc", "Cong/par-nil", "Cong/alpha", "Law/canon-sensitive", "Law/step-congruence", "Law/outcomes-par-order", "Law/administrative-first"],
            LawSets.Congruence.Ids);
        Assert.Equal(["Law/soundness", "Law/channel-trick", "Law/multiset", "Law/isolation"], LawSets.Machine.Ids);
        Assert.Equal(["RSpace/comm", "RSpace/produce", "RSpace/consume", "RSpace/laws", "RSpace/atomic"], LawSets.RSpace.Ids);
        Assert.Equal(["Law/par", "Law/order", "Law/quote", "Law/canonical", "Law/roundtrip", "Law/verify", "Law/optimizer"], LawSets.Compiler<int>().Ids);
    }

    [Fact]
    public void LawSets_EveryLawHasAStatementEndingInAPeriodAndAUniqueName()
    {
        void Check<T>(LawSet<T> set)
        {
            Assert.All(set.Laws, l => Assert.EndsWith(".", l.Statement, StringComparison.Ordinal));
            Assert.Equal(set.Laws.Count, set.Laws.Select(l => l.Name).Distinct(StringComparer.Ordinal).Count());
        }
        Check(LawSets.Congruence);
        Check(LawSets.Machine);
        Check(LawSets.RSpace);
        Check(LawSets.Compiler<int>());
    }

    [Fact]
    public void LawSets_PinnedSeedsOfEachSet()
    {
        Assert.All(LawSets.Congruence.Laws, l => Assert.Equal(Laws.Generators.Seeds.Pinned, l.PinnedSeed));
        Assert.All(LawSets.Compiler<int>().Laws, l => Assert.Equal(Laws.Generators.Props.Pinned, l.PinnedSeed));
        Assert.Equal([7UL, 20261124UL, 7UL, 7UL, 7UL], LawSets.Machine.Laws.Select(l => l.PinnedSeed));
        Assert.All(LawSets.RSpace.Laws, l => Assert.Equal(0UL, l.PinnedSeed));
    }

    /// <summary>
    /// Each set's laws in spec order, by own id and name: what a report and <c>rho laws</c> name them by. A law
    /// dropped from a set, or a name lost, is a change a user sees.
    /// </summary>
    [Fact]
    public void LawSets_TheLawsOfEachSet_ByIdAndName()
    {
        static string[] Of<T>(LawSet<T> set) => [.. set.Laws.Select(l => $"{l.Id}: {l.Name}")];
        Assert.Equal(
            [
                "Law/print-parse: print then parse",
                "Law/canon-idempotent: canon is idempotent",
                "Cong/par-comm: par reordering and regrouping",
                "Cong/par-nil: Nil insertion",
                "Cong/alpha: alpha renaming",
                "Law/canon-sensitive: one leaf changed",
                "Law/step-congruence: congruent states step alike",
                "Law/outcomes-par-order: outcomes ignore par order",
                "Law/administrative-first: administrative steps first",
            ],
            Of(LawSets.Congruence));
        Assert.Equal(
            [
                "Law/soundness: generated programs",
                "Law/soundness: shrinking",
                "Law/channel-trick: both paths",
                "Law/multiset: par order",
                "Law/isolation: a failing process beside",
            ],
            Of(LawSets.Machine));
        Assert.Equal(
            [
                "Law/par: par is union",
                "Law/order: order and grouping",
                "Law/quote: quote of compiled code",
                "Law/quote: quoted values",
                "Law/canonical: congruent variants",
                "Law/canonical: near misses",
                "Law/roundtrip: binary round trip",
                "Law/roundtrip: text round trip",
                "Law/roundtrip: decompile",
                "Law/verify: compiled code verifies",
                "Law/optimizer: optimizer is unobservable",
            ],
            Of(LawSets.Compiler<int>()));
    }
}
