using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;

namespace Rho.Compiler;

/// <summary>
/// The facade of Rho.Compiler (spec/bytecode.md): <c>[| P |]</c>, its binary and text forms,
/// the verifier every load goes through, and the decompiler. Entry points run on a deep stack.
/// </summary>
/// <remarks>
/// Errors raised: <see cref="Semantics.Errors.ErrorClass.Invalid"/> of kind <c>bytecode</c> for
/// malformed or unverifiable bytecode and text (message <c>offset N: …</c> or <c>line N: …</c>);
/// <see cref="Semantics.Errors.ErrorClass.Crash"/> only for bugs.
/// </remarks>
public static class RhoCompiler
{
    /// <summary>
    /// <c>[| P |]</c> of the canonical form of p (<c>Law/canonical</c>): equal for two terms
    /// exactly when they are structurally congruent.
    /// </summary>
    public static CompiledProcess Compile(Proc p) => DeepStack.Run(() => Rho.Compiler.Compile.Compiler.Process(Canon.Of(p)));

    /// <summary>The SHA-256 content hash of <c>[| P |]</c>'s code section, in lower-case hex.</summary>
    public static string HashHex(CompiledProcess p) =>
        DeepStack.Run(() => Convert.ToHexStringLower(Container.Hash(p)));

    /// <summary>The <c>.rhoc</c> bytes of a compiled process (spec/bytecode.md, "Container").</summary>
    public static byte[] Serialize(CompiledProcess p, bool withSourceMap = true) =>
        DeepStack.Run(() => Container.Write(p, withSourceMap));
}
