using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Compiler.Tests.Verify;

/// <summary>
/// The verifier's exact messages and boundaries (spec/bytecode.md, "Verification"): each check
/// rejects the first value past its limit and accepts the limit itself, and names the problem.
/// Codes are verified as built (not read from a file), so offsets are instruction offsets.
/// </summary>
public class VerifyMutVerifierTests
{
    private const int Max = Verifier.MaxCount;

    private static readonly ValueConst One = new(new GInt(1));

    private static byte[] U32(long n) => BitConverter.GetBytes((uint)n);

    private static Code Code(Const[] pool, params byte[] instrs) => new(Seq.Of(instrs), Seq.Of(pool));

    private static CompiledProcess Of(params Code[] codes) => CompiledProcess.Of(codes, []);

    private static CompiledProcess Linked(LinkGroup g) => CompiledProcess.Of([], [g]);

    private static string Reject(CompiledProcess p)
    {
        var e = Assert.Throws<RhoException>(() => RhoCompiler.Verify(p));
        Assert.Equal(RhoCompiler.BytecodeErrorKind, e.Error.Kind);
        return e.Error.Message;
    }

    private static string Reject(Code c) => Reject(Of(c));

    /// <summary>A code that only halts, with <paramref name="pool"/>: the pool is checked on its own.</summary>
    private static string RejectPool(params Const[] pool) => Reject(Code(pool, 0x00));

    [Fact]
    [Trait("Rule", "Verify/limits")]
    [Trait("Rule", "Link/new")]
    public void LinkGroups_MalformedOrTooDeep_Rejected()
    {
        Assert.Equal("offset 0: link group of 0 names with 1 URIs is malformed", Reject(Linked(new LinkGroup(0, Seq.Of("rho:io:stdout"), CompiledProcess.Empty))));
        Assert.Equal($"offset 0: link group of {Max + 1} names with 0 URIs is malformed", Reject(Linked(new LinkGroup(Max + 1, Seq<string>.Empty, CompiledProcess.Empty))));
        var nested = Linked(new LinkGroup(1, Seq<string>.Empty, CompiledProcess.Empty));
        Assert.Equal($"offset 0: environment deeper than {Max}", Reject(Linked(new LinkGroup(Max, Seq<string>.Empty, nested))));
        // Read from a file, the error points at the group's first code, not at the file's start.
        var halts = Of(Code([], 0x00));
        var file = RhoCompiler.Serialize(Linked(new LinkGroup(0, Seq.Of("rho:io:stdout"), halts)), withSourceMap: false);
        var e = Assert.Throws<RhoException>(() => RhoCompiler.Load(file));
        Assert.Matches(@"^offset [1-9]\d*: link group of 0 names with 1 URIs is malformed$", e.Error.Message);
        RhoCompiler.Verify(Linked(new LinkGroup(Max, Seq<string>.Empty, CompiledProcess.Empty)));
        RhoCompiler.Verify(Linked(new LinkGroup(Max - 1, Seq<string>.Empty, nested)));
    }

    [Fact]
    [Trait("Rule", "Verify/stack")]
    [Trait("Rule", "Link/new")]
    public void LinkGroups_BodiesAreVerifiedUnderTheirNames()
    {
        var underflow = Code([], 0x05, 0x00);
        Assert.Equal("offset 0: POP: pops 1 values but the stack holds 0", Reject(Linked(new LinkGroup(1, Seq<string>.Empty, Of(underflow)))));
        var usesName = Code([], [0x02, .. U32(0), 0x0A, 0x00]);
        RhoCompiler.Verify(Linked(new LinkGroup(1, Seq<string>.Empty, Of(usesName))));
        Assert.Equal("offset 0: LOAD_LOCAL: variable 0 is outside the environment of 0", Reject(usesName));
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Count_TheLimitItselfIsACount()
    {
        Assert.Equal($"offset 5: MAKE_LIST: pops {Max} values but the stack holds 1", Reject(Code([One], [0x01, .. U32(0), 0x14, .. U32(Max), 0x0A, 0x00])));
        Assert.Equal($"offset 5: MAKE_LIST: count {Max + 1} exceeds {Max}", Reject(Code([One], [0x01, .. U32(0), 0x14, .. U32(Max + 1), 0x0A, 0x00])));
    }

    [Fact]
    [Trait("Rule", "Verify/opcode")]
    [Trait("Rule", "Op/BUNDLE")]
    [Trait("Rule", "Op/RECEIVE")]
    public void Flags_AndReceiveKinds_OutOfRangeRejected()
    {
        Assert.Equal("offset 5: BUNDLE: flags 4 are not a permission set (0..3)", Reject(Code([One], [0x01, .. U32(0), 0x10, .. U32(4), 0x0A, 0x00])));
        Assert.Equal("offset 0: RECEIVE: unknown receive kind 3", Reject(Code([], [0x09, .. U32(3), .. U32(1), .. U32(0), .. U32(1), 0x00])));
    }

    [Fact]
    [Trait("Rule", "Verify/unit")]
    [Trait("Rule", "Op/RECEIVE")]
    public void Receive_UnitArityDisagreesWithItsBinds_Rejected()
    {
        var pool = new Const[] { new BindConst(Seq.Of<Proc>(new FreeVar(0)), null, 1), new UnitConst(0, CompiledProcess.Empty) };
        Assert.Equal("offset 0: RECEIVE: body unit binds 0 variables but the binds bind 1", Reject(Code(pool, [0x09, .. U32(0), .. U32(1), .. U32(0), .. U32(1), 0x00])));
    }

    [Fact]
    [Trait("Rule", "Verify/pool")]
    public void PoolIndex_EqualToThePoolSize_IsOutside() =>
        Assert.Equal("offset 0: PUSH_CONST: pool index 1 is outside the pool of 1", Reject(Code([One], [0x01, .. U32(1), 0x0A, 0x00])));

    [Fact]
    [Trait("Rule", "Verify/opcode")]
    public void Operands_AboveInt32MaxAreTooLarge()
    {
        Assert.Equal("offset 0: PUSH_CONST: pool index 2147483647 is outside the pool of 0", Reject(Code([], [0x01, .. U32(int.MaxValue), 0x0A, 0x00])));
        Assert.Equal("offset 0: PUSH_CONST: operand 2147483648 is too large", Reject(Code([], [0x01, .. U32(1L << 31), 0x0A, 0x00])));
    }

    [Fact]
    [Trait("Rule", "Verify/opcode")]
    [Trait("Rule", "Op/RECEIVE")]
    public void Receive_BindCountOutside1ToMaxJoin_Rejected()
    {
        static byte[] Receive(int n) => [0x09, .. U32(0), .. U32(n), .. Enumerable.Repeat(U32(0), n + 1).SelectMany(b => b), 0x00];
        Assert.Equal("offset 0: RECEIVE: bind count 0 is outside 1..65536", Reject(Code([], Receive(0))));
        Assert.Equal("offset 0: RECEIVE: bind count 65537 is outside 1..65536", Reject(Code([], Receive(Decoder.MaxJoin + 1))));
        Assert.Equal("offset 0: RECEIVE: pool index 0 is outside the pool of 0", Reject(Code([], Receive(Decoder.MaxJoin))));
    }

    [Fact]
    [Trait("Rule", "Verify/opcode")]
    public void Decode_InstructionLengthsAreTheirOwnBytes()
    {
        var ins = Decoder.Decode(Code([One], [0x01, .. U32(0), 0x0A, 0x09, .. U32(0), .. U32(2), .. U32(0), .. U32(0), .. U32(0), 0x00]));
        Assert.Equal([0, 5, 6, 27], ins.Select(i => i.Offset));
        Assert.Equal([5, 1, 21, 1], ins.Select(i => i.Length));
    }

    [Fact]
    [Trait("Rule", "Verify/pool")]
    public void Pool_EntriesCheckedOnTheirOwn()
    {
        Assert.Equal("offset 1: pool entry #0: empty method name", RejectPool(new MethodConst("")));
        Assert.Equal("offset 1: pool entry #0: unknown pool entry", RejectPool(new ForeignConst()));
        Assert.Equal($"offset 1: pool entry #0: environment deeper than {Max}", RejectPool(new UnitConst(Max + 1, CompiledProcess.Empty)));
        RhoCompiler.Verify(Of(Code([new MethodConst("length"), new UnitConst(Max, CompiledProcess.Empty)], 0x00)));
    }

    [Fact]
    [Trait("Rule", "Verify/local")]
    public void InertTerms_FreeVariablesOutsideTheEnvironment_Rejected()
    {
        Assert.Equal("offset 1: pool entry #0: variable 0 is outside the environment of 0", RejectPool(new InertConst(new BoundVar(0))));
        Assert.Equal("offset 1: pool entry #0: variable 0 is outside the environment of 0", RejectPool(new InertConst(new VarRef(0))));
        Assert.Equal("offset 1: pool entry #0: variable 0 is outside the environment of 0", RejectPool(new InertConst(new Send(new GInt(1), Seq.Of<Proc>(new BoundVar(0)), false))));
        // Under `new x`, index 1 is the environment's variable 0.
        Assert.Equal("offset 1: pool entry #0: variable 0 is outside the environment of 0", RejectPool(new InertConst(new New(1, Seq<string>.Empty, new Send(new BoundVar(1), Seq<Proc>.Empty, false)))));
        Assert.Equal("offset 1: pool entry #0: variable 2 is outside the environment of 1", Reject(Linked(new LinkGroup(1, Seq<string>.Empty, Of(Code([new InertConst(new BoundVar(2))], 0x00))))));
        Assert.Equal("offset 1: pool entry #0: variable 0 is outside the environment of 0", RejectPool(new InertConst(new New(1, Seq<string>.Empty, new VarRef(1)))));
        RhoCompiler.Verify(Of(Code([new InertConst(new New(1, Seq<string>.Empty, new Send(new BoundVar(0), Seq<Proc>.Empty, false)))], 0x00)));
        RhoCompiler.Verify(Of(Code([new InertConst(new New(2, Seq<string>.Empty, new VarRef(1)))], 0x00)));
    }

    [Fact]
    [Trait("Rule", "Verify/pool")]
    [Trait("Rule", "Verify/local")]
    public void Patterns_ScopeIsCheckedBeforeTheirVariables()
    {
        Assert.Equal("offset 1: pool entry #0: pattern variables exceed the declared 0", RejectPool(new PatternConst(new FreeVar(0), 0)));
        Assert.Equal("offset 1: pool entry #0: variable 0 is outside the environment of 0", RejectPool(new PatternConst(new BoundVar(0), 0)));
        Assert.Equal("offset 1: pool entry #0: variable 0 is outside the environment of 0", RejectPool(new PatternConst(new Send(new BoundVar(0), Seq.Of<Proc>(new FreeVar(0)), false), 0)));
        Assert.Equal($"offset 1: pool entry #0: pattern variables exceed the declared {Max + 1}", RejectPool(new PatternConst(new GInt(1), Max + 1)));
        RhoCompiler.Verify(Of(Code([new PatternConst(new GInt(1), Max)], 0x00)));
    }

    [Fact]
    [Trait("Rule", "Verify/pool")]
    [Trait("Rule", "Verify/local")]
    public void Binds_EachPatternThenTheRemainder()
    {
        static BindConst Bind(Proc? remainder, int free, params Proc[] patterns) => new(Seq.Of(patterns), remainder, free);
        var bad = new Send(new BoundVar(0), Seq.Of<Proc>(new FreeVar(0)), false);
        Assert.Equal("offset 1: pool entry #0: pattern variables exceed the declared 0", RejectPool(Bind(null, 0, new FreeVar(0))));
        Assert.Equal("offset 1: pool entry #0: variable 0 is outside the environment of 0", RejectPool(Bind(null, 0, new BoundVar(0))));
        Assert.Equal("offset 1: pool entry #0: variable 0 is outside the environment of 0", RejectPool(Bind(null, 0, bad)));
        Assert.Equal("offset 1: pool entry #0: variable 3 is outside the environment of 0", RejectPool(Bind(new BoundVar(3), 0, new GInt(1))));
        Assert.Equal("offset 1: pool entry #0: variable 2 is outside the environment of 0", RejectPool(Bind(new BoundVar(5), 0, new BoundVar(2))));
        RhoCompiler.Verify(Of(Code([Bind(new FreeVar(1), 2, new FreeVar(0))], 0x00)));
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    [Trait("Rule", "Op/MATCH")]
    public void StackDepth_TheLimitItselfIsAllowed()
    {
        // PUSH_CONST #0; MATCH #1 @24; SPAWN #2 n; HALT; 24: POP; HALT — MATCH pushes the pattern's n variables.
        static Code Deep(int n) => Code(
            [One, new PatternConst(new GInt(1), n), new UnitConst(Max, CompiledProcess.Empty)],
            [0x01, .. U32(0), 0x0B, .. U32(1), .. U32(24), 0x0C, .. U32(2), .. U32(Max), 0x00, 0x05, 0x00]);
        RhoCompiler.Verify(Of(Deep(Max)));
        Assert.Equal($"offset 5: stack deeper than {Max}", Reject(Deep(Max + 1)));
    }

    [Fact]
    [Trait("Rule", "Verify/stack")]
    [Trait("Rule", "Op/JUMP")]
    [Trait("Rule", "Op/MATCH")]
    public void Stack_EveryBranchIsFollowed()
    {
        Assert.Equal("offset 5: POP: pops 1 values but the stack holds 0", Reject(Code([], [0x0D, .. U32(5), 0x05, 0x00])));
        var failPath = Code([One, new PatternConst(new GInt(1), 0), new UnitConst(0, CompiledProcess.Empty)], [0x01, .. U32(0), 0x0B, .. U32(1), .. U32(24), 0x0C, .. U32(2), .. U32(0), 0x00, 0x00]);
        Assert.Equal("offset 24: HALT: 1 values left on the stack", Reject(failPath));
        var successPath = Code([One, new PatternConst(new GInt(1), 1)], [0x01, .. U32(0), 0x0B, .. U32(1), .. U32(15), 0x00, 0x05, 0x00]);
        Assert.Equal("offset 14: HALT: 1 values left on the stack", Reject(successPath));
    }

    [Fact]
    [Trait("Rule", "Law/verify")]
    [Trait("Rule", "Law/roundtrip")]
    public void VerifyAndDecompile_RunTheVerifierFirst()
    {
        var underflow = Of(Code([], 0x05, 0x00));
        Assert.Equal("offset 0: POP: pops 1 values but the stack holds 0", Reject(underflow));
        var e = Assert.Throws<RhoException>(() => RhoCompiler.Decompile(underflow));
        Assert.Equal("offset 0: POP: pops 1 values but the stack holds 0", e.Error.Message);
    }

    /// <summary>A pool entry kind the verifier does not know (Const is open to other assemblies).</summary>
    private sealed record ForeignConst : Const;
}
