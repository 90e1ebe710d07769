using Rho.Semantics.Mutation;
using Xunit.Abstractions;

namespace Rho.Machine.Tests.Mutation;

/// <summary>
/// The suite and the laws detect every semantic mutant (spec/mutants.md): with the mutant on, at
/// least one of its checks fails; with no mutant, every check passes, so the detection means
/// something. Each mutant tries its checks in the order of <see cref="Routes"/> and stops at the
/// first that catches it; the test prints which one did.
/// </summary>
public class MutantDetectionTests(ITestOutputHelper output)
{
    private static readonly string[] Reducer = ["corpus/reducer"];
    private static readonly string[] Machine = ["corpus/machine-direct", "corpus/machine-channel"];

    /// <summary>For each mutant, the checks to run, in order (the table of spec/mutants.md).</summary>
    internal static readonly IReadOnlyDictionary<Mutant, string[]> Routes = new Dictionary<Mutant, string[]>
    {
        [Mutant.CommIgnoresPatterns] = ["corpus/reducer@Comm/", .. Reducer],
        [Mutant.PersistenceDropped] = Reducer,
        [Mutant.PeekConsumes] = Reducer,
        [Mutant.JoinPartial] = ["corpus/reducer@Comm/join", .. Reducer],
        [Mutant.StdoutAckNeverAcks] = Reducer,
        [Mutant.NewNotFresh] = Reducer,
        [Mutant.BundlePermissionUnchecked] = Reducer,
        [Mutant.MatchLastCase] = Reducer,
        [Mutant.RemainderWrong] = Reducer,
        [Mutant.ModSignOfDivisor] = Reducer,
        [Mutant.LengthOffByOne] = Reducer,
        [Mutant.PrintDropsMapValue] = Reducer,
        [Mutant.CongOrderIgnoresPersistence] = [.. Reducer, "Cong/par-comm", "Law/print-parse"],
        [Mutant.ParOrderDependent] = ["Law/par", "Law/order", .. Machine],
        [Mutant.QuoteUncompiled] = ["Law/quote", "Law/canonical", .. Machine],
        [Mutant.SchedulerLosesMachine] = [.. Machine, "Law/soundness"],
        [Mutant.ChannelTrickSubSwapped] = [.. Machine, "Law/soundness"],
        [Mutant.RSpacePersistenceDropped] = [.. Machine, "Law/soundness"],
        [Mutant.BudgetOffByOne] = ["Sched/budget", .. Machine],
        [Mutant.BindingFirstOnly] = ["RSpace/binding", .. Machine],
    };

    public static TheoryData<string> Ids() => new(Mutants.All.Select(Mutants.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Mutant_IsDetectedByTheSuiteOrTheLaws(string id)
    {
        var mutant = Mutants.All.Single(m => Mutants.Id(m) == id);
        Assert.True(Routes.TryGetValue(mutant, out var route), $"{id} has no route of checks");
        using (Mutants.Enable(mutant))
        {
            foreach (var name in route)
            {
                var failure = MutantChecks.Get(name).Run();
                if (failure is not null)
                {
                    output.WriteLine($"{id}: caught by {name}");
                    output.WriteLine(failure);
                    return;
                }
                output.WriteLine($"{id}: {name} passes");
            }
        }
        Assert.Fail($"{id} survives every check: {string.Join(", ", route)}");
    }

    [Fact]
    [Trait("Category", "Slow")] // about a minute; left out of mutation runs (tests/Rho.Machine.Tests/stryker-config.json)
    public void NoMutant_EveryCheckPasses()
    {
        foreach (var check in Routes.Values.SelectMany(r => r).Distinct().Select(MutantChecks.Get))
        {
            var failure = check.Run();
            Assert.True(failure is null, $"{check.Name} fails with no mutant on:\n{failure}");
            output.WriteLine($"{check.Name}: passes");
        }
    }
}
