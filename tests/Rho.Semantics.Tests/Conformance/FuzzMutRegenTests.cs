using Rho.Semantics.Conformance;

namespace Rho.Semantics.Tests.Conformance;

/// <summary>
/// <c>rho conformance regen</c> (spec/conformance.md, "Case files"): the reducer's expectation for a
/// case, of the case's own assertion kind, or a note saying why it cannot give one.
/// </summary>
public class FuzzMutRegenTests
{
    private const string Out = "new o(`rho:io:stdout`) in ";

    /// <summary>Two outcomes: "left" or "right".</summary>
    private const string Choice = Out + "{ new c in { c!(\"left\") | c!(\"right\") | for (@x <- c) { o!(x) } } }";

    /// <summary>Three outcomes: 12 printed once, or 1 and 2 in either order.</summary>
    private const string TwelveOrOneTwo = Out + "{ new c in { c!(0) | c!(1) | for (@x <- c) { match x { 0 => o!(12) _ => { o!(1) | o!(2) } } } } }";

    /// <summary>Two outcomes printing 1 and 2 in either order.</summary>
    private const string OneTwo = Out + "{ o!(1) | o!(2) }";

    private const string Unbounded = "new loop in { contract loop(@n) = { loop!(n + 1) | @\"sink\"!(n) } | loop!(0) }";

    private const string Cycle = "new c in { contract c(@n) = { c!(n) } | c!(1) }";

    private static ConformanceCase Case(string key, Assertion? expect, string source) =>
        new("t", "case", Path.Combine(Path.GetTempPath(), "fuzzmut-regen.rho"), source, ["Comm/linear"], key, expect, null);

    private static RegenResult Regen(string key, string source, Assertion? expect = null) =>
        Rho.Semantics.Conformance.Regen.Compute(Case(key, expect, source));

    [Fact]
    public void Result_Placeholders_ShowAsNullAndAMissingComputationDiffers()
    {
        var r = new RegenResult(Case("stdout", null, "Nil"), null, "why");
        Assert.Equal("null", r.Old);
        Assert.Equal("null", r.New);
        Assert.True(r.Differs);
    }

    [Fact]
    public void Result_SameAssertion_DoesNotDiffer_AnotherDoes()
    {
        var stored = new Assertion.Stdout(["1"]);
        Assert.False(new RegenResult(Case("stdout", stored, "Nil"), new Assertion.Stdout(["1"]), null).Differs);
        var changed = new RegenResult(Case("stdout", stored, "Nil"), new Assertion.Stdout(["2"]), null);
        Assert.True(changed.Differs);
        Assert.Equal("""["1"]""", changed.Old);
        Assert.Equal("""["2"]""", changed.New);
    }

    [Fact]
    public void Compute_NullCase_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Rho.Semantics.Conformance.Regen.Compute(null!));

    [Fact]
    public void Stdout_OneSequence_IsComputed_TwoAreRefused()
    {
        Assert.Equal(["12"], Assert.IsType<Assertion.Stdout>(Regen("stdout", Out + "{ o!(12) }").Computed).Lines);
        var two = Regen("stdout", Choice);
        Assert.Null(two.Computed);
        Assert.Equal("2 different stdout sequences: use stdout-one-of", two.Note);
    }

    [Fact]
    public void Stdout_ARunThatDoesNotComplete_IsRefusedWithItsDescription()
    {
        // A stored budget is used whatever the kind: the unbounded program stops after 50 states.
        var r = Regen("stdout", Unbounded, new Assertion.BudgetExhausted(50));
        Assert.Null(r.Computed);
        Assert.Equal("the reducer does not complete: its budget ran out", r.Note);
    }

    [Fact]
    public void StdoutOneOf_ListsEveryDistinctSequenceInOrdinalOrder()
    {
        var r = Regen("stdout-one-of", TwelveOrOneTwo);
        var seqs = Assert.IsType<Assertion.StdoutOneOf>(r.Computed).Sequences;
        Assert.Equal([["1", "2"], ["12"], ["2", "1"]], seqs.Select(s => s.ToArray()).ToArray());
        Assert.Equal([["\"left\""], ["\"right\""]], Assert.IsType<Assertion.StdoutOneOf>(Regen("stdout-one-of", Choice).Computed).Sequences.Select(s => s.ToArray()).ToArray());
    }

    [Fact]
    public void StdoutMultiset_OneBag_IsSorted_TwoBagsAreRefused()
    {
        Assert.Equal(["1", "2"], Assert.IsType<Assertion.StdoutMultiset>(Regen("stdout-multiset", OneTwo).Computed).Lines);
        var r = Regen("stdout-multiset", TwelveOrOneTwo);
        Assert.Null(r.Computed);
        Assert.Equal("the outcomes print different multisets", r.Note);
    }

    [Fact]
    public void Confluent_OneOutcome_IsComputed_TwoAreRefused()
    {
        Assert.Equal(["12"], Assert.IsType<Assertion.Confluent>(Regen("confluent", Out + "{ o!(12) }").Computed).Lines);
        var r = Regen("confluent", Choice);
        Assert.Null(r.Computed);
        Assert.Equal("2 outcomes", r.Note);
    }

    [Fact]
    public void Residual_IsKeptWhenEquivalent_AndOtherwiseShownOnOneLine()
    {
        var stored = new Assertion.Residual("@\"y\"!(2) | @\"x\"!(1)");
        Assert.Same(stored, Regen("residual", "@\"x\"!(1) | @\"y\"!(2)", stored).Computed);
        var r = Regen("residual", "@\"x\"!(1) | @\"y\"!(2)", new Assertion.Residual("Nil"));
        Assert.Null(r.Computed);
        Assert.StartsWith("the reducer's residual is @{\"x\"}!(1) | @{\"y\"}!(2)", r.Note, StringComparison.Ordinal);
        Assert.EndsWith("; write it as process text by hand", r.Note, StringComparison.Ordinal);
        Assert.Equal("2 outcomes", Regen("residual", Choice).Note);
    }

    [Fact]
    public void Malformed_ASyntaxError_GivesItsPosition_OtherRunsAreRefused()
    {
        Assert.Equal(new Assertion.Malformed(1, 10), Regen("malformed", "@\"a\"!(1) # 2").Computed);
        Assert.StartsWith("not a syntax error: it was rejected: ", Regen("malformed", "@\"x\"!(9223372036854775808)").Note, StringComparison.Ordinal);
        Assert.StartsWith("not a syntax error: it completed", Regen("malformed", "Nil").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void BudgetExhausted_KeepsTheStoredBudgetOrUses200()
    {
        Assert.Equal(new Assertion.BudgetExhausted(200), Regen("budget-exhausted", Unbounded).Computed);
        Assert.Equal(new Assertion.BudgetExhausted(50), Regen("budget-exhausted", Unbounded, new Assertion.BudgetExhausted(50)).Computed);
        var r = Regen("budget-exhausted", "Nil");
        Assert.Null(r.Computed);
        Assert.StartsWith("it completed", r.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Diverges_OnlyACompletedRunWithoutOutcome()
    {
        Assert.Equal(new Assertion.Diverges(200), Regen("diverges", Cycle).Computed);
        Assert.Equal(new Assertion.Diverges(300), Regen("diverges", Cycle, new Assertion.Diverges(300)).Computed);
        Assert.StartsWith("it completed", Regen("diverges", "Nil").Note, StringComparison.Ordinal);
        Assert.Null(Regen("diverges", Unbounded).Computed);
    }

    [Fact]
    public void Error_ARejection_IsStatic()
    {
        var e = Assert.IsType<Assertion.Error>(Regen("error", "@\"x\"!(9223372036854775808)").Computed);
        Assert.Equal("int-literal-range", e.Kind);
        Assert.True(e.Static);
        Assert.StartsWith("integer literal 9223372036854775808", e.MessagePrefix, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_AtRunTime_IsTheFirstErrorCommonToEveryOutcome()
    {
        var e = Assert.IsType<Assertion.Error>(Regen("error", "@\"x\"!(1 / 0)").Computed);
        Assert.Equal("div-zero", e.Kind);
        Assert.False(e.Static);
        Assert.Null(Regen("error", Out + "{ o!(1) }").Computed);
        Assert.StartsWith("no error in every outcome: it completed", Regen("error", Out + "{ o!(1) }").Note, StringComparison.Ordinal);
        Assert.StartsWith("no error in every outcome: it completed", Regen("error", Cycle).Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_OnlyInSomeOutcomes_IsNotCommon()
    {
        var r = Regen("error", "new c in { c!(0) | c!(1) | for (@x <- c) { @\"r\"!(1 / x) } }");
        Assert.Null(r.Computed);
        Assert.StartsWith("no error in every outcome", r.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_AStoredPrefixThatStillFits_IsKept()
    {
        var stored = new Assertion.Error("div-zero", "", false);
        Assert.Same(stored, Regen("error", "@\"x\"!(1 / 0)", stored).Computed);
        var otherKind = Regen("error", "@\"x\"!(1 / 0)", new Assertion.Error("unknown-method", "", false)).Computed;
        Assert.Equal("div-zero", Assert.IsType<Assertion.Error>(otherKind).Kind);
        var staticOne = Regen("error", "@\"x\"!(1 / 0)", new Assertion.Error("div-zero", "", true)).Computed;
        Assert.False(Assert.IsType<Assertion.Error>(staticOne).Static);
        var wrongPrefix = Regen("error", "@\"x\"!(1 / 0)", new Assertion.Error("div-zero", "zzz", false)).Computed;
        Assert.NotEqual("zzz", Assert.IsType<Assertion.Error>(wrongPrefix).MessagePrefix);
    }

    [Fact]
    public void Error_InOneOutcome_IsItsFirstInKindAndMessageOrder()
    {
        // One outcome with a div-zero and an unknown-method error: the div-zero comes first.
        var e = Assert.IsType<Assertion.Error>(Regen("error", "@\"x\"!(1 / 0) | @\"y\"!(Nil.nope())").Computed);
        Assert.Equal("div-zero", e.Kind);
    }

    [Fact]
    public void Error_CommonToEveryOutcome_NeedsTheSameKindAndTheSameMessage()
    {
        // Both outcomes call Nil.zzz() and one other unknown method, aaa or bbb: the errors all have one kind, and
        // only zzz's is in both outcomes (with the same message), though aaa's or bbb's comes first in each.
        const string source = "@\"u\"!(Nil.zzz()) | new c in { c!(0) | c!(1) | for (@x <- c) { match x { 0 => @\"r\"!(Nil.aaa()) _ => @\"r\"!(Nil.bbb()) } } }";
        var e = Assert.IsType<Assertion.Error>(Regen("error", source).Computed);
        Assert.Equal("unknown-method", e.Kind);
        Assert.Contains("zzz", e.MessagePrefix, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdout_WithoutAStoredBudget_ExploresPast200States()
    {
        // Eight independent COMMs interleave in 2^8 states; the print comes out the same in each.
        var pairs = string.Concat(Enumerable.Range(0, 8).Select(i => $" | @{i}!(0) | for (_ <- @{i}) {{ Nil }}"));
        var r = Regen("stdout", Out + "{ o!(1)" + pairs + " }");
        Assert.Equal(["1"], Assert.IsType<Assertion.Stdout>(r.Computed).Lines);
    }

    [Fact]
    public void Diverges_ARunThatExhaustsItsBudget_IsDescribedAsSuch()
    {
        var r = Regen("diverges", Unbounded, new Assertion.Diverges(50));
        Assert.Null(r.Computed);
        Assert.Equal("its budget ran out", r.Note);
    }

    [Fact]
    public void UnknownKind_IsRefused() =>
        Assert.Equal("unknown assertion nope", Regen("nope", "Nil").Note);

    [Fact]
    public void Write_StoresTheComputedAssertion_AndNothingWithoutOne()
    {
        var dir = Directory.CreateTempSubdirectory("fuzzmut-regen").FullName;
        try
        {
            var rho = Path.Combine(dir, "c.rho");
            File.WriteAllText(rho, "Nil");
            var c = new ConformanceCase(".", "c", rho, "Nil", ["Par/nil"], "stdout", null, null);
            Rho.Semantics.Conformance.Regen.Write(new RegenResult(c, null, "no"));
            Assert.False(File.Exists(c.SidecarPath));
            Rho.Semantics.Conformance.Regen.Write(new RegenResult(c, new Assertion.Stdout(["7"]), null));
            var loaded = ConformanceCase.Load(dir, rho);
            Assert.Equal(["7"], Assert.IsType<Assertion.Stdout>(loaded.Expect).Lines);
            Assert.Throws<ArgumentNullException>(() => Rho.Semantics.Conformance.Regen.Write(null!));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
