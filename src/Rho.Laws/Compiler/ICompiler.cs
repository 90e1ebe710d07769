using Rho.Semantics.Core;

namespace Rho.Laws.Compiler;

/// <summary>
/// A compiler under test (spec/bytecode.md): core terms to code, its binary and text forms, the
/// verifier, the optimizer and the decompiler. <typeparamref name="TCode"/> is the compiled form;
/// its <see cref="object.Equals(object)"/> is the equality the laws speak of.
/// </summary>
/// <typeparam name="TCode">The compiled process.</typeparam>
/// <remarks>
/// Laws (<see cref="LawSets.Compiler{TCode}"/>), writing <c>[| P |]</c> for <see cref="Compile"/>:
/// <list type="bullet">
/// <item><c>Law/par</c>: <c>[| P | Q |] = Union([| P |], [| Q |])</c> and <c>IsEmpty([| Nil |])</c>.</item>
/// <item><c>Law/order</c>: <c>[| P1 | … | Pn |]</c> and its <see cref="Hash"/> ignore order, grouping and Nil.</item>
/// <item><c>Law/quote</c>: <c>[| @Q |]</c> holds <c>[| Q |]</c> among its <see cref="QuotedCode"/>, and quoted values are equal exactly when the processes are ≡.</item>
/// <item><c>Law/canonical</c>: P ≡ Q ⇔ <c>[| P |] = [| Q |]</c> ⇔ equal hashes.</item>
/// <item><c>Law/roundtrip</c>: <c>Load(Serialize(c)) = c</c>, with and without source map, and re-serializing gives the same bytes.</item>
/// <item><c>Law/roundtrip</c>: <c>Assemble(Disassemble(c)) = c</c>, and disassembling again gives the same text.</item>
/// <item><c>Law/roundtrip</c>: <c>Decompile([| P |]) ≡ P</c>.</item>
/// <item><c>Law/verify</c>: <c>Verify</c> accepts every <c>[| P |]</c> and its <see cref="Optimize"/>d form.</item>
/// <item><c>Law/optimizer</c>: optimized and plain code, decompiled, have the same printed outputs and errors under the reference reducer.</item>
/// </list>
/// Errors: <see cref="Load"/>, <see cref="Assemble"/> and <see cref="Verify"/> raise on bad input;
/// the laws only give them good input, so any exception is a law failure.
/// </remarks>
public interface ICompiler<TCode>
{
    /// <summary>Compiles a closed canonical core term.</summary>
    /// <param name="p">The term.</param>
    /// <returns>The code.</returns>
    TCode Compile(Proc p);

    /// <summary>The multiset union of two compiled processes (⊎).</summary>
    /// <param name="a">One.</param>
    /// <param name="b">The other.</param>
    /// <returns>The union.</returns>
    TCode Union(TCode a, TCode b);

    /// <summary>Whether the code is the empty multiset.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True for the code of Nil.</returns>
    bool IsEmpty(TCode code);

    /// <summary>The content hash of the code, as text.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The hash.</returns>
    string Hash(TCode code);

    /// <summary>The binary file form.</summary>
    /// <param name="code">The code.</param>
    /// <param name="withSourceMap">Whether to include source positions.</param>
    /// <returns>The bytes.</returns>
    byte[] Serialize(TCode code, bool withSourceMap);

    /// <summary>Reads and verifies a binary file.</summary>
    /// <param name="file">The bytes.</param>
    /// <returns>The code.</returns>
    TCode Load(byte[] file);

    /// <summary>The text (assembly) form.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The text.</returns>
    string Disassemble(TCode code);

    /// <summary>Reads the text form.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code.</returns>
    TCode Assemble(string text);

    /// <summary>Reads code back as a core term.</summary>
    /// <param name="code">The code.</param>
    /// <returns>A term congruent to the compiled one.</returns>
    Proc Decompile(TCode code);

    /// <summary>Checks the code statically; raises when it is invalid.</summary>
    /// <param name="code">The code.</param>
    void Verify(TCode code);

    /// <summary>The optimized code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>Observably equal code.</returns>
    TCode Optimize(TCode code);

    /// <summary>The compiled processes the code holds as quoted constants.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The quoted code, in any order.</returns>
    IEnumerable<TCode> QuotedCode(TCode code);
}
