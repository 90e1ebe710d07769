using Rho.Compiler.Bytecode;
using Rho.Laws.Generators;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Compiler.Tests.Verify;

/// <summary>The verifier on hand-made malformed files and on random mutations (spec/bytecode.md, "Verification").</summary>
public class VerifierTests
{
    private static Code Code(params byte[] instrs) => new(Seq.Of(instrs), Seq<Const>.Empty);

    private static Code Code(Const[] pool, params byte[] instrs) => new(Seq.Of(instrs), Seq.Of(pool));

    private static byte[] U32(int n) => BitConverter.GetBytes(n);

    private static string Reject(Code c)
    {
        var file = RhoCompiler.Serialize(CompiledProcess.Of([c], []), withSourceMap: false);
        var e = Assert.Throws<RhoException>(() => RhoCompiler.Load(file));
        Assert.Equal(RhoCompiler.BytecodeErrorKind, e.Error.Kind);
        Assert.Matches(@"^x\.rhoc: error: offset \d+: ", e.Error.Format("x.rhoc"));
        return e.Error.Message;
    }

    [Fact]
    [Trait("Rule", "Verify/opcode")]
    public void Opcode_UnknownOrTruncated_Rejected()
    {
        Assert.Contains("unknown opcode 0xff", Reject(Code(0xff)), StringComparison.Ordinal);
        Assert.Contains("operands run past the end", Reject(Code(0x02, 0x00)), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Verify/stack")]
    public void Stack_UnderflowLeftoverAndFallingOff_Rejected()
    {
        Assert.Contains("POP: pops 1 values but the stack holds 0", Reject(Code(0x05, 0x00)), StringComparison.Ordinal);
        Assert.Contains("HALT: 1 values left", Reject(Code([new ValueConst(new GInt(1))], [0x01, .. U32(0), 0x00])), StringComparison.Ordinal);
        Assert.Contains("PUSH_CONST: execution runs past the end", Reject(Code([new ValueConst(new GInt(1))], [0x01, .. U32(0)])), StringComparison.Ordinal);
        Assert.Contains("empty code", Reject(Code()), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Verify/stack")]
    public void Stack_InconsistentDepthAtJoin_Rejected()
    {
        // PUSH true; JUMP_IF_FALSE L; PUSH 1; L: HALT — the two paths reach L with depths 0 and 1.
        var pool = new Const[] { new ValueConst(new GBool(true)), new ValueConst(new GInt(1)) };
        byte[] code = [0x01, .. U32(0), 0x0E, .. U32(15), 0x01, .. U32(1), 0x00];
        Assert.Contains("stack depth 1 on one path and 0 on another", Reject(Code(pool, code)), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Verify/target")]
    [Trait("Rule", "Op/JUMP")]
    public void Target_IntoTheMiddleOfAnInstruction_Rejected() =>
        Assert.Contains("jump target 2 is not the start", Reject(Code([0x0D, .. U32(2), 0x00])), StringComparison.Ordinal);

    [Fact]
    [Trait("Rule", "Verify/local")]
    public void Local_OutsideTheEnvironment_Rejected() =>
        Assert.Contains("variable 0 is outside the environment of 0", Reject(Code([0x02, .. U32(0), 0x0A, 0x00])), StringComparison.Ordinal);

    [Fact]
    [Trait("Rule", "Verify/pool")]
    public void Pool_MissingOrWrongKind_Rejected()
    {
        Assert.Contains("pool index 3 is outside the pool of 0", Reject(Code([0x01, .. U32(3), 0x05, 0x00])), StringComparison.Ordinal);
        var pool = new Const[] { new MethodConst("length") };
        Assert.Contains("pool entry #0 is a method, expected a value", Reject(Code(pool, [0x01, .. U32(0), 0x05, 0x00])), StringComparison.Ordinal);
        Assert.Contains("a value entry must be a ground value", Reject(Code([new ValueConst(new BoundVar(0))], [0x01, .. U32(0), 0x05, 0x00])), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Verify/unit")]
    public void Unit_ArityDisagreesWithSpawn_Rejected()
    {
        var pool = new Const[] { new UnitConst(2, CompiledProcess.Empty) };
        Assert.Contains("SPAWN: unit binds 2 variables but 0 are given", Reject(Code(pool, [0x0C, .. U32(0), .. U32(0), 0x00])), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Verify/quote")]
    public void Quote_MalformedPayload_Rejected()
    {
        var bad = CompiledProcess.Of([Code(0x05, 0x00)], []);
        var pool = new Const[] { new QuoteConst(bad) };
        Assert.Contains("POP: pops 1 values", Reject(Code(pool, [0x03, .. U32(0), 0x0A, 0x00])), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Verify/limits")]
    public void Limits_ContainerProblems_Rejected()
    {
        var good = RhoCompiler.Serialize(RhoCompiler.Compile(new Send(new GInt(1), Seq<Proc>.Empty, false)));
        string Msg(byte[] f) => Assert.Throws<RhoException>(() => RhoCompiler.Load(f)).Error.Message;
        Assert.Equal("offset 0: not a compiled Rho file (bad magic; expected \"RHOC\")", Msg([.. "XXXX"u8, .. good[4..]]));
        Assert.Contains("unsupported version", Msg([.. good[..4], 9, 0, .. good[6..]]), StringComparison.Ordinal);
        Assert.Contains("content hash does not match", Msg([.. good[..13], (byte)(good[13] ^ 1), .. good[14..]]), StringComparison.Ordinal);
        Assert.Contains("unexpected end", Msg(good[..^40]), StringComparison.Ordinal);
        Assert.Contains("count 1000000000 exceeds", Reject(Code([0x07, .. U32(1_000_000_000), 0x00])), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Law/verify")]
    public void Verify_RandomBytesAndMutations_RejectedOrVerifiedNeverAnEscapingException()
    {
        var rng = new Random((int)Props.Seed);
        var accepted = 0;
        for (var round = 0; round < Props.Tests(300); round++)
        {
            var choices = Enumerable.Range(0, rng.Next(40)).Select(_ => rng.Next(12)).ToArray();
            var file = RhoCompiler.Serialize(RhoCompiler.Compile(CoreGen.Build(choices)), withSourceMap: rng.Next(2) == 0);
            var mutated = round % 10 == 0 ? RandomBytes(rng) : BytecodeMutations.Mutate(file, rng);
            try
            {
                var p = RhoCompiler.Load(mutated);
                accepted++;
                try
                {
                    _ = RhoCompiler.Decompile(p);
                }
                catch (RhoException e) when (e.Error.Kind == RhoCompiler.BytecodeErrorKind)
                {
                    // Verified code the decompiler does not recognize is rejected, not crashed on.
                }
            }
            catch (RhoException e) when (e.Error.Kind == RhoCompiler.BytecodeErrorKind)
            {
                Assert.StartsWith("offset ", e.Error.Message, StringComparison.Ordinal);
            }
        }
        Assert.True(accepted > 0, "no mutation verified: the fuzzing only exercised the rejecting paths");
    }

    private static byte[] RandomBytes(Random rng)
    {
        var b = new byte[rng.Next(64)];
        rng.NextBytes(b);
        return rng.Next(2) == 0 && b.Length >= 4 ? [.. "RHOC"u8, .. b] : b;
    }
}
