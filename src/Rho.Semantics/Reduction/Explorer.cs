using QuikGraph;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Printing;

namespace Rho.Semantics.Reduction;

/// <summary>Budgets and choices for <see cref="Explorer.Explore"/>.</summary>
/// <param name="MaxStates">The most distinct states to visit before the verdict is <see cref="Verdict.CutOff"/>.</param>
/// <param name="MaxDepth">The longest path (in steps) to follow: a state this deep that still has a step makes the verdict <see cref="Verdict.CutOff"/>.</param>
/// <param name="AllInterleavings">Follow <see cref="Reducer.Step"/> (every redex) instead of <see cref="Reducer.StepReduced"/>.</param>
public sealed record ExploreOptions(int MaxStates = 20_000, int MaxDepth = 10_000, bool AllInterleavings = false);

/// <summary>The three-valued verdict of an exploration (spec/semantics.md, "Exploration").</summary>
public enum Verdict
{
    /// <summary>Every reachable state was visited: the outcome set is exact.</summary>
    Complete,

    /// <summary>A budget ran out: the outcomes found are some of the outcomes.</summary>
    CutOff,

    /// <summary>The exploration itself failed (a crash, never a language outcome).</summary>
    Error,
}

/// <summary>
/// An outcome: a terminal state as the observer sees it — its stdout lines in order, its stderr
/// lines, its runtime errors, and the residual process printed canonically.
/// </summary>
public sealed record Outcome(Seq<string> Stdout, Seq<string> Stderr, Seq<RhoError> Errors, string Residual);

/// <summary>A labelled edge of the reduction graph.</summary>
public sealed record StepEdge(int Source, int Target, string Rule, Output? Printed) : IEdge<int>;

/// <summary>The result of exploring a program: the graph, the outcomes and the verdict.</summary>
public sealed record Exploration(
    Verdict Verdict,
    IReadOnlyList<State> States,
    AdjacencyGraph<int, StepEdge> Graph,
    IReadOnlyList<int> Terminals,
    IReadOnlyList<Outcome> Outcomes,
    bool Divergent,
    RhoError? Failure)
{
    /// <summary>True when the exploration visited every reachable state.</summary>
    public bool IsComplete => Verdict == Verdict.Complete;
}

/// <summary>
/// Builds the reduction graph breadth-first, merging states modulo ≡ and renaming of unforgeable
/// names (spec/semantics.md, "Exploration").
/// </summary>
public static class Explorer
{
    /// <summary>Explores every behaviour of a closed canonical program within the budgets.</summary>
    public static Exploration Explore(Proc program, ExploreOptions? options = null) =>
        DeepStack.Run(() => ExploreOnStack(program, options ?? new ExploreOptions()));

    private static Exploration ExploreOnStack(Proc program, ExploreOptions options)
    {
        var states = new List<State>();
        var ids = new Dictionary<State, int>();
        var depth = new List<int>();
        var graph = new AdjacencyGraph<int, StepEdge>();
        var terminals = new List<int>();
        var verdict = Verdict.Complete;
        RhoError? failure = null;

        int Intern(State s, int d)
        {
            if (ids.TryGetValue(s, out var id))
            {
                return id;
            }
            id = states.Count;
            states.Add(s);
            depth.Add(d);
            ids[s] = id;
            graph.AddVertex(id);
            return id;
        }

        var queue = new Queue<int>();
        try
        {
            queue.Enqueue(Intern(Reducer.Initial(program), 0));
            while (queue.Count > 0)
            {
                var id = queue.Dequeue();
                var steps = options.AllInterleavings ? Reducer.Step(states[id]) : Reducer.StepReduced(states[id]);
                if (steps.Count == 0)
                {
                    terminals.Add(id);
                    continue;
                }
                if (depth[id] >= options.MaxDepth)
                {
                    // A run of MaxDepth steps is followed to its end; only a longer one is cut off.
                    verdict = Verdict.CutOff;
                    continue;
                }
                foreach (var t in steps)
                {
                    if (!ids.ContainsKey(t.Target) && states.Count >= options.MaxStates)
                    {
                        verdict = Verdict.CutOff;
                        continue;
                    }
                    var before = states.Count;
                    var target = Intern(t.Target, depth[id] + 1);
                    graph.AddEdge(new StepEdge(id, target, t.Rule, t.Printed));
                    if (states.Count > before)
                    {
                        queue.Enqueue(target);
                    }
                }
            }
        }
        catch (RhoException e)
        {
            verdict = Verdict.Error;
            failure = e.Error;
        }
        var outcomes = terminals
            .Select(i => ToOutcome(states[i]))
            .Distinct()
            .ToList();
        return new Exploration(verdict, states, graph, terminals, outcomes, HasCycle(graph), failure);
    }

    /// <summary>The outcome a terminal state shows the observer.</summary>
    public static Outcome ToOutcome(State s) =>
        new(s.Stdout, s.Stderr, s.Errors, Printer.Print(s.Residual));

    private static bool HasCycle(AdjacencyGraph<int, StepEdge> graph)
    {
        // Iterative three-colour DFS: a back edge is a cycle, i.e. a run that never ends.
        var colour = new Dictionary<int, int>();
        foreach (var root in graph.Vertices)
        {
            if (colour.ContainsKey(root))
            // Stryker disable once Block,Statement : every vertex of a finished root is finished too (or a cycle was already returned); walking it again meets only finished vertices and finds no back edge
            {
                continue;
            }
            var stack = new Stack<(int V, IEnumerator<StepEdge> Edges)>();
            colour[root] = 1;
            stack.Push((root, graph.OutEdges(root).GetEnumerator()));
            while (stack.Count > 0)
            {
                var (v, edges) = stack.Peek();
                if (edges.MoveNext())
                {
                    var w = edges.Current.Target;
                    if (!colour.TryGetValue(w, out var c))
                    {
                        colour[w] = 1;
                        stack.Push((w, graph.OutEdges(w).GetEnumerator()));
                    }
                    else if (c == 1)
                    {
                        return true;
                    }
                }
                else
                {
                    colour[v] = 2;
                    stack.Pop();
                    // Stryker disable once Statement : the enumerators of an in-memory adjacency graph hold nothing to release
                    edges.Dispose();
                }
            }
        }
        return false;
    }
}
