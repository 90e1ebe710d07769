using Rho.Laws.Congruence;
using Rho.Laws.Tests.Generators;
using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Reduction;
using Rho.Semantics.Syntax;

namespace Rho.Laws.Tests.Congruence;

/// <summary>
/// Each congruence and reducer law holds on the reference reducer and fails, with its id, a
/// counterexample that parses and the framework's message, on a reducer broken for that law.
/// </summary>
public class BrokenReducerTests
{
    private static readonly IReducer Model = ReferenceReducer.Instance;

    /// <summary>The reference reducer with some operations replaced.</summary>
    private sealed class Broken(
        Func<SProc, Proc>? normalize = null,
        Func<Proc, Proc>? canon = null,
        Func<Proc, string>? print = null,
        Func<Proc, IReadOnlySet<State>>? successors = null,
        Func<Proc, bool, IReadOnlySet<Outcome>?>? outcomes = null) : IReducer
    {
        public Proc Normalize(SProc program) => normalize is null ? Model.Normalize(program) : normalize(program);

        public Proc Canon(Proc p) => canon is null ? Model.Canon(p) : canon(p);

        public Proc Parse(string source) => Model.Parse(source);

        public string Print(Proc p) => print is null ? Model.Print(p) : print(p);

        public IReadOnlySet<State> Successors(Proc p) => successors is null ? Model.Successors(p) : successors(p);

        public IReadOnlySet<Outcome>? Outcomes(Proc p, bool allInterleavings) => outcomes is null ? Model.Outcomes(p, allInterleavings) : outcomes(p, allInterleavings);
    }

    /// <summary>The names a tree's new declarations and variable patterns bind, in order.</summary>
    private static string Binders(SProc s) => string.Join(",", SyntaxWalk.Nodes(s).SelectMany(n => n switch
    {
        SNew d => d.Decls.Select(x => x.Name),
        SVar { Var.Name: { } v } => [v],
        _ => [],
    }));

    private static readonly LawConfig Small = new(Tests: 40);

    private static LawResult Fails(string id, IReducer broken, string framework)
    {
        var result = Assert.Single(LawRunner.Check(LawSets.Congruence, id, broken, Small));
        Assert.False(result.Holds, result.ToString());
        Assert.Equal(id, result.Law);
        Assert.StartsWith(framework + ": ", result.Counterexample!.Message, StringComparison.Ordinal);
        Assert.NotNull(Rholang.Compile(result.Counterexample.Source));
        return result;
    }

    [Fact]
    public void EveryLaw_HoldsOnTheReferenceReducer() =>
        Assert.All(LawRunner.Check(LawSets.Congruence, Model, new LawConfig(Tests: 25)), r => Assert.True(r.Holds, r.ToString()));

    [Fact]
    public void PrintParse_PrinterThatDropsEverything_Fails() =>
        Assert.Equal("FsCheck: the property is false", Fails("Law/print-parse", new Broken(print: _ => "Nil"), "FsCheck").Counterexample!.Message);

    [Fact]
    public void CanonIdempotent_CanonThatAddsAProcessEachTime_Fails() =>
        Fails("Law/canon-idempotent", new Broken(canon: p => new Par(Seq.Of(Model.Canon(p), new GInt(1)))), "Hedgehog");

    [Fact]
    public void ParComm_CanonThatKeepsTheWrittenOrder_Fails() =>
        Assert.Contains("|", Fails("Cong/par-comm", new Broken(canon: p => p), "FsCheck").Counterexample!.Source, StringComparison.Ordinal);

    [Fact]
    public void ParNil_NormalizerThatCountsNils_Fails() =>
        Fails("Cong/par-nil", new Broken(normalize: s => new Par(Seq.Of(Model.Normalize(s), new GInt(SyntaxWalk.Nodes(s).Count(n => n is SNil))))), "Hedgehog");

    [Fact]
    public void Alpha_NormalizerThatSeesBinderNames_Fails() =>
        Fails("Cong/alpha", new Broken(normalize: s => new Par(Seq.Of(Model.Normalize(s), new GString(Binders(s))))), "FsCheck");

    [Fact]
    public void CanonSensitive_CanonThatForgetsEverything_Fails() =>
        Fails("Law/canon-sensitive", new Broken(canon: _ => Nil.Instance), "Hedgehog");

    [Fact]
    public void StepCongruence_SuccessorsThatAlternate_Fails()
    {
        var calls = 0;
        Fails("Law/step-congruence", new Broken(successors: p => ++calls % 2 == 0 ? new HashSet<State>() : Model.Successors(p)), "FsCheck");
    }

    [Fact]
    public void OutcomesParOrder_OutcomesThatAlternate_Fails()
    {
        var calls = 0;
        Fails("Law/outcomes-par-order", new Broken(outcomes: (p, all) => ++calls % 2 == 0 ? new HashSet<Outcome>() : Model.Outcomes(p, all)), "Hedgehog");
    }

    [Fact]
    public void AdministrativeFirst_AllInterleavingsThatFindNothing_Fails() =>
        Fails("Law/administrative-first", new Broken(outcomes: (p, all) => all ? new HashSet<Outcome>() : Model.Outcomes(p, all)), "FsCheck");

    [Fact]
    public void AdministrativeFirst_AdministrativeFirstThatFindsNothing_Fails() =>
        Fails("Law/administrative-first", new Broken(outcomes: (p, all) => all ? Model.Outcomes(p, all) : new HashSet<Outcome>()), "FsCheck");

    [Fact]
    public void OutcomeLaws_OverBudgetOnEitherSide_HoldVacuously()
    {
        var calls = 0;
        var alternating = new Broken(outcomes: (p, all) => ++calls % 2 == 0 ? null : new HashSet<Outcome>());
        Assert.True(Assert.Single(LawRunner.Check(LawSets.Congruence, "Law/outcomes-par-order", alternating, Small)).Holds);
        Assert.True(Assert.Single(LawRunner.Check(LawSets.Congruence, "Law/administrative-first", new Broken(outcomes: (_, all) => all ? null : new HashSet<Outcome>()), Small)).Holds);
        Assert.True(Assert.Single(LawRunner.Check(LawSets.Congruence, "Law/administrative-first", new Broken(outcomes: (_, all) => all ? new HashSet<Outcome>() : null), Small)).Holds);
        var firstNull = 0;
        Assert.True(Assert.Single(LawRunner.Check(LawSets.Congruence, "Law/outcomes-par-order", new Broken(outcomes: (p, all) => ++firstNull % 2 == 1 ? null : new HashSet<Outcome>()), Small)).Holds);
    }
}
