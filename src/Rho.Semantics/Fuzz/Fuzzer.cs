using System.Globalization;
using Rho.Semantics.Conformance;
using Rho.Semantics.Errors;
using Rho.Semantics.Reduction;

namespace Rho.Semantics.Fuzz;

/// <summary>Choices for <see cref="Fuzzer.Run"/>.</summary>
/// <param name="Count">How many programs to generate.</param>
/// <param name="Seed">The seed of the first program; program i uses seed <c>Seed + i</c>.</param>
/// <param name="Choices">How many random choices drive one program (its size grows with them).</param>
/// <param name="MaxStates">The reducer's state budget; a program it cannot explore completely is skipped.</param>
public sealed record FuzzOptions(int Count = 100, int Seed = 1, int Choices = 40, int MaxStates = 3000);

/// <summary>A program on which the implementation gave an outcome the reducer does not have.</summary>
/// <param name="Seed">The seed that generated the original program.</param>
/// <param name="Original">The generated program.</param>
/// <param name="Source">The shrunk program: that of a locally smallest choice list (no simpler neighbour still fails); its text may be longer than the original's.</param>
/// <param name="Problem">What the implementation did wrong on <paramref name="Source"/>.</param>
/// <param name="Exploration">The reducer's exploration of <paramref name="Source"/>.</param>
public sealed record FuzzMismatch(int Seed, string Original, string Source, string Problem, Exploration Exploration);

/// <summary>The result of a fuzzing run.</summary>
/// <param name="Generated">Programs generated.</param>
/// <param name="Checked">Programs the reducer explored completely, and so were checked.</param>
/// <param name="Mismatch">The first mismatch, shrunk, or null.</param>
public sealed record FuzzReport(int Generated, int Checked, FuzzMismatch? Mismatch);

/// <summary>
/// Differential fuzzing against the reducer (spec/conformance.md, "Fuzzing"): generates closed,
/// terminating programs (<see cref="SourceGen"/>), computes the reducer's outcome set, and checks
/// that the implementation's outcome is a member (same stdout lines in order, stderr lines and error
/// messages). On a mismatch it shrinks the program's choice list (<see cref="Shrinker"/>).
/// </summary>
public static class Fuzzer
{
    /// <summary>Fuzzes <paramref name="implementation"/>, calling <paramref name="progress"/> after each program; stops at the first mismatch.</summary>
    public static FuzzReport Run(IRhoImplementation implementation, FuzzOptions options, Action<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        ArgumentNullException.ThrowIfNull(options);
        var checkedCount = 0;
        for (var i = 0; i < options.Count; i++)
        {
            var seed = options.Seed + i;
            var random = new Random(seed);
            var choices = Enumerable.Range(0, options.Choices).Select(_ => random.Next()).ToArray();
            var source = Program(choices);
            var problem = Check(implementation, source, options.MaxStates, out var explored);
            checkedCount += explored ? 1 : 0;
            progress?.Invoke(i + 1);
            if (problem is not null)
            {
                var shrunk = Shrinker.Shrink(choices, c => Check(implementation, Program(c), options.MaxStates, out _) is not null);
                var small = Program(shrunk);
                var smallProblem = Check(implementation, small, options.MaxStates, out _) ?? problem;
                var x = Rholang.Reduce(small, new ExploreOptions(MaxStates: options.MaxStates));
                return new FuzzReport(i + 1, checkedCount, new FuzzMismatch(seed, source, small, smallProblem, x));
            }
        }
        return new FuzzReport(options.Count, checkedCount, null);
    }

    /// <summary>The program a choice list generates.</summary>
    public static string Program(int[] choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new SourceGen(choices).Program(1 + (choices.Length / 4));
    }

    /// <summary>
    /// Null when the implementation's run of <paramref name="source"/> is one of the reducer's
    /// outcomes (or the reducer cannot explore it completely: <paramref name="explored"/> is then
    /// false); otherwise what went wrong.
    /// </summary>
    public static string? Check(IRhoImplementation implementation, string source, int maxStates, out bool explored)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        Exploration x;
        try
        {
            x = Rholang.Reduce(source, new ExploreOptions(MaxStates: maxStates));
        }
        catch (RhoException)
        {
            explored = false;
            return null;
        }
        explored = x.Verdict == Verdict.Complete && !x.Divergent;
        if (!explored)
        {
            return null;
        }
        RunResult run;
        var path = Path.Combine(Path.GetTempPath(), $"rho-fuzz-{Environment.ProcessId}-{Guid.NewGuid():N}.rho");
        try
        {
            File.WriteAllText(path, source);
            run = implementation.Run(path, source, null);
        }
#pragma warning disable CA1031 // An implementation under test may throw anything; that is its failure.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"it threw {e.GetType().Name}: {e.Message}";
        }
        finally
        {
            File.Delete(path);
        }
        if (run.Status != RunStatus.Completed)
        {
            return $"expected a completed run, but {Checker.Describe(run)}";
        }
        var oracle = x.Outcomes.Select(ReducerImplementation.Observe).ToList();
        foreach (var o in run.Outcomes)
        {
            if (!oracle.Any(r => ConformanceRunner.SameOutcome(o, r)))
            {
                return string.Create(CultureInfo.InvariantCulture,
                    $"the outcome (stdout {Checker.Lines(o.Stdout)}, stderr {Checker.Lines(o.Stderr)}, errors [{string.Join("; ", o.Errors.Select(Checker.Show))}]) is none of the reducer's {oracle.Count} outcome(s)");
            }
        }
        return null;
    }
}
