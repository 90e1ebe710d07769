using static Rho.Compiler.Tests.Optimize.Window;

namespace Rho.Compiler.Tests.Optimize;

/// <summary>
/// The peephole rules that remove or decide a window, on hand-made codes (spec/bytecode.md,
/// "Optimizer"). Codes with two windows of one rule check that the optimizer goes on after the
/// first (each rule rewrites one window per pass); a jump into a window is moved as the rule says.
/// </summary>
public class PeepholeWindowTests
{
    private static readonly string[] Unknown = ["PUSH_CONST 0", "MATCHES 1"];

    [Fact]
    [Trait("Rule", "Opt/match-const")]
    [Trait("Rule", "Opt/dead-code")]
    public void MatchConst_EveryDecidedMatchGoes() =>
        Assert.Equal(["HALT"], Run([V(1), One], "PUSH_CONST 0", "MATCH 1 @5", "PUSH_CONST 0", "MATCH 1 @5", "HALT", "POP", "HALT"));

    [Fact]
    [Trait("Rule", "Opt/match-any")]
    [Trait("Rule", "Opt/dead-code")]
    public void MatchAny_EveryWildcardMatchIsAPop() =>
        Assert.Equal(
            ["PUSH_CONST 1", "MATCHES 1", "POP", "PUSH_CONST 1", "MATCHES 1", "POP", "HALT"],
            Run([V(1), One, Any], [.. Unknown, "MATCH 2 @7", .. Unknown, "MATCH 2 @7", "HALT", "POP", "HALT"]));

    [Fact]
    [Trait("Rule", "Opt/spawn-nil")]
    public void SpawnNil_EverySpawnOfNilGoes() =>
        Assert.Equal(["HALT"], Run([NilUnit], "SPAWN 0 0", "SPAWN 0 0", "HALT"));

    [Fact]
    [Trait("Rule", "Opt/spawn-nil")]
    public void SpawnNil_JumpToItGoesToTheNextInstruction() =>
        Assert.Equal(
            ["PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @4", "INERT \"a\"", "HALT"],
            Run([V(1), One, NilUnit, Mark("a")], [.. Unknown, "JUMP_IF_TRUE @4", "INERT 3", "SPAWN 2 0", "HALT"]));

    [Theory]
    [Trait("Rule", "Opt/branch-const")]
    [Trait("Rule", "Opt/dead-code")]
    [Trait("Rule", "Opt/jump-next")]
    [InlineData(true, "JUMP_IF_TRUE")]
    [InlineData(false, "JUMP_IF_FALSE")]
    public void BranchConst_AlwaysTakenIsAJump(bool b, string jump) =>
        Assert.Equal(["INERT \"b\"", "HALT"], Run([V(b), Mark("a"), Mark("b")], "PUSH_CONST 0", jump + " @3", "INERT 1", "INERT 2", "HALT"));

    [Theory]
    [Trait("Rule", "Opt/branch-const")]
    [InlineData(false, "JUMP_IF_TRUE")]
    [InlineData(true, "JUMP_IF_FALSE")]
    public void BranchConst_NeverTakenGoesAndAJumpToItGoesPast(bool b, string jump) =>
        Assert.Equal(
            ["PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @4", "INERT \"a\"", "INERT \"b\"", "HALT"],
            Run([V(1), One, V(b), Mark("a"), Mark("b")], [.. Unknown, "JUMP_IF_TRUE @4", "INERT 3", "PUSH_CONST 2", jump + " @7", "INERT 4", "HALT"]));

    [Fact]
    [Trait("Rule", "Opt/branch-const")]
    public void BranchConst_EveryConstantBranchGoes() =>
        Assert.Equal(["HALT"], Run([V(true), V(false)], "PUSH_CONST 0", "JUMP_IF_FALSE @4", "PUSH_CONST 1", "JUMP_IF_TRUE @4", "HALT"));

    [Fact]
    [Trait("Rule", "Opt/short-pass")]
    public void ShortPass_EveryUndecidedBlockLosesItsJump() =>
        Assert.Equal(
            ["PUSH_CONST true", "PUSH_CONST 1", "MATCHES 1", "SHORT_AND", "POP", "PUSH_CONST false", "PUSH_CONST 1", "MATCHES 1", "SHORT_OR", "POP", "HALT"],
            Run(
                [V(true), V(1), One, V(false)],
                "PUSH_CONST 0", "DUP", "JUMP_IF_FALSE @6", "PUSH_CONST 1", "MATCHES 2", "SHORT_AND", "POP",
                "PUSH_CONST 3", "DUP", "JUMP_IF_TRUE @13", "PUSH_CONST 1", "MATCHES 2", "SHORT_OR", "POP", "HALT"));

    [Fact]
    [Trait("Rule", "Opt/push-pop")]
    public void PushPop_EveryPairGoes()
    {
        Assert.Equal(["HALT"], Run([V(1), V(2)], "PUSH_CONST 0", "POP", "PUSH_CONST 1", "POP", "HALT"));
        Assert.Equal(["HALT"], Run([V(1)], "PUSH_CONST 0", "DUP", "POP", "POP", "HALT"));
    }

    [Fact]
    [Trait("Rule", "Opt/push-pop")]
    public void PushPop_JumpToThePushGoesPastThePair() =>
        Assert.Equal(
            ["PUSH_CONST 1", "MATCHES 1", "JUMP_IF_TRUE @4", "INERT \"a\"", "HALT"],
            Run([V(1), One, V(7), Mark("a")], [.. Unknown, "JUMP_IF_TRUE @4", "INERT 3", "PUSH_CONST 2", "POP", "HALT"]));

    /// <summary>Dead instructions at the end of a code, after its last HALT: no window may read past the end.</summary>
    [Theory]
    [Trait("Rule", "Opt/dead-code")]
    [Trait("Rule", "Opt/fold-short")]
    [Trait("Rule", "Opt/short-pass")]
    [Trait("Rule", "Opt/branch-const")]
    [Trait("Rule", "Opt/spawn-nil")]
    [Trait("Rule", "Opt/jump-next")]
    [Trait("Rule", "Opt/push-pop")]
    [Trait("Rule", "Opt/jump-thread")]
    [InlineData("PUSH_CONST 0", "DUP")]
    [InlineData("PUSH_CONST 1", "DUP")]
    [InlineData("PUSH_CONST 1", "JUMP_IF_FALSE @0")]
    [InlineData("SPAWN 2 0")]
    [InlineData("INERT 5", "JUMP @1")]
    [InlineData("PUSH_CONST 3", "POP")]
    [InlineData("PUSH_CONST 3", "JUMP @3", "MATCH 4 @0")]
    public void DeadTail_IsRemovedWithoutReadingPastTheEnd(params string[] tail) =>
        Assert.Equal(["HALT"], Run([V(false), V(true), NilUnit, V(1), One, Mark("a")], ["HALT", .. tail]));

    [Fact]
    [Trait("Rule", "Opt/dead-code")]
    [Trait("Rule", "Opt/jump-next")]
    public void DeadCode_RemovalGoesOnToTheJumpItLeavesNext() =>
        Assert.Equal(["INERT \"b\"", "HALT"], Run([Mark("a"), Mark("b")], "JUMP @2", "INERT 0", "INERT 1", "HALT"));
}
