using Rho.Compiler.Bytecode;
using Rho.Machine.Execution;
using Rho.Semantics.Core;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Enumeration;

/// <summary>
/// The controlled enumeration mode (<c>Mach/controlled</c>): the random policy with its generator replaced by a
/// choice script, so a run is a sequence of choices (which task runs next, which continuation and data a
/// communication picks). Runs are enumerated depth-first: after each run the deepest choice with an untried
/// alternative is advanced and the run replayed from the start. At every task boundary past the script the state's
/// key (<see cref="Runtime.Key"/>) is recorded; a run that reaches a state already visited stops there, since the
/// run that first visited it explores all of its futures. A step that leaves the key unchanged (a poll that finds
/// nothing, when another poll on its channel is pending) does not stop the run: it only shrinks the queue.
/// </summary>
internal static class Controlled
{
    public static MachineOutcomeSet Explore(CompiledProcess program, MachineExploreOptions options)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var codeIds = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        var outcomes = new List<MachineOutcome>();
        var distinct = new HashSet<MachineOutcome>();
        var verdict = Verdict.Complete;
        var divergent = false;
        var runs = 0;
        List<int>? script = [];
        while (script is not null)
        {
            runs++;
            var choices = new ScriptedChoices(script);
            var rt = new Runtime(new MachineOptions(SchedulerPolicy.Random, 0, options.Primitives, options.MaxStepsPerRun), null, choices);
            rt.Link(program, []);
            var finished = false;
            string? last = null;
            while (true)
            {
                if (choices.PastScript)
                {
                    // A poll that finds nothing leaves the key as it was (pending polls are a set): the run goes on.
                    var key = rt.Key(codeIds);
                    if (key != last && !visited.Add(key))
                    {
                        break;
                    }
                    last = key;
                }
                if (visited.Count > options.MaxStates)
                {
                    return new MachineOutcomeSet(Verdict.CutOff, outcomes, visited.Count, runs, divergent);
                }
                if (!rt.RunOne())
                {
                    finished = !rt.Exhausted;
                    divergent |= rt.Exhausted;
                    break;
                }
            }
            if (divergent && !finished)
            {
                verdict = Verdict.CutOff;
            }
            if (finished)
            {
                var outcome = new MachineOutcome(
                    rt.Stdout.ToSeq(),
                    rt.Stderr.ToSeq(),
                    rt.Errors.OrderBy(e => e.ToString(), StringComparer.Ordinal).ToSeq(),
                    Reducer.Initial(Readback.Residual(rt.Space)).Residual);
                if (distinct.Add(outcome))
                {
                    outcomes.Add(outcome);
                }
            }
            script = choices.NextScript();
        }
        return new MachineOutcomeSet(verdict, outcomes, visited.Count, runs, divergent);
    }
}
