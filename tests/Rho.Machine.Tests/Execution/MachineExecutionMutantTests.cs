using Rho.Compiler;
using Rho.Compiler.Bytecode;
using Rho.Machine.Execution;
using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using static Rho.Machine.Tests.Execution.HandWritten;

namespace Rho.Machine.Tests.Execution;

/// <summary>
/// Survivors of the scoped mutation run of the execution files (mutation-reports/partial-machine/execution-f25c101):
/// what compiled code never shows of INERT, POP, MATCH, BUNDLE and EVAL, shown by hand-written sequences (which the
/// verifier accepts), a run the budget stops right after an EVAL, and the dispatch of a byte that is no opcode.
/// </summary>
public class MachineExecutionMutantTests
{
    [Fact]
    [Trait("Rule", "Op/INERT")]
    [Trait("Rule", "Mach/op")]
    public void Inert_SkipsItsOperand_AndTheSequenceGoesOn()
    {
        // Compiled code has INERT #0 only before HALT, and operand 0's first byte is HALT's opcode.
        var p = Sequence(["0000 INERT #0", "0005 PUSH_CONST #1", "0010 PUSH_CONST #2", "0015 SEND 1", "0020 HALT"], "inert x'0b0500000000000000'  ; 5", Str("c"), Int(1));
        Assert.Equal(State("@\"c\"!(1)"), Run(p).ResidualText);
    }

    [Fact]
    [Trait("Rule", "Op/POP")]
    [Trait("Rule", "Mach/op")]
    public void Pop_DropsTheTop_SoTheValuesBelowItAreUsed()
    {
        // Compiled code pops only right before HALT (a match's last failure label), where the stack is not read again.
        var p = Sequence(["0000 PUSH_CONST #0", "0005 PUSH_CONST #1", "0010 PUSH_CONST #2", "0015 POP", "0016 SEND 1", "0021 HALT"], Str("c"), Int(1), Int(2));
        Assert.Equal(State("@\"c\"!(1)"), Run(p).ResidualText);
    }

    [Theory]
    [InlineData(2, "@\"c\"!(5)")]
    [InlineData(3, "@\"c\"!([5, 3])")]
    [Trait("Rule", "Op/MATCH")]
    [Trait("Rule", "Mach/op")]
    public void Match_ReplacesTheValueByItsBinding_OrKeepsItWhenItFails(int second, string expected)
    {
        // [5, 2] matches [x, 2]: the list goes and x = 5 takes its place, so SEND 1 sends 5 on "c" (compiled code SPAWNs
        // the binding and halts, leaving the stack unread). [5, 3] does not match: the list stays and is sent.
        var p = Sequence(
            ["0000 PUSH_CONST #0", "0005 PUSH_CONST #1", "0010 PUSH_CONST #2", "0015 MAKE_LIST 2", "0020 MATCH #3 @0029", "0029 SEND 1", "0034 HALT"],
            Str("c"),
            Int(5),
            Int(second),
            "pattern 1 x'120200000008000000000b020000000000000000'  ; [$0, 2]");
        Assert.Equal(State(expected), Run(p).ResidualText);
    }

    [Theory]
    [InlineData(0, "bundle0")]
    [InlineData(1, "bundle-")]
    [InlineData(2, "bundle+")]
    [InlineData(3, "bundle")]
    [Trait("Rule", "Op/BUNDLE")]
    [Trait("Rule", "Mach/op")]
    public void Bundle_ItsFlagsAreReadAndWritePermissions_SeenInASentBundle(int flags, string bundle)
    {
        // Compiled code BUNDLEs only before EVAL, which strips the bundle; sent as data, the bundle stays in the state.
        var p = Sequence(["0000 PUSH_CONST #0", "0005 PUSH_CONST #1", $"0010 BUNDLE {flags}", "0015 SEND 1", "0020 HALT"], Str("c"), Int(5));
        Assert.Equal(State($"@\"c\"!({bundle}{{5}})"), Run(p).ResidualText);
    }

    [Fact]
    [Trait("Rule", "Mach/eval")]
    [Trait("Rule", "Mach/readback")]
    public void StoppedRightAfterAnEval_TheMachineHasActed_AndOnlyWhatItLinkedIsReadBack()
    {
        // QUOTE, BUNDLE, EVAL: the body x!(1) is linked as a new, unstarted machine; the evaluating one is done.
        const string source = "new x in { bundle+{ x!(1) } }";
        var r = RhoMachine.Run(RhoCompiler.Compile(Rholang.Compile(source)), new MachineOptions(Primitives: PrimitivePath.Direct, MaxSteps: 3));
        Assert.True(r.BudgetExhausted);
        Assert.Equal(0, r.UnreadableMachines);
        Assert.Equal(BudgetReadbackTests.Initial("new x in { x!(1) }"), r.ResidualText);
    }

    [Theory]
    [InlineData(0x18)]
    [InlineData(0x1F)]
    [InlineData(0x22)]
    [InlineData(0x2F)]
    [InlineData(0x42)]
    [InlineData(0xFF)]
    [Trait("Rule", "Mach/step")]
    [Trait("Rule", "Verify/opcode")]
    public void UnverifiedCode_AByteThatIsNoOpcode_CrashesNamingIt_AndRunsNoOtherInstruction(int opcode)
    {
        // RhoMachine.Run takes verified code, which has only the table's opcodes (Verify/opcode); code built in memory
        // and not verified reaches the dispatch's guard, which names the byte instead of running it as an operator.
        var p = CompiledProcess.Of([new Code(Seq.Of((byte)opcode, (byte)Opcode.Halt), Seq<Const>.Empty)], []);
        var e = Assert.Throws<RhoException>(() => RhoMachine.Run(p));
        Assert.Equal(ErrorClass.Crash, e.Error.Class);
        Assert.Equal($"unknown opcode 0x{opcode:x2}", e.Error.Message);
    }

    [Fact]
    [Trait("Rule", "Mach/step")]
    public void PositionAt_IsTheLastEntryAtOrBeforeTheOffset_AndNoneBeforeTheFirst()
    {
        SourceMapEntry[] map = [new(3, new SourcePos(1, 1)), new(8, new SourcePos(2, 5)), new(9, new SourcePos(3, 7))];
        Assert.Equal(SourcePos.None, Codes.PositionAt(map, 0));
        Assert.Equal(SourcePos.None, Codes.PositionAt(map, 2));
        Assert.Equal(new SourcePos(1, 1), Codes.PositionAt(map, 3));
        Assert.Equal(new SourcePos(1, 1), Codes.PositionAt(map, 7));
        Assert.Equal(new SourcePos(2, 5), Codes.PositionAt(map, 8));
        Assert.Equal(new SourcePos(3, 7), Codes.PositionAt(map, 9));
        Assert.Equal(new SourcePos(3, 7), Codes.PositionAt(map, 40));
        Assert.Equal(SourcePos.None, Codes.PositionAt([], 0));
    }
}
