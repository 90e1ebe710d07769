using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Compiler.Text;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Compiler.Tests.Text;

/// <summary>
/// The assembler's reading of the text format (spec/bytecode.md, "Text format and decompiler"):
/// what it accepts beyond the disassembler's own output, and the exact <c>line N: message</c> it
/// gives for each malformed line, at the line the user has to fix.
/// </summary>
public class TextMutAssemblerTests
{
    /// <summary>The encoding of the term <c>0</c>, as the disassembler writes it.</summary>
    private const string Zero = "x'0b0000000000000000'";

    /// <summary>A text whose one sequence holds <paramref name="lines"/> at the instruction indentation.</summary>
    private static string Sequence(params string[] lines) =>
        "rhoc 1\nprocess\n  sequence\n" + string.Concat(lines.Select(l => "    " + l + "\n"));

    /// <summary>A text whose one sequence is HALT with a pool of the given entries.</summary>
    private static string Pool(params string[] entries) =>
        Sequence(["0000 HALT", "pool", .. entries.Select(e => "  " + e)]);

    private static void Fails(string text, string message)
    {
        var e = Assert.Throws<RhoException>(() => RhoCompiler.Assemble(text));
        Assert.Equal(BytecodeErrors.Kind, e.Error.Kind);
        Assert.Equal(message, e.Error.Message);
    }

    [Fact]
    [Trait("Rule", "Law/roundtrip")]
    public void Header_TheHashIsInformationalAndCommentsAndBlankLinesAreSkipped()
    {
        Assert.True(RhoCompiler.Assemble("rhoc 1\nprocess\n").IsEmpty);
        Assert.True(RhoCompiler.Assemble("; a comment\n\nrhoc 1 sha256 00  ; any hash\n\nprocess ; the top\n").IsEmpty);
    }

    [Theory]
    [Trait("Rule", "Law/roundtrip")]
    [InlineData("rhoc\nprocess\n", 1)]
    [InlineData("rhoc 2 sha256 00\nprocess\n", 1)]
    [InlineData("rhox 1 sha256 00\nprocess\n", 1)]
    [InlineData("\n; header below\nprocess 1\nprocess\n", 3)]
    public void Header_AnythingButRhocAndTheVersionIsRejected(string text, int line) =>
        Fails(text, $"line {line}: expected the header 'rhoc 1 sha256 …'");

    [Fact]
    [Trait("Rule", "Law/roundtrip")]
    public void EndOfText_IsReportedAtTheLastLineOrLineOne()
    {
        Fails("", "line 1: expected the header 'rhoc 1 sha256 …', found the end of the text");
        Fails("; only a comment\n", "line 1: expected the header 'rhoc 1 sha256 …', found the end of the text");
        Fails("\n\nrhoc 1\n\n", "line 3: expected 'process', found the end of the text");
    }

    [Fact]
    [Trait("Rule", "Law/roundtrip")]
    public void Blocks_AreCheckedWordCountAndIndentation()
    {
        Fails("rhoc 1\n process\n", "line 2: indentation must be a multiple of two spaces");
        Fails("rhoc 1\n  process\n", "line 2: expected 'process' at indentation 0");
        Fails("rhoc 1\nsequence\n", "line 2: expected 'process'");
        Fails("rhoc 1\nprocess now\n", "line 2: expected 'process'");
        Fails("rhoc 1\nprocess\n  sequence 1\n", "line 3: expected 'sequence'");
        Fails("rhoc 1\nprocess\n  bogus\n", "line 3: expected 'sequence' or 'link', found 'bogus'");
        Fails("rhoc 1\nprocess\nprocess\n", "line 3: unexpected line after the process");
        Fails("rhoc 1\nprocess\n  link 0\n  process\n", "line 4: expected 'process' at indentation 4");
        Fails("rhoc 1\nprocess\n  sequence\n    pool 1\n", "line 4: expected 'pool'");
    }

    [Fact]
    [Trait("Rule", "Link/new")]
    public void Link_TakesACountAndQuotedUris()
    {
        Fails("rhoc 1\nprocess\n  link x\n", "line 3: expected a number, found 'x'");
        Fails("rhoc 1\nprocess\n  link\n", "line 3: expected a number, found ''");
        Fails("rhoc 1\nprocess\n  link 1 stdout\n", "line 3: expected a string, found 'stdout'");
        Fails("rhoc 1\nprocess\n  link 1 \"rho:io\n", "line 3: unterminated string");
        Fails("rhoc 1\nprocess\n  link 1 \"a\\qb\"\n", "line 3: unknown escape '\\q'");
        var c = RhoCompiler.Assemble("rhoc 1\nprocess\n  link 2 \"a\\\\b\\\"c\\nd\\re\" \"f\"\n    process\n");
        var g = Assert.Single(c.Links);
        Assert.Equal(2, g.Count);
        Assert.Equal(["a\\b\"c\nd\re", "f"], g.Uris);
        Assert.Equal([""], Assert.Single(RhoCompiler.Assemble("rhoc 1\nprocess\n  link 1 \"\"\n    process\n").Links).Uris);
    }

    [Fact]
    [Trait("Rule", "Verify/opcode")]
    public void Instruction_NeedsAnOffsetAKnownNameAndItsOperands()
    {
        Fails(Sequence("PUSH_CONST #0"), "line 4: expected 'OFFSET NAME operands'");
        Fails(Sequence("0000"), "line 4: expected 'OFFSET NAME operands'");
        Fails(Sequence("0000 BOGUS"), "line 4: unknown instruction 'BOGUS'");
        Fails(Sequence("0000 HALT 5"), "line 4: expected 1 items after '0000', found 2");
        Fails(Sequence("0000 SEND"), "line 4: expected 2 items after '0000', found 1");
        Fails(Sequence("0000 SEND x"), "line 4: expected a number, found 'x'");
        Fails(Sequence("0000 PUSH_CONST 0"), "line 4: expected '#N', found '0'");
        Fails(Sequence("0000 PUSH_CONST 00"), "line 4: expected '#N', found '00'");
        Fails(Sequence("0000 PUSH_CONST #"), "line 4: expected '#N', found '#'");
        Fails(Sequence("0000 JUMP #3"), "line 4: expected '@N', found '#3'");
    }

    [Fact]
    [Trait("Rule", "Op/RECEIVE")]
    public void Receive_TakesALowerCaseKindACountAndCountPlusOneEntries()
    {
        foreach (var kind in new[] { "Linear", "bogus", "" })
        {
            Fails(Sequence("0000 RECEIVE " + kind), "line 4: RECEIVE: expected linear, persistent or peek");
        }
        Fails(Sequence("0000 RECEIVE linear 1 #0 #1 #2"), "line 4: expected 5 items after '0000', found 6");
        Fails(Sequence("0000 RECEIVE peek 1 #0"), "line 4: expected 5 items after '0000', found 4");
        var code = Assert.Single(RhoCompiler.Assemble(Sequence("0000 RECEIVE persistent 1 #3 #4")).Sequences);
        Assert.Equal(
            [(byte)Opcode.Receive, 1, 0, 0, 0, 1, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 0],
            code.Instrs.Take(17));
    }

    [Fact]
    [Trait("Rule", "Verify/pool")]
    public void Pool_EntriesAreNumberedFromZeroAndHaveAKnownKind()
    {
        Fails(Pool($"#1 value {Zero}"), "line 6: expected pool entry #0");
        Fails(Pool("#0 bogus"), "line 6: unknown pool entry kind 'bogus'");
        Fails(Pool("#0"), "line 6: unknown pool entry kind ''");
    }

    [Theory]
    [Trait("Rule", "Verify/pool")]
    [InlineData($"#0 value {Zero} {Zero}", "expected 2 items after '#0', found 3")]
    [InlineData($"#0 inert {Zero} {Zero}", "expected 2 items after '#0', found 3")]
    [InlineData($"#0 pattern 0 {Zero} {Zero}", "expected 3 items after '#0', found 4")]
    [InlineData($"#0 bind 1 {Zero} rest {Zero} {Zero}", "expected 5 items after '#0', found 6")]
    [InlineData("#0 quote now", "expected 1 items after '#0', found 2")]
    [InlineData("#0 unit 0 now", "expected 2 items after '#0', found 3")]
    [InlineData("#0 method \"nth\" \"length\"", "expected 2 items after '#0', found 3")]
    [InlineData("#0 method nth", "expected a string, found 'nth'")]
    [InlineData("#0 pattern x " + Zero, "expected a number, found 'x'")]
    public void Pool_EachKindHasItsExactItemCount(string entry, string message) =>
        Fails(Pool(entry), "line 6: " + message);

    [Fact]
    [Trait("Rule", "Verify/pool")]
    public void Pool_BindReadsItsPatternsAndOptionalRemainder()
    {
        var withRest = RhoCompiler.Assemble(Pool($"#0 bind 2 {Zero} rest {Zero}"));
        var b = Assert.IsType<BindConst>(Assert.Single(Assert.Single(withRest.Sequences).Pool));
        Assert.Equal(2, b.FreeCount);
        Assert.Equal(new GInt(0), Assert.Single(b.Patterns));
        Assert.Equal(new GInt(0), b.Remainder);
        var plain = RhoCompiler.Assemble(Pool($"#0 bind 0 {Zero} {Zero}"));
        b = Assert.IsType<BindConst>(Assert.Single(Assert.Single(plain.Sequences).Pool));
        Assert.Equal(2, b.Patterns.Count);
        Assert.Null(b.Remainder);
    }

    [Theory]
    [Trait("Rule", "Verify/pool")]
    [InlineData("#0 bind", "expected a number, found ''")]
    [InlineData("#0 bind rest " + Zero, "expected a number, found 'rest'")]
    [InlineData("#0 bind x " + Zero, "expected a number, found 'x'")]
    public void Pool_BindWithoutItsVariableCount_IsRejectedAtItsLine(string entry, string message) =>
        Fails(Pool(entry), "line 6: " + message);

    [Theory]
    [Trait("Rule", "Verify/pool")]
    [InlineData("12", "expected a term as x'hex', found '12'")]
    [InlineData("x'", "expected a term as x'hex', found 'x''")]
    [InlineData("x'00", "expected a term as x'hex', found 'x'00'")]
    [InlineData("00'", "expected a term as x'hex', found '00''")]
    [InlineData("y'00'", "expected a term as x'hex', found 'y'00''")]
    [InlineData("x'zz'", "bad hex in term")]
    [InlineData("x'0'", "bad hex in term")]
    [InlineData("x''", "term offset 0: unexpected end of data reading a byte")]
    [InlineData("x'0b000000000000000000'", "trailing bytes after the term")]
    public void Term_IsTheHexOfOneEncodedTerm(string term, string message) =>
        Fails(Pool("#0 value " + term), "line 6: " + message);

    // The tokenizer's strings always open and close with '"' (an unclosed one is "unterminated string"), and its
    // words hold no '"'; on its own, Unquote still rejects a token that only opens or only closes, and a lone '"'.
    [Theory]
    [Trait("Rule", "Verify/pool")]
    [InlineData("\"")]
    [InlineData("\"abc")]
    [InlineData("abc\"")]
    [InlineData("a")]
    public void Unquote_RejectsATokenThatIsNotAClosedString(string token) =>
        Assert.Equal($"line 7: expected a string, found '{token}'", Assert.Throws<RhoException>(() => TextTokens.Unquote(token, 7)).Error.Message);
}
