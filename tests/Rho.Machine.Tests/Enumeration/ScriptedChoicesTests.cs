using Rho.Machine.Enumeration;

namespace Rho.Machine.Tests.Enumeration;

/// <summary>The choice script that drives the controlled mode (<c>Mach/controlled</c>): replay, trace and depth-first backtracking.</summary>
public sealed class ScriptedChoicesTests
{
    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Next_ReplaysTheScript_ThenChoosesZero_AndRecordsEachArity()
    {
        var choices = new ScriptedChoices([2, 1]);
        Assert.False(choices.PastScript);
        Assert.Equal(2, choices.Next(3));
        Assert.Equal(1, choices.Next(4));
        Assert.True(choices.PastScript);
        Assert.Equal(0, choices.Next(5));
        Assert.Equal([(2, 3), (1, 4), (0, 5)], choices.Trace);
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Next_OfARange_IsTheLowerBoundPlusAChoiceAmongTheRangesWidth()
    {
        var choices = new ScriptedChoices([2]);
        Assert.Equal(12, choices.Next(10, 15));
        Assert.Equal([(2, 5)], choices.Trace);
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Next_AScriptedChoiceBeyondTheArity_IsADivergedReplay()
    {
        var choices = new ScriptedChoices([0, 3]);
        choices.Next(2);
        var e = Assert.Throws<InvalidOperationException>(() => choices.Next(2));
        Assert.Equal("choice 3 of 2 at 1: the replay diverged", e.Message);
        Assert.Single(choices.Trace);
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void NextScript_AdvancesTheDeepestChoiceWithAnUntriedAlternative_ThenEnds()
    {
        var choices = new ScriptedChoices([1]);
        choices.Next(3);
        choices.Next(2);
        choices.Next(1);
        // The last choice has no alternative; the one before it does.
        Assert.Equal([1, 1], choices.NextScript());
        var last = new ScriptedChoices([2, 1]);
        last.Next(3);
        last.Next(2);
        Assert.Null(last.NextScript());
    }
}
