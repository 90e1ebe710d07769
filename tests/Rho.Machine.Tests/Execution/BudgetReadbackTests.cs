using Rho.Compiler;
using Rho.Semantics;
using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests.Execution;

/// <summary>
/// <c>Mach/readback</c> of a run the budget stopped: machines still queued or blocked on a primitive read back as
/// their sequences, repeating system sends as persistent sends, next to the RSpace.
/// </summary>
public class BudgetReadbackTests
{
    private const string TwoSends = "new x in { x!(1 + 2) | for (@v <- x) { x!(v) } }";

    private static MachineResult Run(string source, long steps, PrimitivePath path = PrimitivePath.Direct) =>
        RhoMachine.Run(RhoCompiler.Compile(Rholang.Compile(source)), new MachineOptions(Primitives: path, MaxSteps: steps));

    /// <summary>The reducer's state of <paramref name="source"/> once its names are fresh (every <c>New/…</c> step taken), printed.</summary>
    internal static string Initial(string source)
    {
        var s = Reducer.Initial(Rholang.Compile(source));
        while (Reducer.Step(s).FirstOrDefault(t => t.Rule.StartsWith("New/", StringComparison.Ordinal)) is { } t)
        {
            s = t.Target;
        }
        return Printer.Print(s.Residual);
    }

    [Theory]
    [InlineData(PrimitivePath.Direct)]
    [InlineData(PrimitivePath.Channel)]
    [Trait("Rule", "Mach/readback")]
    [Trait("Rule", "Sched/budget")]
    public void NoStepTaken_ResidualIsTheWholeProgram(PrimitivePath path)
    {
        var r = Run(TwoSends, 0, path);
        Assert.True(r.BudgetExhausted);
        Assert.Equal(Initial(TwoSends), r.ResidualText);
        Assert.Equal(0, r.UnreadableMachines);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [Trait("Rule", "Mach/readback")]
    public void StoppedInsideTheFirstMachine_BeforeItActs_ItReadsBackWhole(long steps)
    {
        // The send's machine computes 1 + 2 in its first four steps and acts (SEND) at the fifth.
        var r = Run(TwoSends, steps);
        Assert.True(r.BudgetExhausted);
        Assert.Equal(Initial(TwoSends), r.ResidualText);
    }

    [Theory]
    [InlineData(PrimitivePath.Direct, 4)]
    [InlineData(PrimitivePath.Channel, 4)]
    [InlineData(PrimitivePath.Channel, 5)]
    [Trait("Rule", "Mach/readback")]
    [Trait("Rule", "Prim/partition")]
    [Trait("Rule", "Prim/processor")]
    public void StoppedWithAMachineBlockedOnItsPrimitive_ItReadsBackWhole(PrimitivePath path, long steps)
    {
        // Channel path: after LOAD_LOCAL, PUSH_CONST, PUSH_CONST, ADD the machine waits for the processor; with 4
        // steps the request is pending, with 5 the request's communication has run and the answer is pending.
        var r = Run(TwoSends, steps, path);
        Assert.True(r.BudgetExhausted);
        Assert.Equal(Initial(TwoSends), r.ResidualText);
    }

    [Fact]
    [Trait("Rule", "Mach/readback")]
    public void StoppedAfterTheSend_TheDatumIsInTheResidualAndTheReceiverIsWhole()
    {
        var r = Run(TwoSends, 6); // the first machine's 6 steps: its send is in the RSpace, it has halted
        Assert.True(r.BudgetExhausted);
        Assert.Equal(Initial("new x in { x!(3) | for (@v <- x) { x!(v) } }"), r.ResidualText);
    }

    [Fact]
    [Trait("Rule", "Mach/readback")]
    [Trait("Rule", "Mach/send")]
    public void RepeatingSystemSend_ReadsBackAsAPersistentSend()
    {
        const string source = "new out(`rho:io:stdout`) in { out!!(7) }";
        var r = Run(source, 20);
        Assert.True(r.BudgetExhausted);
        Assert.NotEmpty(r.Stdout);
        Assert.Equal(Initial(source), r.ResidualText);
    }

    [Fact]
    [Trait("Rule", "Mach/readback")]
    public void HandWrittenSequenceStoppedBetweenTwoSends_IsCountedNotShown()
    {
        const string text = """
            rhoc 1 sha256 0
            process
              link 1
                process
                  sequence
                    0000 LOAD_LOCAL 0
                    0005 PUSH_CONST #0
                    0010 SEND 1
                    0015 LOAD_LOCAL 0
                    0020 PUSH_CONST #1
                    0025 SEND 1
                    0030 HALT
                    pool
                      #0 value x'0b0100000000000000'  ; 1
                      #1 value x'0b0200000000000000'  ; 2
            """;
        var code = RhoCompiler.Assemble(text);
        RhoCompiler.Verify(code);
        var r = RhoMachine.Run(code, new MachineOptions(Primitives: PrimitivePath.Direct, MaxSteps: 4));
        Assert.True(r.BudgetExhausted);
        Assert.Equal(1, r.UnreadableMachines);
        Assert.Equal(Initial("new x in { x!(1) }"), r.ResidualText);
        var whole = RhoMachine.Run(code, new MachineOptions(Primitives: PrimitivePath.Direct));
        Assert.Equal(0, whole.UnreadableMachines);
        Assert.Equal(Initial("new x in { x!(1) | x!(2) }"), whole.ResidualText);
    }

    public static TheoryData<string, long, string> StoppedRightAfterActing => new()
    {
        // LOAD_LOCAL, PUSH_CONST, SEND | HALT: the datum is in the RSpace, the machine has only HALT left.
        { "new x in { x!(3) }", 3, "new x in { x!(3) }" },
        // LOAD_LOCAL, RECEIVE | HALT: the receive waits in the RSpace.
        { "new x in { for (_ <- x) { Nil } }", 2, "new x in { for (_ <- x) { Nil } }" },
        // PUSH_CONST, MATCH, SPAWN (two sequences: a linking spawn) | HALT: both sends' machines are queued, unstarted.
        { "new x in { if (true) { x!(1) | x!(2) } }", 3, "new x in { x!(1) | x!(2) }" },
    };

    [Theory]
    [MemberData(nameof(StoppedRightAfterActing))]
    [Trait("Rule", "Mach/readback")]
    public void StoppedRightAfterActing_TheMachineIsDoneAndNotReadBackTwice(string source, long steps, string expected)
    {
        var r = Run(source, steps);
        Assert.True(r.BudgetExhausted);
        Assert.Equal(0, r.UnreadableMachines);
        Assert.Equal(Initial(expected), r.ResidualText);
    }
}
