using System.CommandLine;
using Rho.Semantics;
using Rho.Semantics.Reduction;

namespace Rho.Cli;

internal static partial class RhoCommand
{
    private static Option<int> MaxStatesOption() => new("--max-states")
    {
        Description = "Stop exploring after this many distinct states (the verdict is then 'cut off').",
        DefaultValueFactory = _ => new ExploreOptions().MaxStates,
    };

    private static Option<int> MaxDepthOption() => new("--max-depth")
    {
        Description = "Do not follow paths longer than this many steps.",
        DefaultValueFactory = _ => new ExploreOptions().MaxDepth,
    };

    /// <summary><c>rho reduce FILE [--json] [--max-states N]</c>: explores and prints every outcome.</summary>
    private static Command ReduceCommand(TextWriter stdout, TextWriter stderr)
    {
        var file = FileArgument();
        var json = new Option<bool>("--json") { Description = "Print one JSON document on stdout." };
        var maxStates = MaxStatesOption();
        var maxDepth = MaxDepthOption();
        var all = new Option<bool>("--all-interleavings") { Description = "Interleave administrative steps too (slower; same outcomes)." };
        var command = new Command("reduce", "Explore every behaviour of a program with the reference reducer and print its outcomes.")
        {
            file, json, maxStates, maxDepth, all,
        };
        command.SetAction(r => WithSource(r.GetRequiredValue(file), stderr, source =>
        {
            var options = new ExploreOptions(r.GetValue(maxStates), r.GetValue(maxDepth), r.GetValue(all));
            var exploration = Rholang.Reduce(source, options);
            if (r.GetValue(json))
            {
                stdout.WriteLine(OutcomeJson.Write(exploration));
            }
            else
            {
                OutcomeText.Write(exploration, stdout);
            }
            return exploration.Verdict switch
            {
                Verdict.Complete => ExitCodes.Ok,
                Verdict.CutOff => ExitCodes.BudgetExhausted,
                _ => ExitCodes.InternalError,
            };
        }));
        return command;
    }

    /// <summary><c>rho graph FILE -o out.dot</c>: writes the reduction graph in DOT.</summary>
    private static Command GraphCommand(TextWriter stdout, TextWriter stderr)
    {
        var file = FileArgument();
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the DOT graph here (default: stdout)." };
        var maxStates = MaxStatesOption();
        var command = new Command("graph", "Write the reduction graph in Graphviz DOT, edges labelled with rule ids.") { file, output, maxStates };
        command.SetAction(r => WithSource(r.GetRequiredValue(file), stderr, source =>
        {
            var exploration = Rholang.Reduce(source, new ExploreOptions(MaxStates: r.GetValue(maxStates)));
            var dot = DotWriter.Write(exploration);
            var target = r.GetValue(output);
            if (target is null)
            {
                stdout.Write(dot);
            }
            else
            {
                File.WriteAllText(target.FullName, dot);
                stdout.WriteLine($"{target}: {exploration.States.Count} states, {exploration.Graph.EdgeCount} edges, {exploration.Outcomes.Count} outcomes ({Verdicts.Name(exploration.Verdict)})");
            }
            return exploration.Verdict == Verdict.CutOff ? ExitCodes.BudgetExhausted : ExitCodes.Ok;
        }));
        return command;
    }
}
