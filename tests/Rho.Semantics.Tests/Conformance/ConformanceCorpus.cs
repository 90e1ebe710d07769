using Rho.Semantics.Conformance;

namespace Rho.Semantics.Tests.Conformance;

/// <summary>The corpus under conformance/, loaded once per test run.</summary>
internal static class ConformanceCorpus
{
    private static readonly Lazy<IReadOnlyList<ConformanceCase>> Cases =
        new(() => ConformanceCase.LoadAll(Root));

    public static string Root => Path.Combine(SpecCoverageTests.RepoRoot(), "conformance");

    public static IReadOnlyList<ConformanceCase> All => Cases.Value;

    /// <summary>The first outcome of the reducer, as a one-run implementation would give it.</summary>
    public static RunResult OneRun(ConformanceCase c, int? maxStates)
    {
        var all = new ReducerImplementation().Run(c.SourcePath, c.Source, maxStates);
        return all with { Outcomes = all.Outcomes.Take(1).ToList() };
    }
}

/// <summary>A deliberately wrong adapter: a one-run implementation built from the reducer and a corruption.</summary>
internal sealed class FakeImplementation(string name, Func<RunResult, RunResult> corrupt) : IRhoImplementation
{
    public string Name => name;

    public bool IsExhaustive => false;

    public RunResult Run(string path, string source, int? maxStates)
    {
        var all = new ReducerImplementation().Run(path, source, maxStates);
        return corrupt(all with { Outcomes = all.Outcomes.Take(1).ToList() });
    }

    public static RunResult MapOutcomes(RunResult r, Func<ObservedOutcome, ObservedOutcome> f) =>
        r with { Outcomes = r.Outcomes.Select(f).ToList() };
}
