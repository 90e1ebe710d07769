using static Rho.Compiler.Tests.Optimize.Window;

namespace Rho.Compiler.Tests.Optimize;

/// <summary>
/// <c>Opt/jump-thread</c> and <c>Opt/jump-next</c> on hand-made codes (spec/bytecode.md,
/// "Optimizer"): which jumps move, where to, and which stay. <c>PUSH_CONST 1; MATCHES 1</c> is a
/// Bool the optimizer does not know.
/// </summary>
public class JumpWindowTests
{
    private static readonly string[] Unknown = ["PUSH_CONST 0", "MATCHES 1"];

    [Fact]
    [Trait("Rule", "Opt/jump-thread")]
    [Trait("Rule", "Opt/dead-code")]
    [Trait("Rule", "Opt/jump-next")]
    public void JumpThread_EveryForwardBranchToAForwardJumpGoesToItsTarget() =>
        Assert.Equal(
            ["PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @7", "PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @7", "INERT \"a\"", "HALT"],
            Run([V(1), One, Mark("a")], [.. Unknown, "JUMP_IF_TRUE @7", .. Unknown, "JUMP_IF_TRUE @7", "JUMP @8", "JUMP @9", "INERT 2", "HALT"]));

    [Fact]
    [Trait("Rule", "Opt/jump-thread")]
    public void JumpThread_NotToABackwardJump()
    {
        string[] code = [.. Unknown, "JUMP_IF_TRUE @4", "HALT", "JUMP @0"];
        Assert.Equal(["PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @4", "HALT", "JUMP @0"], Run([V(1), One], code));
    }

    [Fact]
    [Trait("Rule", "Opt/jump-thread")]
    public void JumpThread_NotToAJumpToItself()
    {
        string[] code = [.. Unknown, "JUMP_IF_TRUE @4", "HALT", "JUMP @4"];
        Assert.Equal(["PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @4", "HALT", "JUMP @4"], Run([V(1), One], code));
    }

    [Fact]
    [Trait("Rule", "Opt/jump-thread")]
    public void JumpThread_NotFromABackwardBranch()
    {
        string[] code = [.. Unknown, "JUMP_IF_TRUE @4", "JUMP @7", .. Unknown, "JUMP_IF_TRUE @3", "INERT 2", "HALT"];
        Assert.Equal(
            ["PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @4", "JUMP @7", "PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @3", "INERT \"a\"", "HALT"],
            Run([V(1), One, Mark("a")], code));
    }

    [Fact]
    [Trait("Rule", "Opt/jump-thread")]
    public void JumpThread_EveryJumpToHaltIsHaltButNotABranch() =>
        Assert.Equal(
            ["PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @4", "HALT", "PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @8", "HALT", "INERT \"a\"", "HALT"],
            Run([V(1), One, Mark("a")], [.. Unknown, "JUMP_IF_TRUE @4", "JUMP @9", .. Unknown, "JUMP_IF_TRUE @8", "JUMP @9", "INERT 2", "HALT"]));

    /// <summary>Two <c>PUSH_CONST 1; JUMP M</c> to a MATCH of <c>1</c> that other code also reaches (so it is not decided in place).</summary>
    [Fact]
    [Trait("Rule", "Opt/jump-thread")]
    [Trait("Rule", "Opt/match-const")]
    public void JumpThread_EveryConstantJumpToADecidedMatchGoesPastIt()
    {
        string[] code =
        [
            .. Unknown, "JUMP_IF_TRUE @5", "PUSH_CONST 0", "JUMP @11",
            "PUSH_CONST 2", "MATCHES 1", "JUMP_IF_TRUE @10", "PUSH_CONST 0", "JUMP @11",
            "PUSH_CONST 3", "MATCH 1 @14", "INERT 4", "HALT", "POP", "HALT",
        ];
        Assert.Equal(
            [
                "PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @4", "JUMP @10",
                "PUSH_CONST 3", "MATCHES 1", "JUMP_IF_TRUE @8", "JUMP @10",
                "PUSH_CONST 2", "MATCH 1 @12", "INERT \"a\"", "HALT", "POP", "HALT",
            ],
            Run([V(1), One, V(3), V(2), Mark("a")], code));
    }

    /// <summary>
    /// <c>PUSH_CONST v; JUMP M</c> at the start, to a MATCH of <c>1</c> that a loop reaches again with
    /// 3: a matching v goes past the match, another one to its failure label.
    /// </summary>
    [Theory]
    [Trait("Rule", "Opt/jump-thread")]
    [Trait("Rule", "Opt/match-const")]
    [InlineData(1, new[] { "JUMP @3", "PUSH_CONST 3", "MATCH 1 @5", "INERT \"a\"", "JUMP @1", "POP", "HALT" })]
    [InlineData(2, new[] { "HALT" })]
    public void JumpThread_ConstantJumpAtTheStart(int v, string[] expected) =>
        Assert.Equal(expected, Run([V(v), One, V(3), Mark("a")], "PUSH_CONST 0", "JUMP @3", "PUSH_CONST 2", "MATCH 1 @6", "INERT 3", "JUMP @2", "POP", "HALT"));

    [Fact]
    [Trait("Rule", "Opt/jump-thread")]
    [Trait("Rule", "Opt/match-const")]
    public void JumpThread_NotWhenAJumpEntersAtTheConstant() =>
        Assert.Equal(
            ["PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @4", "INERT \"a\"", "PUSH_CONST 1", "MATCH 1 @8", "INERT \"b\"", "HALT", "POP", "HALT"],
            Run(
                [V(1), One, Mark("a"), Mark("b")],
                [.. Unknown, "JUMP_IF_TRUE @4", "INERT 2", "PUSH_CONST 0", "JUMP @7", "HALT", "MATCH 1 @10", "INERT 3", "HALT", "POP", "HALT"]));

    [Fact]
    [Trait("Rule", "Opt/jump-next")]
    public void JumpNext_EveryJumpToTheNextInstructionGoes() =>
        Assert.Equal(["INERT \"a\"", "INERT \"b\"", "HALT"], Run([Mark("a"), Mark("b")], "JUMP @1", "INERT 0", "JUMP @3", "INERT 1", "HALT"));

    [Fact]
    [Trait("Rule", "Opt/jump-next")]
    public void JumpNext_BranchToItGoesToTheNextInstruction() =>
        Assert.Equal(
            ["INERT \"a\"", "PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @1", "HALT"],
            Run([V(1), One, Mark("a")], ["INERT 2", "JUMP @2", .. Unknown, "JUMP_IF_TRUE @1", "HALT"]));
}
