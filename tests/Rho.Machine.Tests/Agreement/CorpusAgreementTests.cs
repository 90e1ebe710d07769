using Rho.Semantics;
using Rho.Semantics.Errors;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests.Agreement;

/// <summary>
/// <c>Law/soundness</c> on every conformance case (<c>conformance/**/*.rho</c>) that compiles and
/// whose exploration completes within a bound: the machine's outcome, FIFO and under one random
/// schedule, on both primitive paths, is one of the reducer's. The corpus reaches the bundle,
/// matches, method and collection instructions the examples leave out.
/// </summary>
public class CorpusAgreementTests
{
    /// <summary>Cases left out, each with its reason.</summary>
    private static readonly Dictionary<string, string> Excluded = new(StringComparer.Ordinal)
    {
        // Diverges by design: the machine only stops at its step budget (~25 s).
        ["edge/divergent-cycle.rho"] = "divergent: the machine runs to its step budget",
        // Unbounded by design: the reducer's exploration is cut off (~30 s for 2,000 growing states), so there is no
        // outcome set to compare against.
        ["reduction/budget-unbounded.rho"] = "unbounded: the reducer's exploration is cut off",
    };

    public static TheoryData<string> Cases()
    {
        var root = Path.Combine(Oracle.RepoRoot(), "conformance");
        return new(Directory.GetFiles(root, "*.rho", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !Excluded.ContainsKey(f))
            .Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    [Trait("Rule", "Law/soundness")]
    public void Soundness_CorpusCase_MachineOutcomeIsAReducerOutcome(string relativePath)
    {
        var source = File.ReadAllText(Path.Combine(Oracle.RepoRoot(), "conformance", relativePath));
        try
        {
            _ = Rholang.Compile(source);
        }
        catch (RhoException)
        {
            return; // a static-error case: the machine never sees it
        }
        var exploration = Rholang.Reduce(source, new ExploreOptions(MaxStates: 2000));
        if (exploration.Verdict != Verdict.Complete)
        {
            return; // too many states to compare against every outcome
        }
        foreach (var path in new[] { PrimitivePath.Direct, PrimitivePath.Channel })
        {
            foreach (var options in new[] { new MachineOptions(SchedulerPolicy.Fifo, 0, path), new MachineOptions(SchedulerPolicy.Random, 1, path) })
            {
                var r = Oracle.Run(source, options);
                Assert.False(r.BudgetExhausted);
                Assert.True(
                    Oracle.IsOutcome(r, exploration),
                    $"{relativePath} under {options}: {Oracle.Show(r)}\nreducer:\n" + string.Join("\n", exploration.Outcomes.Select(Oracle.Show)));
            }
        }
    }
}
