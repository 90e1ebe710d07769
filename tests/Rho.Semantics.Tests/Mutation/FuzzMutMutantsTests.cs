using System.Text.RegularExpressions;
using Rho.Semantics.Mutation;

namespace Rho.Semantics.Tests.Mutation;

/// <summary>
/// Runs alone: the switch's counter of open scopes is global, so no other test may hold a scope
/// while these check what is on with none open.
/// </summary>
[CollectionDefinition(nameof(MutantSwitchAlone), DisableParallelization = true)]
public sealed class MutantSwitchAlone;

/// <summary>The mutant switchboard (spec/mutants.md): which mutants exist, their ids, and scoped enabling.</summary>
[Collection(nameof(MutantSwitchAlone))]
public partial class FuzzMutMutantsTests
{
    [GeneratedRegex(@"^\|\s*`(Mutant/[a-z0-9\-]+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex IdRow();

    [Fact]
    public void All_IsEveryMutantButNone_AndItsIdsAreTheSpecTable()
    {
        Assert.DoesNotContain(Mutant.None, Mutants.All);
        Assert.Equal(Enum.GetValues<Mutant>().Length - 1, Mutants.All.Count);
        var spec = File.ReadAllText(Path.Combine(SpecCoverageTests.RepoRoot(), "spec", "mutants.md"));
        var ids = IdRow().Matches(spec).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids, Mutants.All.Select(Mutants.Id));
    }

    [Theory]
    [InlineData(Mutant.None, "Mutant/none")]
    [InlineData(Mutant.CommIgnoresPatterns, "Mutant/comm-ignores-patterns")]
    [InlineData(Mutant.StdoutAckNeverAcks, "Mutant/stdoutack-never-acks")]
    [InlineData(Mutant.RSpacePersistenceDropped, "Mutant/rspace-persistence-dropped")]
    [InlineData(Mutant.BudgetOffByOne, "Mutant/budget-off-by-one")]
    public void Id_IsKebabCaseUnderMutant(Mutant mutant, string id) => Assert.Equal(id, Mutants.Id(mutant));

    [Fact]
    public void WithNoScopeOpen_NothingIsOn_NotEvenNone()
    {
        Assert.False(Mutants.IsOn(Mutant.None));
        Assert.False(Mutants.IsOn(Mutant.PeekConsumes));
        Assert.False(Mutants.AnyOn);
    }

    [Fact]
    public void Enable_TurnsOnOneMutantUntilDisposed()
    {
        using (Mutants.Enable(Mutant.PeekConsumes))
        {
            Assert.True(Mutants.IsOn(Mutant.PeekConsumes));
            Assert.False(Mutants.IsOn(Mutant.JoinPartial));
            Assert.True(Mutants.AnyOn);
        }
        Assert.False(Mutants.IsOn(Mutant.PeekConsumes));
        Assert.False(Mutants.IsOn(Mutant.None));
        Assert.False(Mutants.AnyOn);
    }

    [Fact]
    public void Enable_None_TurnsNothingOn()
    {
        using (Mutants.Enable(Mutant.PeekConsumes))
        using (Mutants.Enable(Mutant.None))
        {
            Assert.False(Mutants.AnyOn);
            Assert.False(Mutants.IsOn(Mutant.PeekConsumes));
        }
    }

    [Fact]
    public void Dispose_Twice_RestoresTheOuterScopeOnce()
    {
        using (Mutants.Enable(Mutant.PeekConsumes))
        {
            var inner = Mutants.Enable(Mutant.JoinPartial);
            Assert.True(Mutants.IsOn(Mutant.JoinPartial));
            inner.Dispose();
            inner.Dispose();
            Assert.False(Mutants.IsOn(Mutant.JoinPartial));
            Assert.True(Mutants.IsOn(Mutant.PeekConsumes));
        }
        Assert.False(Mutants.IsOn(Mutant.None));
    }
}
