using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Compiler.Tests.Verify;

/// <summary>
/// The decompiler on verified code (spec/bytecode.md, "Decompilation"): the shapes the optimizer
/// leaves are read back, and every other verified shape is rejected with the exact
/// "not compiler output" message at the instruction that breaks the shape.
/// </summary>
public class VerifyMutDecompilerTests
{
    private static readonly GInt One = new(1);

    /// <summary><c>1!()</c>: the process the test units run.</summary>
    private static readonly Send Out = new(One, Seq<Proc>.Empty, false);

    private static readonly ValueConst OneConst = new(One);

    private static readonly PatternConst OnePattern = new(One, 0);

    private static readonly UnitConst Empty = new(0, CompiledProcess.Empty);

    private static readonly UnitConst Sends = new(0, RhoCompiler.Compile(Out));

    private static byte[] U32(int n) => BitConverter.GetBytes(n);

    private static CompiledProcess Of(Const[] pool, params byte[] instrs) =>
        CompiledProcess.Of([new Code(Seq.Of(instrs), Seq.Of(pool))], []);

    private static string Reject(CompiledProcess p)
    {
        RhoCompiler.Verify(p);
        var e = Assert.Throws<RhoException>(() => RhoCompiler.Decompile(p));
        Assert.Equal(RhoCompiler.BytecodeErrorKind, e.Error.Kind);
        return e.Error.Message;
    }

    [Fact]
    [Trait("Rule", "Opt/match-const")]
    public void Spawn_OnAnEmptyStackIsTheBranchItRuns()
    {
        Assert.Equal(Out, RhoCompiler.Decompile(Of([Sends], [0x0C, .. U32(0), .. U32(0), 0x00])));
        // PUSH_CONST #1; SPAWN #0 0; SEND 0; HALT — a SPAWN with a value below it is no branch.
        Assert.Equal(
            "offset 5: not compiler output: SPAWN is not expected here",
            Reject(Of([Sends, OneConst], [0x01, .. U32(1), 0x0C, .. U32(0), .. U32(0), 0x07, .. U32(0), 0x00])));
    }

    [Fact]
    [Trait("Rule", "Opt/jump-thread")]
    [Trait("Rule", "Op/JUMP")]
    public void Jumps_OnlyForwardJumpsAreFollowed()
    {
        Assert.Equal(Out, RhoCompiler.Decompile(Of([OneConst], [0x0D, .. U32(5), 0x01, .. U32(0), 0x07, .. U32(0), 0x00])));
        Assert.Equal("offset 5: not compiler output: JUMP is not expected here", Reject(Of([], [0x0D, .. U32(5), 0x0D, .. U32(0)])));
        Assert.Equal("offset 0: not compiler output: JUMP is not expected here", Reject(Of([], [0x0D, .. U32(0)])));
    }

    [Fact]
    [Trait("Rule", "Opt/spawn-nil")]
    [Trait("Rule", "Op/MATCH")]
    public void Match_ACaseWithoutSpawnHasANilBody()
    {
        // PUSH_CONST #0; MATCH #1 @15; HALT; 15: POP; HALT
        var p = Of([OneConst, OnePattern], [0x01, .. U32(0), 0x0B, .. U32(1), .. U32(15), 0x00, 0x05, 0x00]);
        Assert.Equal(new Match(One, Seq.Of(new MatchCase(One, Nil.Instance, 0))), RhoCompiler.Decompile(p));
    }

    [Fact]
    [Trait("Rule", "Opt/match-any")]
    [Trait("Rule", "Op/MATCH")]
    public void Match_ASpawnAfterThePopIsAWildcardCase()
    {
        // PUSH_CONST #0; MATCH #1 @24; SPAWN #2 0; HALT; 24: POP; SPAWN #3 0; HALT
        var p = Of([OneConst, OnePattern, Empty, Sends], [0x01, .. U32(0), 0x0B, .. U32(1), .. U32(24), 0x0C, .. U32(2), .. U32(0), 0x00, 0x05, 0x0C, .. U32(3), .. U32(0), 0x00]);
        var expected = new Match(One, Seq.Of(new MatchCase(One, Nil.Instance, 0), new MatchCase(Wildcard.Instance, Out, 0)));
        Assert.Equal(expected, RhoCompiler.Decompile(p));
    }

    [Fact]
    [Trait("Rule", "Compile/match")]
    [Trait("Rule", "Op/MATCH")]
    public void Match_OtherShapesRejected()
    {
        // PUSH_CONST #0; MATCH #1 @20; INERT #2; HALT; 20: POP; HALT
        Assert.Equal(
            "offset 5: not compiler output: a MATCH is not followed by SPAWN, HALT and its failure label",
            Reject(Of([OneConst, OnePattern, new InertConst(Nil.Instance)], [0x01, .. U32(0), 0x0B, .. U32(1), .. U32(20), 0x04, .. U32(2), 0x00, 0x05, 0x00])));
        // PUSH_CONST #0; MATCH #1 @19; PUSH_CONST #0; 19: POP; HALT — the failure label right after one instruction
        // that is not HALT: no Nil-body case (Dec/match-nil needs MATCH; HALT; L:), and no SPAWN either.
        Assert.Equal(
            "offset 5: not compiler output: a MATCH is not followed by SPAWN, HALT and its failure label",
            Reject(Of([OneConst, OnePattern], [0x01, .. U32(0), 0x0B, .. U32(1), .. U32(19), 0x01, .. U32(0), 0x05, 0x00])));
        // PUSH_CONST #0; MATCH #1 @24; SPAWN #2 0; HALT; 24: EVAL; HALT
        Assert.Equal(
            "offset 24: not compiler output: a MATCH chain does not end with POP",
            Reject(Of([OneConst, OnePattern, Empty], [0x01, .. U32(0), 0x0B, .. U32(1), .. U32(24), 0x0C, .. U32(2), .. U32(0), 0x00, 0x0A, 0x00])));
        // PUSH_CONST #0; MATCH #1 @24; SPAWN #2 0; HALT; 24: POP; PUSH_CONST #0; EVAL; HALT
        Assert.Equal(
            "offset 25: not compiler output: the sequence does not end after its process",
            Reject(Of([OneConst, OnePattern, Empty], [0x01, .. U32(0), 0x0B, .. U32(1), .. U32(24), 0x0C, .. U32(2), .. U32(0), 0x00, 0x05, 0x01, .. U32(0), 0x0A, 0x00])));
    }

    [Fact]
    [Trait("Rule", "Compile/short-circuit")]
    [Trait("Rule", "Op/DUP")]
    public void ShortCircuit_DupMustOpenAWellFormedBlock()
    {
        var pool = new Const[] { new ValueConst(new GBool(true)), new ValueConst(new GBool(false)) };
        // PUSH_CONST #0; DUP; POP; SEND 0; HALT
        Assert.Equal("offset 6: not compiler output: jump target is not an instruction", Reject(Of(pool, [0x01, .. U32(0), 0x06, 0x05, 0x07, .. U32(0), 0x00])));
        // PUSH_CONST #0; DUP; JUMP @11; 11: POP; SEND 0; HALT
        Assert.Equal("offset 6: not compiler output: DUP is not followed by a conditional jump", Reject(Of(pool, [0x01, .. U32(0), 0x06, 0x0D, .. U32(11), 0x05, 0x07, .. U32(0), 0x00])));
        // PUSH_CONST #0; DUP; JUMP_IF_FALSE @17; PUSH_CONST #1; SHORT_OR; 17: EVAL; HALT — the && block ends with ||.
        Assert.Equal(
            "offset 6: not compiler output: a short-circuit block does not end with its operator",
            Reject(Of(pool, [0x01, .. U32(0), 0x06, 0x0E, .. U32(17), 0x01, .. U32(1), 0x31, 0x0A, 0x00])));
        // PUSH_CONST #0; PUSH_CONST #1; SHORT_AND; 11: DUP; JUMP_IF_FALSE @11; EVAL; HALT — a block that jumps back.
        Assert.Equal(
            "offset 12: not compiler output: a short-circuit block does not end with its operator",
            Reject(Of(pool, [0x01, .. U32(0), 0x01, .. U32(1), 0x33, 0x06, 0x0E, .. U32(11), 0x0A, 0x00])));
        // PUSH_CONST #1; PUSH_CONST #0; DUP; JUMP_IF_FALSE @28; DUP; JUMP_IF_FALSE @28; PUSH_CONST #1; SHORT_AND; 28: SEND 1; HALT —
        // the inner block (whose left operand is the value below the outer one) runs past the outer block's operator.
        Assert.Equal(
            "offset 11: not compiler output: a short-circuit block is not well nested",
            Reject(Of(pool, [0x01, .. U32(1), 0x01, .. U32(0), 0x06, 0x0E, .. U32(28), 0x06, 0x0E, .. U32(28), 0x01, .. U32(1), 0x33, 0x07, .. U32(1), 0x00])));
        // PUSH_CONST #0; DUP; JUMP_IF_FALSE @23; DUP; JUMP_IF_FALSE @23; PUSH_CONST #1; SHORT_AND; 23: EVAL; HALT —
        // verified, but the inner block's left operand is the value the outer block consumed.
        Assert.Equal(
            "offset 0: not compiler output: stack underflow",
            Reject(Of(pool, [0x01, .. U32(0), 0x06, 0x0E, .. U32(23), 0x06, 0x0E, .. U32(23), 0x01, .. U32(1), 0x33, 0x0A, 0x00])));
    }
}
