using System.CommandLine;
using Rho.Semantics;

namespace Rho.Cli;

internal static partial class RhoCommand
{
    /// <summary><c>rho parse FILE</c>: prints the canonical form; equal text exactly when the processes are ≡.</summary>
    private static Command ParseCommand(TextWriter stdout, TextWriter stderr)
    {
        var file = FileArgument();
        var command = new Command("parse", "Print the normalized term in canonical form (equal for two files exactly when their processes are structurally congruent).") { file };
        command.SetAction(r => WithSource(r.GetRequiredValue(file), stderr, source =>
        {
            stdout.WriteLine(Rholang.Print(Rholang.Compile(source)));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
