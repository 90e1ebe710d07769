using Rho.Semantics.Congruence;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Mutation;

namespace Rho.Semantics.Tests.Congruence;

/// <summary>Canon's entry points: argument checks, provenance, and crashes on unknown terms.</summary>
public class CongMutCanonTests
{
    private static readonly Proc One = new GInt(1), Two = new GInt(2);

    /// <summary>A term kind that no part of the semantics knows.</summary>
    private sealed record Alien : Proc;

    [Fact]
    [Trait("Rule", "Cong/par-nil")]
    public void NullArguments_AreRejectedAsSuch()
    {
        Assert.Throws<ArgumentNullException>(() => Canon.Of(null!));
        Assert.Throws<ArgumentNullException>(() => Canon.Par(null!));
    }

    [Fact]
    [Trait("Rule", "Cong/par-comm")]
    public void CanonicalPar_KeepsTheProvenanceOfThePar()
    {
        var at = new Prov(new SourcePos(3, 7));
        var par = (Par)Canon.Of(new Par(Seq.Of(Two, One)) { At = at });
        Assert.Equal(new SourcePos(3, 7), par.At.Pos);
        Assert.Equal(Seq.Of(One, Two), par.Procs);
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void UnknownTermKind_IsACrashNamingIt()
    {
        var e = Assert.Throws<RhoException>(() => ProcOrder.Instance.Compare(new Alien(), One));
        Assert.Equal(ErrorClass.Crash, e.Error.Class);
        Assert.Contains("unknown term Alien", e.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void SharedSubterms_CompareEqualWithoutBeingInspected()
    {
        // One item object on both sides is equal to itself, whatever its kind; the comparison moves on.
        var alien = new Alien();
        Assert.True(ProcOrder.Instance.Compare(new Par(Seq.Of<Proc>(alien, One)), new Par(Seq.Of<Proc>(alien, Two))) < 0);
    }

    [Fact]
    [Trait("Rule", "Cong/order")]
    public void PersistenceOfSends_IsOrdered_UnlessTheSeededMutantIsOn()
    {
        var linear = new Send(One, Seq.Of(Two), false);
        var persistent = new Send(One, Seq.Of(Two), true);
        Assert.True(ProcOrder.Instance.Compare(linear, persistent) < 0);
        using (Mutants.Enable(Mutant.CongOrderIgnoresPersistence))
        {
            Assert.Equal(0, ProcOrder.Instance.Compare(linear, persistent));
        }
    }
}
