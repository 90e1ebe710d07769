using Rho.Compiler.Tests.Laws;
using Rho.Laws.Congruence;
using Rho.Laws.Xunit;
using Rho.Laws;
using Rho.Machine.Tests.Enumeration;
using Rho.Machine.Tests.Execution;
using Rho.Machine.Tests.Laws;
using Rho.Semantics.Conformance;
namespace Rho.Machine.Tests.Mutation;

/// <summary>
/// The checks the mutants must fail (spec/mutants.md): the conformance corpus on the reducer and on the
/// machine (both primitive paths), and the law properties under their pinned seeds. Each check answers
/// null when it passes, or what failed. The laws are called through the thin wrappers below, so they
/// can be repointed when the properties move into a library.
/// </summary>
internal static class MutantChecks
{
    /// <summary>A named check: null when it passes, else the first failure.</summary>
    public sealed record Check(string Name, Func<string?> Run);

    private static readonly Lazy<IReadOnlyList<ConformanceCase>> Corpus =
        new(() => ConformanceCase.LoadAll(Path.Combine(Oracle.RepoRoot(), "conformance")));

    private static readonly MachineOptions Machine = new(SchedulerPolicy.Fifo, 0, PrimitivePath.Direct, MaxSteps: 200_000);

    /// <summary>
    /// The check named <paramref name="name"/>: one of <see cref="Laws"/>, or a corpus check
    /// (<c>corpus/reducer</c>, <c>corpus/machine-direct</c>, <c>corpus/machine-channel</c>), optionally
    /// narrowed to the cases whose id or rule ids contain a filter: <c>corpus/reducer@Comm/join</c>.
    /// </summary>
    public static Check Get(string name)
    {
        var at = name.IndexOf('@', StringComparison.Ordinal);
        var (corpus, filter) = at < 0 ? (name, null) : (name[..at], name[(at + 1)..]);
        return corpus switch
        {
            "corpus/reducer" => new(name, () => RunCorpus(new ReducerImplementation(), c => ConformanceRunner.Selected(c, filter))),
            "corpus/machine-direct" => new(name, () => RunCorpus(new MachineImplementation(Machine), c => OnMachine(c) && ConformanceRunner.Selected(c, filter))),
            "corpus/machine-channel" => new(name, () => RunCorpus(
                new MachineImplementation(Machine with { Primitives = PrimitivePath.Channel }), c => OnMachine(c) && ConformanceRunner.Selected(c, filter))),
            _ => Laws.TryGetValue(name, out var law) ? law : throw new ArgumentException($"no check named {name}", nameof(name)),
        };
    }

    /// <summary>The law properties, by id, each run through the law library (Rho.Laws) under its pinned seed and case count.</summary>
    public static IReadOnlyDictionary<string, Check> Laws { get; } = new Check[]
    {
        Law("Law/par", () => LawAssert.Holds(LawSets.Compiler<Compiler.Bytecode.CompiledProcess>(), "Law/par", RhoCompilerLaws.Instance)),
        Law("Law/order", () => LawAssert.Holds(LawSets.Compiler<Compiler.Bytecode.CompiledProcess>(), "Law/order", RhoCompilerLaws.Instance)),
        Law("Law/quote", () => LawAssert.Holds(LawSets.Compiler<Compiler.Bytecode.CompiledProcess>(), "Law/quote", RhoCompilerLaws.Instance)),
        Law("Law/canonical", () => LawAssert.Holds(LawSets.Compiler<Compiler.Bytecode.CompiledProcess>(), "Law/canonical", RhoCompilerLaws.Instance)),
        Law("Law/print-parse", () => LawAssert.Holds(LawSets.Congruence, "Law/print-parse", ReferenceReducer.Instance)),
        Law("Cong/par-comm", () => LawAssert.Holds(LawSets.Congruence, "Cong/par-comm", ReferenceReducer.Instance)),
        Law("Law/soundness", () => LawAssert.Holds(LawSets.Machine, "Law/soundness", RhoMachineLaws.Instance)),
        Law("Sched/budget", () => new SchedulerTests().Budget_NonTerminatingProgram_EndsExhaustedAtTheBudget()),
        Law("RSpace/binding", () =>
        {
            foreach (var row in AmbiguousBindingTests.Programs)
            {
                new AmbiguousBindingTests().Controlled_AmbiguousPattern_ReachesEveryBindingTheReducerFollows((string)row[0], (string)row[1]);
            }
        }),
    }.ToDictionary(c => c.Name);

    /// <summary>
    /// Cases the machine does not pass today, each with its reason (TEMPORARY: a machine bug to fix, not a
    /// mutant).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> MachineDivergences = new Dictionary<string, string>();

    /// <summary>The cases the machine runs: those whose assertion a single run can satisfy, minus its known divergences.</summary>
    private static bool OnMachine(ConformanceCase c) =>
        c.Expect is not (Assertion.StdoutOneOf or Assertion.BudgetExhausted) && !MachineDivergences.ContainsKey(c.Id);

    /// <summary>Runs the corpus case by case and stops at the first failure.</summary>
    private static string? RunCorpus(IRhoImplementation impl, Func<ConformanceCase, bool> selected)
    {
        foreach (var c in Corpus.Value.Where(selected))
        {
            var result = ConformanceRunner.Run([c], impl).Results[0];
            if (result.Verdict == CaseVerdict.Fail)
            {
                return result.Message;
            }
        }
        return null;
    }

    private static Check Law(string id, Action law) => new(id, () =>
    {
        try
        {
            law();
            return null;
        }
#pragma warning disable CA1031 // A law under a mutant may fail with any exception; that is the detection.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    });
}
