using Rho.Laws.Generators;
using Rho.Semantics.Core;
using Rho.Semantics.Reduction;

namespace Rho.Compiler.Tests.Optimize;

/// <summary>The optimizer's rules and <c>Law/optimizer</c> (spec/bytecode.md, "Optimizer").</summary>
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

    /// <summary>
    /// Law/optimizer on decompiled forms: a generated program, made observable by a persistent
    /// printer on channel 0, has the same printed output and errors with and without optimization.
    /// </summary>
    [Fact]
    [Trait("Rule", "Law/optimizer")]
    public void Optimizer_OptimizedAndUnoptimizedAreObservablyEqual() => Props.Check(
        xs =>
        {
            var p = CoreGen.Build(xs);
            var printer = new Receive(
                Seq.Of(new ReceiveBind(Seq.Of<Proc>(new FreeVar(0)), new GInt(0), null, 1)),
                new Send(new BoundVar(1), Seq.Of<Proc>(new BoundVar(0)), false),
                ReceiveKind.Persistent,
                1);
            var program = new New(1, Seq.Of("rho:io:stdout"), new Par(Seq.Of(Substitution.Shift(p, 1), printer)));
            var compiled = RhoCompiler.Compile(program);
            var plain = Observe(RhoCompiler.Decompile(compiled));
            var optimized = Observe(RhoCompiler.Decompile(RhoCompiler.Optimize(compiled)));
            return plain is null || optimized is null || plain.SetEquals(optimized);
        },
        tests: 60);

    private static HashSet<string>? Observe(Proc p)
    {
        var e = Explorer.Explore(p, new ExploreOptions(MaxStates: 400, MaxDepth: 60));
        return e.IsComplete
            ? e.Outcomes.Select(o => string.Join("|", o.Stdout) + "#" + string.Join("|", o.Stderr) + "#" + string.Join("|", o.Errors.Select(x => x.Kind + x.Message))).ToHashSet()
            : null;
    }
}
