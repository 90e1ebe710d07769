using Rho.Compiler.Bytecode;
using Rho.Compiler.Text;
using Rho.Semantics;
using Rho.Semantics.Core;

namespace Rho.Compiler.Tests.Text;

/// <summary>
/// The exact text the disassembler writes (spec/bytecode.md, "Text format and decompiler"):
/// four-digit offsets and targets, a <c>pool</c> block only when there is a pool, each term as
/// hex followed by its readable comment, and quoted strings with their escapes.
/// </summary>
public class TextMutDisassemblerTests
{
    /// <summary>The text of <paramref name="c"/> after its header line, whose form is checked.</summary>
    private static string Body(CompiledProcess c)
    {
        var text = RhoCompiler.Disassemble(c);
        var header = text[..text.IndexOf('\n', StringComparison.Ordinal)];
        Assert.Matches("^rhoc 1 sha256 [0-9a-f]{64}$", header);
        Assert.Equal(c, RhoCompiler.Assemble(text));
        return text[(header.Length + 1)..];
    }

    private static string Body(string source) => Body(RhoCompiler.Compile(Rholang.Compile(source)));

    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));

    [Fact]
    [Trait("Rule", "Law/roundtrip")]
    [Trait("Rule", "Op/SEND")]
    public void Send_OffsetsAreFourDigitsAndValuesCarryTheirComment() =>
        Assert.Equal(
            Lines(
                "process",
                "  sequence",
                "    0000 PUSH_CONST #0",
                "    0005 PUSH_CONST #1",
                "    0010 SEND 1",
                "    0015 HALT",
                "    pool",
                "      #0 value x'0b0000000000000000'  ; 0",
                "      #1 value x'0b0100000000000000'  ; 1"),
            Body("@0!(1)"));

    [Fact]
    [Trait("Rule", "Law/roundtrip")]
    [Trait("Rule", "Op/MATCH")]
    public void Match_TargetsAreFourDigitOffsets() =>
        Assert.Equal(
            Lines(
                "process",
                "  sequence",
                "    0000 PUSH_CONST #0",
                "    0005 MATCH #1 @0024",
                "    0014 SPAWN #2 0",
                "    0023 HALT",
                "    0024 POP",
                "    0025 HALT",
                "    pool",
                "      #0 value x'0b0100000000000000'  ; 1",
                "      #1 pattern 0 x'0b0200000000000000'  ; 2",
                "      #2 unit 0",
                "        process"),
            Body("match 1 { 2 => Nil }"));

    [Fact]
    [Trait("Rule", "Law/roundtrip")]
    [Trait("Rule", "Op/RECEIVE")]
    public void Receive_BindsShowTheirPatternsAndRemainder() =>
        Assert.Equal(
            Lines(
                "process",
                "  sequence",
                "    0000 PUSH_CONST #0",
                "    0005 RECEIVE linear 1 #1 #2",
                "    0022 HALT",
                "    pool",
                "      #0 value x'0b0000000000000000'  ; 0",
                "      #1 bind 2 x'12010000000801000000010800000000'  ; [$1 ...$0]",
                "      #2 unit 2",
                "        process"),
            Body("for (@[a ...r] <- @0) { Nil }"));

    [Fact]
    [Trait("Rule", "Law/roundtrip")]
    [Trait("Rule", "Op/RECEIVE")]
    public void Receive_ABindOfSeveralPatternsListsThemAllInItsComment() =>
        Assert.Contains("  ; $0, $1\n", Body("for (@a, @b <- @0) { Nil }"), StringComparison.Ordinal);

    [Fact]
    [Trait("Rule", "Law/roundtrip")]
    public void Code_WithoutAPoolHasNoPoolBlock()
    {
        var halt = new Code(Seq.Of((byte)Opcode.Halt), Seq<Const>.Empty);
        Assert.Equal(Lines("process", "  sequence", "    0000 HALT"), Body(CompiledProcess.Of([halt], [])));
    }

    [Fact]
    [Trait("Rule", "Law/roundtrip")]
    [Trait("Rule", "Link/new")]
    public void Link_UrisAreQuotedWithEscapes()
    {
        var uri = "a\\b\"c\nd\re";
        Assert.Equal("\"a\\\\b\\\"c\\nd\\re\"", Disassembler.Quote(uri));
        var p = new New(1, Seq.Of(uri), new Send(new BoundVar(0), Seq<Proc>.Empty, false));
        Assert.StartsWith(Lines("process", "  link 1 \"a\\\\b\\\"c\\nd\\re\"", "    process"), Body(RhoCompiler.Compile(p)), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Law/roundtrip")]
    public void Comment_StaysOnOneLineWhenTheTermHasANewline()
    {
        var p = new Send(new GInt(0), Seq.Of<Proc>(new GUri("a\nb")), false);
        Assert.Contains("  ; `a b`\n", Body(RhoCompiler.Compile(p)), StringComparison.Ordinal);
    }
}
