using System.CommandLine;
using Rho.Compiler;
using Rho.Compiler.Bytecode;
using Rho.Semantics;
using Rho.Semantics.Errors;

namespace Rho.Cli;

internal static partial class RhoCommand
{
    /// <summary>
    /// <c>rho compile FILE [--disasm] [-o OUT.rhoc] [--hash] [-O]</c> (spec/bytecode.md, "Tools"):
    /// compiles a source file (or loads a <c>.rhoc</c> file through the verifier) and prints its
    /// text form, writes its binary, or prints its content hash — equal for two files exactly when
    /// their processes are structurally congruent. Without an option it prints the text form.
    /// </summary>
    private static Command CompileCommand(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A Rholang source file (.rho), or a compiled file (.rhoc), which is verified." };
        var disasm = new Option<bool>("--disasm") { Description = "Print the code in the text format." };
        var output = new Option<FileInfo?>("-o", "--output") { Description = "Write the binary .rhoc file." };
        var hash = new Option<bool>("--hash") { Description = "Print the SHA-256 content hash (equal exactly for congruent processes)." };
        var noMap = new Option<bool>("--no-source-map") { Description = "Leave the source map out of the .rhoc file." };
        var optimize = new Option<bool>("-O", "--optimize") { Description = "Optimize the code for --disasm and -o (--hash always hashes the code as compiled)." };
        var command = new Command("compile", "Compile a program to Rho bytecode: text form, binary file or content hash.")
        {
            file, disasm, output, hash, noMap, optimize,
        };
        command.SetAction(r =>
        {
            var path = r.GetRequiredValue(file);
            return WithCompiled(path, stderr, compiled =>
            {
                var o = r.GetValue(output);
                var code = r.GetValue(optimize) ? RhoCompiler.Optimize(compiled) : compiled;
                if (o is not null)
                {
                    File.WriteAllBytes(o.FullName, RhoCompiler.Serialize(code, withSourceMap: !r.GetValue(noMap)));
                }
                if (r.GetValue(hash))
                {
                    stdout.WriteLine(RhoCompiler.HashHex(compiled));
                }
                if (r.GetValue(disasm) || (o is null && !r.GetValue(hash)))
                {
                    stdout.Write(RhoCompiler.Disassemble(code));
                }
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    /// <summary>
    /// The compiled process of a file: a <c>.rhoc</c> file is loaded through the verifier (errors
    /// <c>FILE: error: offset N: message</c>, exit 1); anything else is compiled from source.
    /// </summary>
    private static int WithCompiled(FileInfo file, TextWriter stderr, Func<CompiledProcess, int> body)
    {
        if (!file.Name.EndsWith(".rhoc", StringComparison.OrdinalIgnoreCase))
        {
            return WithSource(file, stderr, source => body(RhoCompiler.Compile(Rholang.Compile(source))));
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"{file}: error: cannot read file: {e.Message}");
            return ExitCodes.ProgramError;
        }
        CompiledProcess compiled;
        try
        {
            compiled = RhoCompiler.Load(bytes);
        }
        catch (RhoException e) when (e.Error.Class is ErrorClass.Invalid)
        {
            stderr.WriteLine(e.Error.Format(file.ToString()));
            return ExitCodes.ProgramError;
        }
        return WithSource(file, stderr, _ => body(compiled));
    }
}
