namespace Rho.Laws.Tests.Runner;

/// <summary>A law's result: holds exactly when there is no counterexample, and its report names the law, the seed and the counterexample.</summary>
public class LawResultTests
{
    [Fact]
    public void ToString_HoldingLaw_IsOneLineWithIdNameAndSeed()
    {
        var result = new LawResult("Law/par", "par is union", 9, null);
        Assert.True(result.Holds);
        Assert.Equal("Law/par (par is union) holds (seed 9)", result.ToString());
    }

    [Fact]
    public void ToString_FailingLaw_NamesTheReplaySeedTheSourceAndTheMessage()
    {
        var result = new LawResult("Law/par", "par is union", 9, new Counterexample("@0!(1)", "FsCheck: the property is false"));
        Assert.False(result.Holds);
        Assert.Equal(
            "Law/par (par is union) fails; replay with RHO_PROPERTY_SEED=9\ncounterexample:\n@0!(1)\nFsCheck: the property is false",
            result.ToString());
    }
}
