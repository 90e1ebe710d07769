using Rho.Compiler.Bytecode;
using Rho.Semantics;
using Rho.Semantics.Congruence;

namespace Rho.Compiler.Tests.Compile;

/// <summary><c>Compile/operand</c>: a par operand is pushed unevaluated, so its shape is checked before anything in it runs.</summary>
public class OperandTests
{
    private static List<string> TopLevelOps(string source) =>
        [.. RhoCompiler.Compile(Rholang.Compile(source)).Sequences.SelectMany(Decoder.Decode).Select(x => x.Info.Name)];

    [Fact]
    [Trait("Rule", "Compile/operand")]
    public void Operand_ParIsQuotedNotEvaluated()
    {
        var ops = TopLevelOps("@0!({1 | 1 / 0} + 1)");
        Assert.Contains("QUOTE", ops);
        Assert.DoesNotContain("DIV", ops);
        Assert.DoesNotContain("PAR", ops);
        Assert.Contains("ADD", ops);
    }

    [Fact]
    [Trait("Rule", "Compile/operand")]
    public void Operand_SingleExpressionIsEvaluated()
    {
        var ops = TopLevelOps("@0!((1 / 0) + 1)");
        Assert.Contains("DIV", ops);
        Assert.DoesNotContain("QUOTE", ops);
    }

    [Fact]
    [Trait("Rule", "Compile/operand")]
    public void Operand_ParInsideACollectionIsStillEvaluatedComponentwise() =>
        Assert.Contains("PAR", TopLevelOps("@0!([{1 | 1 + 1}])"));

    [Fact]
    [Trait("Rule", "Compile/operand")]
    public void Operand_DecompilesToTheSourceTerm()
    {
        var p = Rholang.Compile("@0!(-{1 | 2} + {3 | 4})");
        Assert.Equal(Canon.Of(p), Canon.Of(RhoCompiler.Decompile(RhoCompiler.Compile(p))));
    }
}
