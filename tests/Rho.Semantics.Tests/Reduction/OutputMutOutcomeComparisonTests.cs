using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;

namespace Rho.Semantics.Tests.Reduction;

/// <summary>
/// <see cref="OutcomeComparison"/> on explored and constructed outcome sets: an observed run is a
/// reducer outcome exactly when some outcome has the same stdout, stderr and error kinds and a
/// residual equal up to renaming of unforgeable names (tried for up to six names).
/// </summary>
public class OutputMutOutcomeComparisonTests
{
    private static readonly string[] None = [];

    private static Proc U(long id) => new GUnforgeable(id);

    private static Proc Send(Proc chan, params Proc[] args) => new Send(chan, Seq.Of(args), false);

    /// <summary>The canonical residual of <paramref name="procs"/> in parallel, as the reducer's states hold it.</summary>
    private static Proc Residual(params Proc[] procs) => Reducer.Initial(new Par(Seq.Of(procs))).Residual;

    /// <summary><c>@a!(@a) | @b!(@c)</c>: two sends whose shapes tie once names are erased.</summary>
    private static Proc Tied(long a, long b, long c) => Residual(Send(U(a), U(a)), Send(U(b), U(c)));

    private static Outcome Outcome(string residual, string[]? stdout = null, string[]? stderr = null, RhoError[]? errors = null) =>
        new(Seq.Of(stdout ?? None), Seq.Of(stderr ?? None), Seq.Of(errors ?? []), residual);

    private static RhoError Error(string kind) => new(ErrorClass.Runtime, kind, "message", SourcePos.None, "Error/" + kind);

    [Fact]
    [Trait("Law", "Law/soundness")]
    public void Observed_KeepsStreamOrder_SortsErrorKinds()
    {
        Assert.Equal(
            "stdout [b, a] stderr [e2, e1] errors [arity, type, type]",
            OutcomeComparison.Observed(["b", "a"], ["e2", "e1"], ["type", "arity", "type"]));
        Assert.Equal("stdout [] stderr [] errors []", OutcomeComparison.Observed(None, None, None));
    }

    [Fact]
    [Trait("Rule", "Error/type")]
    public void Show_ExploredOutcome_ObservationsThenResidual()
    {
        var e = Rholang.Reduce("new stdout(`rho:io:stdout`) in { @0!(1 + \"a\") | stdout!(5) | @1!(2) }");
        Assert.Equal("stdout [5] stderr [] errors [type] residual @{1}!(2)", OutcomeComparison.Show(Assert.Single(e.Outcomes)));
        Assert.Equal("outcome", Assert.Throws<ArgumentNullException>(() => OutcomeComparison.Show(null!)).ParamName);
    }

    [Fact]
    [Trait("Rule", "Comm/linear")]
    public void IsOutcome_EveryExploredTerminalState_IsAnOutcome()
    {
        var e = Rholang.Reduce("new stdout(`rho:io:stdout`), c in { c!(1) | c!(2) | for (@x <- c) { stdout!(x) } }");
        Assert.Equal(2, e.Outcomes.Count);
        foreach (var t in e.Terminals)
        {
            var s = e.States[t];
            Assert.True(OutcomeComparison.IsOutcome(s.Stdout, s.Stderr, s.Errors.Select(x => x.Kind), s.Residual, e.Outcomes));
        }
    }

    [Fact]
    [Trait("Law", "Law/soundness")]
    public void IsOutcome_ObservationsPickTheOutcomes_WhoseResidualsAreCompared()
    {
        var x = Residual(Send(new GInt(7)));
        var oracle = new[] { Outcome("Nil", stdout: ["a"]), Outcome(Printer.Print(x), stdout: ["b"]) };
        Assert.True(OutcomeComparison.IsOutcome(["a"], None, None, Nil.Instance, oracle));
        Assert.True(OutcomeComparison.IsOutcome(["b"], None, None, x, oracle));
        // The right residual of the other outcome, or the right residual with unseen observations, is no outcome.
        Assert.False(OutcomeComparison.IsOutcome(["a"], None, None, x, oracle));
        Assert.False(OutcomeComparison.IsOutcome(["c"], None, None, Nil.Instance, oracle));
        Assert.False(OutcomeComparison.IsOutcome(["a", "b"], None, None, Nil.Instance, oracle));
        Assert.False(OutcomeComparison.IsOutcome(None, None, None, Nil.Instance, []));
    }

    [Fact]
    [Trait("Law", "Law/soundness")]
    public void IsOutcome_StderrAndErrorKindsMustMatch_KindsAsAMultiset()
    {
        var oracle = new[] { Outcome("Nil", stderr: ["e"], errors: [Error("type"), Error("arity")]) };
        Assert.True(OutcomeComparison.IsOutcome(None, ["e"], ["arity", "type"], Nil.Instance, oracle));
        Assert.True(OutcomeComparison.IsOutcome(None, ["e"], ["type", "arity"], Nil.Instance, oracle));
        Assert.False(OutcomeComparison.IsOutcome(None, None, ["arity", "type"], Nil.Instance, oracle));
        Assert.False(OutcomeComparison.IsOutcome(None, ["e"], ["type"], Nil.Instance, oracle));
        Assert.False(OutcomeComparison.IsOutcome(None, ["e"], ["type", "type"], Nil.Instance, oracle));
        Assert.False(OutcomeComparison.IsOutcome(["e"], None, ["arity", "type"], Nil.Instance, oracle));
    }

    [Fact]
    [Trait("Law", "Law/adequacy")]
    public void IsOutcome_ResidualsEqualUpToRenaming_AlthoughTheirCanonicalTextsDiffer()
    {
        var reducer = Tied(0, 1, 2);
        var machine = Tied(1, 0, 2);
        Assert.NotEqual(Printer.Print(reducer), Printer.Print(machine));
        Assert.True(OutcomeComparison.IsOutcome(None, None, None, machine, [Outcome(Printer.Print(reducer))]));
        Assert.True(OutcomeComparison.IsOutcome(None, None, None, reducer, [Outcome(Printer.Print(machine))]));
        // Two names that must stay distinct are not one name twice.
        var merged = Residual(Send(U(0), U(0)), Send(U(1), U(1)));
        Assert.False(OutcomeComparison.IsOutcome(None, None, None, merged, [Outcome(Printer.Print(reducer))]));
        var other = Residual(Send(U(0), U(1)), Send(U(2), U(2), U(2)));
        Assert.False(OutcomeComparison.IsOutcome(None, None, None, other, [Outcome(Printer.Print(reducer))]));
    }

    [Fact]
    [Trait("Law", "Law/adequacy")]
    public void IsOutcome_TwoNames_TriesTheirSwap()
    {
        // @0!(@0) | @1!(@0) and, with the names swapped, @0!(@1) | @1!(@1): both sends tie once names are erased,
        // so each keeps its own numbering, and only the swap makes one text the other.
        var reducer = Residual(Send(U(0), U(0)), Send(U(1), U(0)));
        var machine = Residual(Send(U(1), U(1)), Send(U(0), U(1)));
        Assert.NotEqual(Printer.Print(reducer), Printer.Print(machine));
        Assert.True(OutcomeComparison.IsOutcome(None, None, None, machine, [Outcome(Printer.Print(reducer))]));
    }

    [Fact]
    [Trait("Law", "Law/adequacy")]
    public void IsOutcome_SixNames_StillTriesEveryRenaming()
    {
        static Proc Six(params long[] n) =>
            Residual(Send(U(n[0]), U(n[0])), Send(U(n[1]), U(n[2])), Send(U(n[3]), U(n[3])), Send(U(n[4]), U(n[5])));
        var reducer = Six(0, 1, 2, 3, 4, 5);
        var machine = Six(2, 0, 3, 4, 1, 5);
        Assert.NotEqual(Printer.Print(reducer), Printer.Print(machine));
        Assert.True(OutcomeComparison.IsOutcome(None, None, None, machine, [Outcome(Printer.Print(reducer))]));
    }

    [Fact]
    [Trait("Law", "Law/adequacy")]
    public void IsOutcome_SevenNames_OnlyTheCanonicalTextIsCompared()
    {
        static Proc Seven(params long[] n) =>
            Residual(Send(U(n[0]), U(n[0])), Send(U(n[1]), U(n[2])), Send(U(n[3]), U(n[3])), Send(U(n[4]), U(n[5]), U(n[6])));
        var reducer = Seven(0, 1, 2, 3, 4, 5, 6);
        var machine = Seven(1, 0, 2, 3, 4, 5, 6);
        Assert.NotEqual(Printer.Print(reducer), Printer.Print(machine));
        var oracle = new[] { Outcome(Printer.Print(reducer)) };
        Assert.True(OutcomeComparison.IsOutcome(None, None, None, reducer, oracle));
        Assert.False(OutcomeComparison.IsOutcome(None, None, None, machine, oracle));
    }

    [Fact]
    public void IsOutcome_NullOracle_ThrowsArgumentNull()
    {
        var e = Assert.Throws<ArgumentNullException>(() => OutcomeComparison.IsOutcome(None, None, None, Nil.Instance, null!));
        Assert.Equal("oracle", e.ParamName);
    }
}
