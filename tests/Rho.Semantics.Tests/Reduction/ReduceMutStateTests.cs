using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;

namespace Rho.Semantics.Tests.Reduction;

/// <summary>
/// Reducer states (spec/semantics.md §2): structural equality that never trusts the hash alone,
/// canonical numbering of unforgeable names, and the sorted set of runtime errors.
/// </summary>
public class ReduceMutStateTests
{
    private static readonly Seq<string> NoLines = Seq<string>.Empty;

    private static State StateOf(Seq<Proc> procs, Seq<string>? stdout = null, Seq<string>? stderr = null, Seq<RhoError>? errors = null) =>
        new(procs, stdout ?? NoLines, stderr ?? NoLines, errors ?? Seq<RhoError>.Empty);

    private static Proc Name(long id) => new GUnforgeable(id);

    private static Send SendOn(Proc chan, params Proc[] args) => new(chan, Seq.Of(args), false);

    private static string Canonical(params Proc[] procs) =>
        Printer.Print(StateBuilder.Make(procs, NoLines, NoLines, []).Residual);

    [Fact]
    public void Equals_StatesDifferingInOneComponent_AreDifferent()
    {
        var procs = Seq.Of<Proc>(new GInt(1));
        var baseline = StateOf(procs);
        var error = new RhoError(ErrorClass.Runtime, ErrorKinds.DivZero, "/ by zero", new SourcePos(1, 1), "Error/div-zero");
        Assert.Equal(StateOf(Seq.Of<Proc>(new GInt(1))), baseline);
        Assert.NotEqual(StateOf(Seq.Of<Proc>(new GInt(2))), baseline);
        Assert.NotEqual(StateOf(procs, stdout: Seq.Of("1")), baseline);
        Assert.NotEqual(StateOf(procs, stderr: Seq.Of("1")), baseline);
        Assert.NotEqual(StateOf(procs, errors: Seq.Of(error)), baseline);
        Assert.False(baseline.Equals(null));
    }

    [Fact]
    public void Equals_StatesWithEqualHashes_AreStillComparedStructurally()
    {
        // A long hashes as its low word XOR its high word, so 0 and 2^32 + 1 collide, and so do
        // the records and states built from them.
        var zero = StateOf(Seq.Of<Proc>(new GInt(0)));
        var collision = StateOf(Seq.Of<Proc>(new GInt((1L << 32) + 1)));
        Assert.Equal(zero.GetHashCode(), collision.GetHashCode());
        Assert.NotEqual(zero, collision);
    }

    [Fact]
    public void GetHashCode_IsStable_AndSpreadsDistinctStates()
    {
        var states = Enumerable.Range(0, 8).Select(i => StateOf(Seq.Of<Proc>(new GInt(i)), stdout: Seq.Of(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        Assert.All(states, s => Assert.Equal(s.GetHashCode(), s.GetHashCode()));
        Assert.True(states.Select(s => s.GetHashCode()).Distinct().Count() > 1, "every state has the same hash");
    }

    [Fact]
    public void Make_NamesAreNumberedFromZero_EvenBesideAProcessWithoutNames()
    {
        Assert.Equal(
            "@{2}!(3) |\n@{Unforgeable(0x00)}!(1)",
            Canonical(SendOn(Name(5), new GInt(1)), SendOn(new GInt(2), new GInt(3))));
    }

    [Fact]
    public void Make_ANameAlreadyInPlace_DoesNotStopTheOthersBeingRenumbered()
    {
        Assert.Equal("@{Unforgeable(0x00)}!(Unforgeable(0x01))", Canonical(SendOn(Name(0), Name(5))));
    }

    [Fact]
    public void Make_NamesAreNumberedInTheOrderOfTheErasedProcesses()
    {
        // Erased, _!(1) sorts before _!(2): the name of the first is 0 whatever its id was.
        Assert.Equal(
            "@{Unforgeable(0x00)}!(1) |\n@{Unforgeable(0x01)}!(2)",
            Canonical(SendOn(Name(7), new GInt(1)), SendOn(Name(3), new GInt(2))));
    }

    [Fact]
    public void Make_ErasedTies_AreBrokenByTheCanonicalOrder()
    {
        // u1!(1) and u2!(1) tie once erased; the canonical order puts u1's first, so u1 becomes 0
        // and the send of 2 on u1 stays on the name 0.
        Assert.Equal(
            "@{Unforgeable(0x00)}!(1) |\n@{Unforgeable(0x00)}!(2) |\n@{Unforgeable(0x01)}!(1)",
            Canonical(SendOn(Name(1), new GInt(1)), SendOn(Name(2), new GInt(1)), SendOn(Name(1), new GInt(2))));
    }

    [Fact]
    public void Make_ErrorsEqualButForTheirRule_AreSortedByRule()
    {
        RhoError Raised(string rule) => new(ErrorClass.Runtime, ErrorKinds.Type, "m", new SourcePos(1, 2), rule);
        var state = StateBuilder.Make([], NoLines, NoLines, [Raised("Error/b"), Raised("Error/a"), Raised("Error/c")]);
        Assert.Equal(["Error/a", "Error/b", "Error/c"], state.Errors.Select(e => e.Rule));
    }

    [Fact]
    [Trait("Rule", "Error/bundle-permission")]
    public void Errors_AreSortedByKindThenMessage()
    {
        var e = ReducerTests.Reduce("new c in { @{bundle- { *c }}!(1) | for (@x <- @{bundle+ { *c }}) { Nil } | stdout!(1 / 0) }");
        var errors = Assert.Single(e.Outcomes).Errors;
        Assert.Equal(
            [
                (ErrorKinds.BundlePermission, "Trying to read from non-readable channel."),
                (ErrorKinds.BundlePermission, "Trying to send on non-writeable channel."),
                (ErrorKinds.DivZero, "/ by zero"),
            ],
            errors.Select(x => (x.Kind, x.Message)));
        Assert.All(errors, x => Assert.Equal("Error/" + x.Kind, x.Rule));
    }

    [Fact]
    [Trait("Rule", "Error/div-zero")]
    public void Errors_OfOneKindAndMessage_AreSortedByPosition()
    {
        var e = ReducerTests.Reduce("stdout!(2 / 0) | stdout!(1 / 0)\n| stdout!(0 / 0)");
        var errors = Assert.Single(e.Outcomes).Errors;
        Assert.Equal(3, errors.Count);
        var positions = errors.Select(x => (x.Pos.Line, x.Pos.Col)).ToList();
        Assert.Equal(positions.Order(), positions);
        Assert.Equal([1, 1, 2], positions.Select(p => p.Line));
        Assert.True(positions[0].Col < positions[1].Col);
    }

    // 0 marks a hash not computed yet, so a computed 0 is kept as 1; every other hash as it is.
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(-7, -7)]
    [InlineData(123456, 123456)]
    public void NonZero_KeepsEveryHashButZero(int hash, int kept) => Assert.Equal(kept, State.NonZero(hash));
}
