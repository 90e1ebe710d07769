using Rho.Compiler.Bytecode;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;

namespace Rho.Compiler.Tests.Compile;

/// <summary>The clauses of [| · |] on named examples (spec/bytecode.md, "Compilation").</summary>
public class CompilerTests
{
    private static readonly GInt Zero = new(0);

    private static Send Out(params Proc[] args) => new(Zero, Seq.Of(args), false);

    private static string Disasm(Proc p) => RhoCompiler.Disassemble(RhoCompiler.Compile(p));

    /// <summary>
    /// One program that uses every construct: every opcode the compiler emits appears in its code,
    /// and the code verifies, decompiles to a congruent process and round-trips through text.
    /// </summary>
    [Fact]
    [Trait("Rule", "Op/HALT")]
    [Trait("Rule", "Op/PUSH_CONST")]
    [Trait("Rule", "Op/LOAD_LOCAL")]
    [Trait("Rule", "Op/QUOTE")]
    [Trait("Rule", "Op/INERT")]
    [Trait("Rule", "Op/POP")]
    [Trait("Rule", "Op/DUP")]
    [Trait("Rule", "Op/SEND")]
    [Trait("Rule", "Op/SEND_PERSISTENT")]
    [Trait("Rule", "Op/RECEIVE")]
    [Trait("Rule", "Op/EVAL")]
    [Trait("Rule", "Op/MATCH")]
    [Trait("Rule", "Op/SPAWN")]
    [Trait("Rule", "Op/JUMP_IF_FALSE")]
    [Trait("Rule", "Op/JUMP_IF_TRUE")]
    [Trait("Rule", "Op/BUNDLE")]
    [Trait("Rule", "Op/PAR")]
    [Trait("Rule", "Op/MATCHES")]
    [Trait("Rule", "Op/METHOD")]
    [Trait("Rule", "Op/MAKE_LIST")]
    [Trait("Rule", "Op/MAKE_TUPLE")]
    [Trait("Rule", "Op/MAKE_SET")]
    [Trait("Rule", "Op/MAKE_MAP")]
    [Trait("Rule", "Op/NOT")]
    [Trait("Rule", "Op/NEG")]
    [Trait("Rule", "Op/OR")]
    [Trait("Rule", "Op/SHORT_OR")]
    [Trait("Rule", "Op/AND")]
    [Trait("Rule", "Op/SHORT_AND")]
    [Trait("Rule", "Op/EQ")]
    [Trait("Rule", "Op/NEQ")]
    [Trait("Rule", "Op/LT")]
    [Trait("Rule", "Op/LTE")]
    [Trait("Rule", "Op/GT")]
    [Trait("Rule", "Op/GTE")]
    [Trait("Rule", "Op/ADD")]
    [Trait("Rule", "Op/SUB")]
    [Trait("Rule", "Op/CONCAT")]
    [Trait("Rule", "Op/DIFF")]
    [Trait("Rule", "Op/MUL")]
    [Trait("Rule", "Op/DIV")]
    [Trait("Rule", "Op/MOD")]
    [Trait("Rule", "Op/INTERPOLATE")]
    public void Instructions_EveryConstruct_EmitsItsOpcodeAndRoundTrips()
    {
        var x = new BoundVar(0);
        var exprs = new List<Proc>
        {
            new EUnary(UnaryOp.Not, x), new EUnary(UnaryOp.Neg, x), new EMatches(x, new ConnType(SimpleType.Int)),
            new EMethod("nth", new EList(Seq.Of<Proc>(x), null), Seq.Of<Proc>(Zero)),
            new ETuple(Seq.Of<Proc>(x)), new ESet(Seq.Of<Proc>(x), null), new EMap(Seq.Of(new KeyValue(x, x)), null),
            new Par(Seq.Of<Proc>(x, new Send(x, Seq<Proc>.Empty, false))),
        };
        exprs.AddRange(Enum.GetValues<BinaryOp>().Select(op => new EBinary(op, x, new GInt(2))));
        var body = new Par(Seq.Of<Proc>(
            Out([.. exprs]),
            new Send(x, Seq<Proc>.Empty, true),
            x,
            new Bundle(x, true, false),
            new Match(x, Seq.Of(new MatchCase(new GInt(1), Out(), 0), new MatchCase(new FreeVar(0), Out(new BoundVar(0)), 1))),
            new EBinary(BinaryOp.Add, Zero, Zero)));
        var p = new Receive(Seq.Of(new ReceiveBind(Seq.Of<Proc>(new FreeVar(0)), Zero, null, 1)), body, ReceiveKind.Linear, 1);
        var c = RhoCompiler.Compile(p);
        var text = RhoCompiler.Disassemble(c);
        foreach (var info in OpInfo.All.Where(i => i.Op != Opcode.Jump))
        {
            Assert.Contains(" " + info.Name + (info.Operands.Count == 0 ? "\n" : " "), text, StringComparison.Ordinal);
        }
        RhoCompiler.Verify(c);
        Assert.Equal(Canon.Of(p), Canon.Of(RhoCompiler.Decompile(c)));
        Assert.Equal(c, RhoCompiler.Assemble(text));
    }

    [Fact]
    [Trait("Rule", "Compile/par")]
    [Trait("Rule", "Compile/nil")]
    public void Par_ComponentsAreSequencesAndNilIsEmpty()
    {
        var c = RhoCompiler.Compile(new Par(Seq.Of<Proc>(Out(new GInt(1)), Nil.Instance, Out(new GInt(2)))));
        Assert.Equal(2, c.Sequences.Count);
        Assert.True(RhoCompiler.Compile(Nil.Instance).IsEmpty);
    }

    [Fact]
    [Trait("Rule", "Compile/new")]
    [Trait("Rule", "Link/new")]
    public void New_TopLevelNewIsALinkGroupSharedByItsSequences()
    {
        var p = new New(2, Seq.Of("rho:io:stdout"), new Par(Seq.Of<Proc>(
            new Send(new BoundVar(1), Seq.Of<Proc>(new GInt(1)), false),
            new Send(new BoundVar(0), Seq.Of<Proc>(new BoundVar(1)), false))));
        var c = RhoCompiler.Compile(p);
        var g = Assert.Single(c.Links);
        Assert.Equal(2, g.Count);
        Assert.Equal("rho:io:stdout", Assert.Single(g.Uris));
        Assert.Equal(2, g.Body.Sequences.Count);
        Assert.Contains("link 2 \"rho:io:stdout\"", RhoCompiler.Disassemble(c), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Compile/send")]
    [Trait("Rule", "Compile/value")]
    public void Send_ChannelAndArgumentsEvaluatedThenSent() =>
        Assert.Matches(@"(?s)PUSH_CONST #0.*PUSH_CONST #1.*PUSH_CONST #2.*ADD.*SEND 1.*HALT", Disasm(Out(new EBinary(BinaryOp.Add, new GInt(1), new GInt(2)))));

    [Fact]
    [Trait("Rule", "Compile/receive")]
    public void Receive_JoinHasOneBindPerChannelAndAUnitBindingAllVariables()
    {
        var binds = Seq.Of(
            new ReceiveBind(Seq.Of<Proc>(new FreeVar(0)), new GInt(1), null, 1),
            new ReceiveBind(Seq.Of<Proc>(new FreeVar(0), new FreeVar(1)), new GInt(2), null, 2));
        var text = Disasm(new Receive(binds, Out(new BoundVar(2)), ReceiveKind.Peek, 3));
        Assert.Contains("RECEIVE peek 2 #", text, StringComparison.Ordinal);
        Assert.Contains("unit 3", text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Compile/match")]
    public void Match_CasesAreMatchSpawnHaltChainsEndingInPop()
    {
        var text = Disasm(new Match(new GInt(1), Seq.Of(new MatchCase(new GInt(2), Out(), 0), new MatchCase(Wildcard.Instance, Out(new GInt(3)), 0))));
        Assert.Matches(@"(?s)MATCH #\d+ @\d+.*SPAWN #\d+ 0.*HALT.*MATCH.*SPAWN.*HALT.*POP.*HALT", text);
    }

    [Fact]
    [Trait("Rule", "Compile/bundle")]
    [Trait("Rule", "Compile/eval")]
    [Trait("Rule", "Compile/method")]
    [Trait("Rule", "Compile/inert")]
    public void ProcessPosition_BundleEvalMethodAndInertData()
    {
        Assert.Matches(@"(?s)QUOTE #0.*BUNDLE 2.*EVAL", Disasm(new Bundle(Out(), false, true)));
        var inert = Disasm(new EBinary(BinaryOp.Div, new GInt(1), Zero));
        Assert.Contains("INERT #0", inert, StringComparison.Ordinal);
        Assert.DoesNotContain("DIV", inert, StringComparison.Ordinal);
        Assert.Matches(@"(?s)METHOD #\d+ 0.*EVAL", Disasm(new EMethod("toList", new ESet(Seq<Proc>.Empty, null), Seq<Proc>.Empty)));
    }

    [Fact]
    [Trait("Rule", "Compile/quote")]
    [Trait("Rule", "Compile/value-par")]
    public void ValuePosition_ProcessesAreQuotedAndMixedParsComposed()
    {
        Assert.Contains("QUOTE #1", Disasm(Out(Out())), StringComparison.Ordinal);
        Assert.Contains("PAR 2", Disasm(Out(new Par(Seq.Of<Proc>(new EBinary(BinaryOp.Add, Zero, Zero), Out())))), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Compile/short-circuit")]
    public void ShortCircuit_RightOperandSkippedWhenLeftDecides() =>
        Assert.Matches(@"(?s)DUP.*JUMP_IF_FALSE @\d+.*SHORT_AND", Disasm(Out(new EBinary(BinaryOp.ShortAnd, new GBool(false), new GBool(true)))));

    /// <summary>
    /// Code the compiler builds comes from no file: its provenance says so with the file offset -1
    /// (CodeMeta.FileOffset), which the optimizer keeps; code read from a file has its real offset.
    /// </summary>
    [Fact]
    [Trait("Rule", "Law/roundtrip")]
    public void CompiledCode_ComesFromNoFile_ItsFileOffsetIsMinusOne()
    {
        var compiled = RhoCompiler.Compile(Out(Zero));
        Assert.Equal(-1, Assert.Single(compiled.Sequences).Meta.FileOffset);
        Assert.Equal(-1, Assert.Single(RhoCompiler.Optimize(compiled).Sequences).Meta.FileOffset);
        var loaded = RhoCompiler.Load(RhoCompiler.Serialize(compiled, withSourceMap: false));
        Assert.True(Assert.Single(loaded.Sequences).Meta.FileOffset > 0);
    }
}
