using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Reduction;
using static Rho.Machine.Tests.Execution.HandWritten;

namespace Rho.Machine.Tests.Execution;

/// <summary>
/// JUMP_IF_FALSE and JUMP_IF_TRUE on conditions compiled code never gives them: a value that is not a Bool (compiled
/// code evaluates <c>v &amp;&amp; …</c> first, which raises) and an expression left unevaluated (pushed by QUOTE), both
/// from hand-written sequences the verifier accepts (it checks stack depths, not types).
/// </summary>
public class MachineConditionTests
{
    /// <summary>Terms (hex, spec/bytecode.md §5) that evaluate to a Bool: the Bools, <c>1 &lt; 2</c> and <c>2 &lt; 1</c>.</summary>
    private const string True = "0a01", False = "0a00", OneLtTwo = "17060b01000000000000000b0200000000000000", TwoLtOne = "17060b02000000000000000b0100000000000000";

    /// <summary><c>v; JUMP_IF_… L; "c"!(); L: HALT</c>, v pushed by <paramref name="push"/> from pool entry 0.</summary>
    private static Rho.Compiler.Bytecode.CompiledProcess Branch(string jump, string push, string entry) =>
        Sequence([$"0000 {push} #0", $"0005 {jump} @0020", "0010 PUSH_CONST #1", "0015 SEND 0", "0020 HALT"], entry, Str("c"));

    [Theory]
    [InlineData("JUMP_IF_FALSE", True, false)]
    [InlineData("JUMP_IF_FALSE", False, true)]
    [InlineData("JUMP_IF_FALSE", OneLtTwo, false)]
    [InlineData("JUMP_IF_FALSE", TwoLtOne, true)]
    [InlineData("JUMP_IF_TRUE", True, true)]
    [InlineData("JUMP_IF_TRUE", False, false)]
    [InlineData("JUMP_IF_TRUE", OneLtTwo, true)]
    [InlineData("JUMP_IF_TRUE", TwoLtOne, false)]
    [Trait("Rule", "Op/JUMP_IF_FALSE")]
    [Trait("Rule", "Op/JUMP_IF_TRUE")]
    [Trait("Rule", "Mach/op")]
    public void QuotedCondition_JumpsOnTheTruthTheEvaluatorGivesIt(string jump, string term, bool jumps)
    {
        // QUOTE of INERT #e pushes e itself: a Bool for true and false, an unevaluated comparison for 1 < 2 (which the
        // machine once met with a crash). `v && true` and `v || false` are v's truth, so both jumps read it as the
        // evaluator does.
        var r = Run(Branch(jump, "QUOTE", QuoteOfInert(term)));
        Assert.Empty(r.Errors);
        Assert.Equal(State(jumps ? "Nil" : "@\"c\"!()"), r.ResidualText);
    }

    [Theory]
    [InlineData("JUMP_IF_FALSE", "5 && true")]
    [InlineData("JUMP_IF_TRUE", "5 || false")]
    [Trait("Rule", "Op/JUMP_IF_FALSE")]
    [Trait("Rule", "Op/JUMP_IF_TRUE")]
    [Trait("Rule", "Mach/error")]
    public void NonBoolCondition_RaisesTheEvaluatorsError_AtTheJumpsPosition(string jump, string expression)
    {
        var p = WithSourceMap(Branch(jump, "PUSH_CONST", Int(5)), (0, 1, 1), (5, 2, 3), (10, 3, 1));
        var r = Run(p);
        var e = Assert.Single(r.Errors);
        var expected = Assert.Single(Assert.Single(Explorer.Explore(Rholang.Compile($"@\"c\"!({expression})")).Outcomes).Errors);
        Assert.Equal((expected.Kind, expected.Message), (e.Kind, e.Message));
        Assert.Equal(new SourcePos(2, 3), e.Pos);
        Assert.Equal(State("Nil"), r.ResidualText);
    }

    [Fact]
    [Trait("Rule", "Mach/step")]
    [Trait("Rule", "Mach/error")]
    public void Error_AtAnInstructionTheFirstSourceMapEntryCovers_CarriesThatEntrysPosition()
    {
        // The map's only entry is at the jump's offset: the first entry, found by the binary search at index 0.
        var r = Run(WithSourceMap(Branch("JUMP_IF_FALSE", "PUSH_CONST", Int(5)), (5, 4, 9)));
        Assert.Equal(new SourcePos(4, 9), Assert.Single(r.Errors).Pos);
    }
}
