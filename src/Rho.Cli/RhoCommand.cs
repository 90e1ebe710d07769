using System.CommandLine;
using Rho.Semantics.Errors;

namespace Rho.Cli;

/// <summary>
/// The <c>rho</c> command line. Each subcommand lives in its own file
/// (<c>RhoCommand.Parse.cs</c>, <c>RhoCommand.Reduce.cs</c>, …). Bad input never produces a
/// stack trace: program errors print <c>FILE:LINE:COL: error: [kind] message</c> and exit 1, usage
/// errors exit 2, and internal errors exit 70 with a one-line message.
/// </summary>
internal static partial class RhoCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        var root = new RootCommand("rho: the RhoSpec toolkit for Rholang semantics")
        {
            ParseCommand(stdout, stderr),
            ReduceCommand(stdout, stderr),
            GraphCommand(stdout, stderr),
            CompileCommand(stdout, stderr),
            RunCommand(stdout, stderr),
            CheckCommand(stdout, stderr),
            ConformanceCommand(stdout, stderr),
            BenchCommand(stdout, stderr),
            ServeJsonlCommand(stdin ?? Console.In, stdout),
            FuzzCommand(stdout, stderr),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
            {
                stderr.WriteLine($"rho: {e.Message}");
            }
            stderr.WriteLine("Run 'rho --help' for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>
    /// An error as one stderr line that names its kind, <c>FILE:LINE:COL: error: [kind] message</c>
    /// (<c>FILE: error: [kind] message</c> without a position): the form the conformance command
    /// protocol reads (spec/conformance.md, "Error lines").
    /// </summary>
    internal static string ErrorLine(RhoError e, string file) =>
        e.Pos.IsNone
            ? $"{file}: error: [{e.Kind}] {e.Message}"
            : $"{file}:{e.Pos.Line}:{e.Pos.Col}: error: [{e.Kind}] {e.Message}";

    /// <summary>The file argument every subcommand takes.</summary>
    private static Argument<FileInfo> FileArgument() => new("FILE") { Description = "A Rholang source file (.rho)." };

    /// <summary>
    /// Reads a source file and runs <paramref name="body"/>, turning every program error into
    /// its documented message and exit code.
    /// </summary>
    private static int WithSource(FileInfo file, TextWriter stderr, Func<string, int> body)
    {
        string source;
        try
        {
            source = File.ReadAllText(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{file}: error: cannot read file: {e.Message}");
            return ExitCodes.ProgramError;
        }
        try
        {
            return body(source);
        }
        catch (RhoException e) when (e.Error.Class is ErrorClass.Malformed or ErrorClass.Invalid)
        {
            stderr.WriteLine(ErrorLine(e.Error, file.ToString()));
            return ExitCodes.ProgramError;
        }
        catch (RhoException e)
        {
            stderr.WriteLine($"{file}: internal error ({e.Error.Kind}): {e.Error.Message}");
            return ExitCodes.InternalError;
        }
#pragma warning disable CA1031 // Last line of defence: a bug must not show a stack trace to the user.
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"{file}: internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}
