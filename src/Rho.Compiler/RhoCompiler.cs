using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;

namespace Rho.Compiler;

/// <summary>
/// The facade of Rho.Compiler (spec/bytecode.md): <c>[| P |]</c>, its binary and text forms,
/// the verifier every load goes through, the optimizer and the decompiler. Entry points run on
/// a deep stack.
/// </summary>
/// <remarks>
/// Errors raised: <see cref="Semantics.Errors.ErrorClass.Invalid"/> of kind <c>bytecode</c> for
/// malformed or unverifiable bytecode (message <c>offset N: …</c>) and text (<c>line N: …</c>),
/// so <c>RhoError.Format(file)</c> gives <c>FILE: error: offset N: message</c>;
/// <see cref="Semantics.Errors.ErrorClass.Crash"/> only for bugs.
/// </remarks>
public static class RhoCompiler
{
    /// <summary>The error kind of malformed or unverifiable bytecode.</summary>
    public const string BytecodeErrorKind = BytecodeErrors.Kind;

    /// <summary>
    /// <c>[| P |]</c> of the canonical form of p (<c>Law/canonical</c>): equal, byte for byte,
    /// for two terms exactly when they are structurally congruent. Not optimized.
    /// </summary>
    public static CompiledProcess Compile(Proc p) =>
        DeepStack.Run(() => Rho.Compiler.Compile.Compiler.Process(Canon.Of(p)));

    /// <summary>The SHA-256 content hash of the code section, in lower-case hex.</summary>
    public static string HashHex(CompiledProcess p) =>
        DeepStack.Run(() => Convert.ToHexStringLower(Container.Hash(p)));

    /// <summary>The <c>.rhoc</c> bytes of a compiled process (spec/bytecode.md, "Container").</summary>
    public static byte[] Serialize(CompiledProcess p, bool withSourceMap = true) =>
        DeepStack.Run(() => Container.Write(p, withSourceMap));

    /// <summary>
    /// Loads <c>.rhoc</c> bytes: decodes the container and verifies every code
    /// (<c>Law/verify</c>). Raises Invalid (<c>offset N: message</c>) for anything malformed.
    /// </summary>
    public static CompiledProcess Load(byte[] file) => DeepStack.Run(() =>
    {
        var p = Container.Read(file);
        Verifier.Process(p, 0);
        return p;
    });

    /// <summary>Verifies a closed compiled process (one that runs under the empty environment).</summary>
    public static void Verify(CompiledProcess p) => DeepStack.Run(() =>
    {
        Verifier.Process(p, 0);
        return 0;
    });

    /// <summary>The optimized code (<c>Law/optimizer</c>): observably equal, not ≡-canonical.</summary>
    public static CompiledProcess Optimize(CompiledProcess p) => DeepStack.Run(() => Rho.Compiler.Optimize.Optimizer.Process(p));

    /// <summary>
    /// The code <paramref name="p"/> was optimized from, when this process optimized it, else
    /// <paramref name="p"/> itself (<c>Opt/original</c>). Readback decompiles the original, so a
    /// residual of optimized code is ≡ the reducer's, not merely observably equal.
    /// </summary>
    public static CompiledProcess Unoptimized(CompiledProcess p) => Rho.Compiler.Optimize.Optimizer.OriginalOf(p);

    /// <summary>The process a verified compiled process runs (<c>Law/roundtrip</c>: ≡ to the source).</summary>
    public static Proc Decompile(CompiledProcess p) => DeepStack.Run(() =>
    {
        Verifier.Process(p, 0);
        return Rho.Compiler.Decompile.Decompiler.Process(p);
    });

    /// <summary>The text form (<c>rho compile --disasm</c>).</summary>
    public static string Disassemble(CompiledProcess p) => DeepStack.Run(() => Text.Disassembler.Write(p));

    /// <summary>Reads the text form back (<c>Law/roundtrip</c>); the result is not verified.</summary>
    public static CompiledProcess Assemble(string text) => DeepStack.Run(() => Text.Assembler.Read(text));
}
