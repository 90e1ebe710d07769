using System.Text.RegularExpressions;
using Rho.Semantics.Mutation;

namespace Rho.Machine.Tests.Mutation;

/// <summary>The mutant switch is scoped to its context, and spec/mutants.md lists exactly the mutants there are.</summary>
public partial class MutantSwitchTests
{
    [GeneratedRegex(@"^\|\s*`(Mutant/[a-z0-9\-]+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex IdRow();

    [Fact]
    public void Enable_IsOnInsideTheScopeAndItsThreads_AndNowhereElse()
    {
        Assert.False(Mutants.IsOn(Mutant.PeekConsumes));
        using var started = new ManualResetEventSlim();
        using var checkedOutside = new ManualResetEventSlim();
        var outside = true;
        var other = new Thread(() =>
        {
            started.Wait();
            outside = Mutants.IsOn(Mutant.PeekConsumes) || Mutants.AnyOn;
            checkedOutside.Set();
        });
        other.Start();
        using (Mutants.Enable(Mutant.PeekConsumes))
        {
            started.Set();
            checkedOutside.Wait();
            var inner = false;
            var child = new Thread(() => inner = Mutants.IsOn(Mutant.PeekConsumes));
            child.Start();
            child.Join();
            Assert.True(Mutants.IsOn(Mutant.PeekConsumes));
            Assert.False(Mutants.IsOn(Mutant.JoinPartial));
            Assert.True(inner);
        }
        other.Join();
        Assert.False(outside);
        Assert.False(Mutants.IsOn(Mutant.PeekConsumes));
    }

    [Fact]
    public void Spec_ListsEveryMutantIdOnce()
    {
        var text = File.ReadAllText(Path.Combine(Oracle.RepoRoot(), "spec", "mutants.md"));
        var listed = IdRow().Matches(text).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(listed.Count, listed.Distinct().Count());
        Assert.Equal(Mutants.All.Select(Mutants.Id).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.True(Mutants.All.Count >= 18, $"only {Mutants.All.Count} mutants");
    }
}
