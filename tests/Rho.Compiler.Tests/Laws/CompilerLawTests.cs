using Rho.Compiler.Bytecode;
using Rho.Laws;
using Rho.Laws.Compiler;
using Rho.Laws.Xunit;

namespace Rho.Compiler.Tests.Laws;

/// <summary>
/// The laws of compilation (spec/laws.md, "Compiler") on our compiler, through the law library: one
/// line per law id; the properties live in <c>src/Rho.Laws/Compiler</c>.
/// </summary>
public class CompilerLawTests
{
    private static readonly LawSet<ICompiler<CompiledProcess>> Laws = LawSets.Compiler<CompiledProcess>();

    private static void Holds(string id) => LawAssert.Holds(Laws, id, RhoCompilerLaws.Instance);

    [Fact]
    [Trait("Rule", "Law/par")]
    public void Par_CompileOfParIsUnionOfCompiles() => Holds("Law/par");

    [Fact]
    [Trait("Rule", "Law/order")]
    public void Order_ReorderedAndRegroupedParsCompileAlike() => Holds("Law/order");

    [Fact]
    [Trait("Rule", "Law/quote")]
    public void Quote_QuotedProcessesCompileToQuotesOfTheirCode() => Holds("Law/quote");

    [Fact]
    [Trait("Rule", "Law/canonical")]
    public void Canonical_CodeEqualExactlyWhenCongruent() => Holds("Law/canonical");

    /// <summary>The three round trips: decompile ∘ compile ≡ id, deserialize ∘ serialize = id, assemble ∘ disassemble = id.</summary>
    [Fact]
    [Trait("Rule", "Law/roundtrip")]
    public void Roundtrip_DecompileDeserializeAndAssembleUndoTheirInverses() => Holds("Law/roundtrip");

    [Fact]
    [Trait("Rule", "Law/verify")]
    public void Verify_EveryCompiledProgramVerifies() => Holds("Law/verify");

    [Fact]
    [Trait("Rule", "Law/optimizer")]
    public void Optimizer_OptimizedAndUnoptimizedAreObservablyEqual() => Holds("Law/optimizer");
}
