using static Rho.Compiler.Tests.Optimize.Window;

namespace Rho.Compiler.Tests.Optimize;

/// <summary>The folding rules on hand-made windows (spec/bytecode.md, "Optimizer"): exact results, and the windows they must leave alone.</summary>
public class FoldWindowTests
{
    [Fact]
    [Trait("Rule", "Opt/fold-unary")]
    [Trait("Rule", "Opt/push-pop")]
    public void FoldUnary_AtTheStartOfTheCode() =>
        Assert.Equal(["HALT"], Run([V(true)], "PUSH_CONST 0", "NOT", "POP", "HALT"));

    [Fact]
    [Trait("Rule", "Opt/fold-binary")]
    public void FoldBinary_EveryWindowIsFolded() =>
        Assert.Equal(
            ["PUSH_CONST 0", "PUSH_CONST 3", "PUSH_CONST 12", "SEND 2", "HALT"],
            Run([V(0), V(1), V(2), V(3), V(4)], "PUSH_CONST 0", "PUSH_CONST 1", "PUSH_CONST 2", "ADD", "PUSH_CONST 3", "PUSH_CONST 4", "MUL", "SEND 2", "HALT"));

    [Fact]
    [Trait("Rule", "Opt/fold-binary")]
    public void FoldBinary_ValueAlreadyInThePoolIsReused()
    {
        var c = Optimized(Build([V(3), V(1), V(2)], "PUSH_CONST 0", "PUSH_CONST 1", "PUSH_CONST 2", "ADD", "SEND 1", "HALT"));
        Assert.Equal(["PUSH_CONST 3", "PUSH_CONST 3", "SEND 1", "HALT"], Show(c));
        Assert.Equal([V(3)], c.Pool);
    }

    [Fact]
    [Trait("Rule", "Opt/fold-binary")]
    public void FoldBinary_NotWhenAJumpEntersAtTheSecondOperand()
    {
        string[] code = ["PUSH_CONST 0", "PUSH_CONST 0", "MATCHES 1", "JUMP_IF_FALSE @6", "POP", "PUSH_CONST 0", "PUSH_CONST 2", "ADD", "POP", "HALT"];
        Assert.Equal(
            ["PUSH_CONST 1", "PUSH_CONST 1", "MATCHES 1", "JUMP_IF_FALSE @6", "POP", "PUSH_CONST 1", "PUSH_CONST 2", "ADD", "POP", "HALT"],
            Run([V(1), One, V(2)], code));
    }

    [Theory]
    [Trait("Rule", "Opt/fold-binary")]
    [Trait("Rule", "Opt/short-pass")]
    [InlineData(true, "JUMP_IF_FALSE", "SHORT_AND", false, "false")]
    [InlineData(false, "JUMP_IF_TRUE", "SHORT_OR", true, "true")]
    public void FoldBinary_ShortOperatorOnConstantsAfterShortPass(bool left, string jump, string op, bool right, string result) =>
        Assert.Equal(
            ["PUSH_CONST 0", "PUSH_CONST " + result, "SEND 1", "HALT"],
            Run([V(0), V(left), V(right)], "PUSH_CONST 0", "PUSH_CONST 1", "DUP", jump + " @6", "PUSH_CONST 2", op, "SEND 1", "HALT"));

    [Fact]
    [Trait("Rule", "Opt/fold-short")]
    public void FoldShort_EveryDecidedBlockGoes()
    {
        string[] block = ["PUSH_CONST 1", "DUP", "JUMP_IF_FALSE @{0}", "PUSH_CONST 2", "PUSH_CONST 0", "DIV", "SHORT_AND"];
        string[] code = ["PUSH_CONST 0", .. block.Select(l => string.Format(null, l, 8)), .. block.Select(l => string.Format(null, l, 15)), "SEND 2", "HALT"];
        Assert.Equal(["PUSH_CONST 0", "PUSH_CONST false", "PUSH_CONST false", "SEND 2", "HALT"], Run([V(0), V(false), V(1)], code));
    }

    [Theory]
    [Trait("Rule", "Opt/fold-short")]
    [Trait("Rule", "Opt/short-pass")]
    [InlineData(false, "JUMP_IF_FALSE")]
    [InlineData(true, "JUMP_IF_TRUE")]
    public void FoldShort_NotOverABlockThatHalts(bool b, string jump)
    {
        string[] code = ["PUSH_CONST 0", "DUP", jump + " @5", "POP", "HALT", "POP", "HALT"];
        Assert.Equal(["PUSH_CONST " + (b ? "true" : "false"), "DUP", jump + " @5", "POP", "HALT", "POP", "HALT"], Run([V(b)], code));
    }

    [Fact]
    [Trait("Rule", "Opt/fold-short")]
    [Trait("Rule", "Opt/push-pop")]
    [Trait("Rule", "Opt/dead-code")]
    public void FoldShort_NotOnABackwardJump()
    {
        string[] code = ["PUSH_CONST 0", "POP", "PUSH_CONST 1", "DUP", "JUMP_IF_FALSE @1", "POP", "HALT"];
        Assert.Equal(["PUSH_CONST 1", "POP", "PUSH_CONST false", "DUP", "JUMP_IF_FALSE @1", "POP", "HALT"], Run([V(1), V(false)], code));
    }

    [Theory]
    [Trait("Rule", "Opt/fold-short")]
    [Trait("Rule", "Opt/short-pass")]
    [InlineData(false)]
    [InlineData(true)]
    public void FoldShortAndShortPass_NotWhenAJumpEntersAtTheDup(bool b)
    {
        string[] code = ["PUSH_CONST 0", "MATCHES 1", "DUP", "JUMP_IF_TRUE @6", "POP", "PUSH_CONST 2", "DUP", "JUMP_IF_FALSE @10", "PUSH_CONST 3", "SHORT_AND", "POP", "HALT"];
        var v = b ? "true" : "false";
        Assert.Equal(
            ["PUSH_CONST 1", "MATCHES 1", "DUP", "JUMP_IF_TRUE @6", "POP", "PUSH_CONST " + v, "DUP", "JUMP_IF_FALSE @10", "PUSH_CONST true", "SHORT_AND", "POP", "HALT"],
            Run([V(1), One, V(b), V(true)], code));
    }

    [Fact]
    [Trait("Rule", "Opt/source-map")]
    [Trait("Rule", "Opt/fold-binary")]
    public void SourceMap_EachInstructionKeepsThePositionItCameFrom()
    {
        var c = WithMap(
            Build([V(7), V(1), V(2), Mark("a"), Mark("b")], "PUSH_CONST 0", "PUSH_CONST 1", "PUSH_CONST 2", "ADD", "SEND 1", "INERT 3", "INERT 4", "HALT"),
            (0, 1, 1), (1, 1, 6), (2, 1, 10), (3, 1, 8), (4, 1, 1), (5, 2, 1), (7, 3, 1));
        var optimized = Optimized(c);
        Assert.Equal(["PUSH_CONST 7", "PUSH_CONST 3", "SEND 1", "INERT \"a\"", "INERT \"b\"", "HALT"], Show(optimized));
        Assert.Equal([(0, 1, 1), (1, 1, 6), (2, 1, 1), (3, 2, 1), (5, 3, 1)], Map(optimized));
    }
}
