using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;

namespace Rho.Compiler.Tests.Verify;

/// <summary>
/// The definitions of the hand-made malformed files in <c>Verify/Malformed/</c>: each is a
/// well-formed container around one defect (or a broken container), named for the rule it breaks.
/// The files are written from these definitions (<c>RHO_WRITE_MALFORMED=1 dotnet test --filter
/// MalformedCorpus</c>) and checked against them, so the corpus and the tests cannot drift.
/// </summary>
internal static class MalformedCorpus
{
    private static byte[] U32(int n) => BitConverter.GetBytes(n);

    private static Const V(long n) => new ValueConst(new GInt(n));

    private static byte[] File(byte[] instrs, params Const[] pool) =>
        RhoCompiler.Serialize(CompiledProcess.Of([new Code(Seq.Of(instrs), Seq.Of(pool))], []), withSourceMap: false);

    private static readonly byte[] Good = RhoCompiler.Serialize(RhoCompiler.Compile(new Send(new GInt(1), Seq<Proc>.Empty, false)), withSourceMap: false);

    /// <summary>Each file's name (without <c>.rhoc</c>) and bytes.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> All { get; } =
    [
        ("opcode-unknown", File([0xff])),
        ("opcode-truncated-operand", File([0x02, 0x00])),
        ("stack-underflow", File([0x05, 0x00])),
        ("stack-left-at-halt", File([0x01, .. U32(0), 0x00], V(1))),
        ("stack-falls-off-the-end", File([0x01, .. U32(0)], V(1))),
        ("stack-empty-code", File([])),
        ("stack-inconsistent-join", File([0x01, .. U32(0), 0x0E, .. U32(15), 0x01, .. U32(1), 0x00], new ValueConst(new GBool(true)), V(1))),
        ("target-mid-instruction", File([0x0D, .. U32(2), 0x00])),
        ("target-past-the-end", File([0x0D, .. U32(99), 0x00])),
        ("local-outside-environment", File([0x02, .. U32(0), 0x0A, 0x00])),
        ("pool-index-outside", File([0x01, .. U32(3), 0x05, 0x00])),
        ("pool-wrong-kind", File([0x01, .. U32(0), 0x05, 0x00], new MethodConst("length"))),
        ("pool-value-not-ground", File([0x01, .. U32(0), 0x05, 0x00], new ValueConst(new BoundVar(0)))),
        ("unit-arity-mismatch", File([0x0C, .. U32(0), .. U32(0), 0x00], new UnitConst(2, CompiledProcess.Empty))),
        ("quote-payload-malformed", File([0x03, .. U32(0), 0x0A, 0x00], new QuoteConst(CompiledProcess.Of([new Code(Seq.Of<byte>(0x05, 0x00), Seq<Const>.Empty)], [])))),
        ("limits-count-too-large", File([0x07, .. U32(1_000_000_000), 0x00])),
        ("container-bad-magic", [.. "XXXX"u8, .. Good[4..]]),
        ("container-bad-version", [.. Good[..4], 9, 0, .. Good[6..]]),
        ("container-hash-mismatch", [.. Good[..13], (byte)(Good[13] ^ 1), .. Good[14..]]),
        ("container-truncated", Good[..^8]),
        ("container-trailing-bytes", [.. Good, 0]),
        ("container-empty", []),
    ];
}
