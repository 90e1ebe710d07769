using Rho.Semantics.Core;

namespace Rho.Compiler.Tests.Optimize;

/// <summary>The optimizer's rules (spec/bytecode.md, "Optimizer"); <c>Law/optimizer</c> is in <see cref="Laws.CompilerLawTests"/>.</summary>
public class OptimizerTests
{
    private static Send Out(params Proc[] args) => new(new GInt(0), Seq.Of(args), false);

    private static string Optimized(Proc p) => RhoCompiler.Disassemble(RhoCompiler.Optimize(RhoCompiler.Compile(p)));

    [Fact]
    [Trait("Rule", "Opt/fold-binary")]
    [Trait("Rule", "Opt/fold-unary")]
    public void Fold_ConstantOperationsBecomeValues()
    {
        var text = Optimized(Out(new EUnary(UnaryOp.Neg, new EBinary(BinaryOp.Mul, new GInt(6), new GInt(7)))));
        Assert.DoesNotContain("MUL", text, StringComparison.Ordinal);
        Assert.DoesNotContain("NEG", text, StringComparison.Ordinal);
        Assert.Contains("; -42", text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Opt/fold-binary")]
    public void Fold_OperationThatRaisesIsKept() =>
        Assert.Contains("DIV", Optimized(Out(new EBinary(BinaryOp.Div, new GInt(1), new GInt(0)))), StringComparison.Ordinal);

    [Fact]
    [Trait("Rule", "Opt/fold-short")]
    [Trait("Rule", "Opt/dead-code")]
    public void FoldShort_DecidedLeftOperandDropsTheRightBlock()
    {
        var text = Optimized(Out(new EBinary(BinaryOp.ShortAnd, new GBool(false), new EBinary(BinaryOp.Div, new GInt(1), new GInt(0)))));
        Assert.DoesNotContain("DIV", text, StringComparison.Ordinal);
        Assert.DoesNotContain("JUMP", text, StringComparison.Ordinal);
    }
}
