using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Reduction;

/// <summary>
/// The small-step reference reducer (spec/semantics.md, "Reduction rules"). <see cref="Step"/>
/// gives every successor of a state, each labelled with the rule that fired. It has no cost
/// accounting, no threads and no fast paths.
/// </summary>
/// <remarks>
/// Metavariables: s : State; p, q : Proc (top-level processes of s); c : channel; v : value.
/// Administrative rules (<see cref="Rules.NewFresh"/>, <see cref="Rules.MatchCase"/>,
/// <see cref="Rules.EvalSend"/>, …) rewrite one top-level process on its own; communication and
/// system rules (<see cref="Rules.CommLinear"/>, <see cref="Rules.SysStdout"/>, …) are the
/// observable steps.
/// </remarks>
public static partial class Reducer
{
    /// <summary>The initial state of a closed canonical program.</summary>
    public static State Initial(Proc program) =>
        StateBuilder.Make([program], Seq<string>.Empty, Seq<string>.Empty, []);

    /// <summary>
    /// Every successor of <paramref name="s"/>: each administrative redex, each communication and
    /// each system-channel step. An empty list means <paramref name="s"/> is terminal.
    /// </summary>
    public static IReadOnlyList<Transition> Step(State s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var result = new List<Transition>();
        var passive = new bool[s.Procs.Count];
        for (var i = 0; i < s.Procs.Count; i++)
        {
            var admin = Administrative(s, i);
            passive[i] = admin.Count == 0;
            result.AddRange(admin);
        }
        result.AddRange(Communications(s, passive));
        return result;
    }

    /// <summary>
    /// The successors the explorer follows (spec/semantics.md, "Administrative steps first"):
    /// when an administrative redex exists, only the steps of the first one (in canonical order);
    /// otherwise every communication and system step. Administrative steps are invisible,
    /// deterministic up to the choice of match bindings, and independent of every other step, so
    /// this loses no outcome, while it spares the explorer their interleavings.
    /// </summary>
    public static IReadOnlyList<Transition> StepReduced(State s)
    {
        ArgumentNullException.ThrowIfNull(s);
        for (var i = 0; i < s.Procs.Count; i++)
        {
            var admin = Administrative(s, i);
            if (admin.Count > 0)
            {
                return admin;
            }
        }
        return Communications(s, passive: null);
    }

    /// <summary>The state with process <paramref name="index"/> replaced by <paramref name="replacement"/>.</summary>
    private static State Replace(State s, int index, IEnumerable<Proc> replacement, RhoError? error = null)
    {
        var procs = s.Procs.Where((_, i) => i != index).Concat(replacement);
        // Stryker disable once Linq : StateBuilder.Make sorts the errors on every field a runtime error has, so where the new one is added does not matter
        var errors = error is null ? s.Errors : s.Errors.Append(error);
        return StateBuilder.Make(procs, s.Stdout, s.Stderr, errors);
    }

    /// <summary>The state where process <paramref name="index"/> failed with <paramref name="error"/>: it is removed and the error recorded; its siblings go on.</summary>
    private static Transition Fail(State s, int index, RhoError error) =>
        // Stryker disable once NullCoalescing,String : every runtime error carries its rule, and it is Error/<kind> (Fail.Make, Reducer.Unbundle)
        new(error.Rule ?? "Error/" + error.Kind, Replace(s, index, [], error), Raised: error);
}
