using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Compiler.Compile;
using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Mutation;

namespace Rho.Compiler.Tests.Compile;

/// <summary>
/// The compiled-process multiset, the opcode table, pattern-variable counts and the source map
/// (spec/bytecode.md, "Compiled processes", "Instruction set", "Compilation").
/// </summary>
public class VerifyMutBytecodeTests
{
    private static readonly Code Halt = new(Seq.Of<byte>(0x00), Seq<Const>.Empty);

    private static readonly Code Sends = RhoCompiler.Compile(new Send(new GInt(1), Seq<Proc>.Empty, false)).Sequences.Single();

    private static bool Ascending(IEnumerable<byte[]> encodings) =>
        encodings.Zip(encodings.Skip(1)).All(p => ByteOrder.Instance.Compare(p.First, p.Second) < 0);

    [Fact]
    [Trait("Rule", "Law/par")]
    public void Of_SortsSequencesAndLinkGroupsByEncoding()
    {
        var groups = new[] { new LinkGroup(2, Seq<string>.Empty, CompiledProcess.Empty), new LinkGroup(1, Seq<string>.Empty, CompiledProcess.Empty) };
        var a = CompiledProcess.Of([Sends, Halt], groups);
        var b = CompiledProcess.Of([Halt, Sends], groups.Reverse());
        Assert.Equal(a, b);
        Assert.True(Ascending(a.Sequences.Select(Codec.Encode)));
        Assert.True(Ascending(a.Links.Select(Codec.Encode)));
        Assert.Equal(a, CompiledProcess.Of([Sends], [groups[0]]).Union(CompiledProcess.Of([Halt], [groups[1]])));
        Assert.Throws<ArgumentNullException>(() => a.Union(null!));
    }

    [Fact]
    [Trait("Rule", "Law/par")]
    public void ParOrderDependentMutant_KeepsTheOrderGiven()
    {
        using (Mutants.Enable(Mutant.ParOrderDependent))
        {
            Assert.Equal([Sends, Halt], CompiledProcess.Of([Sends, Halt], []).Sequences);
            Assert.Equal([Halt, Sends], CompiledProcess.Of([Halt, Sends], []).Sequences);
        }
    }

    [Fact]
    [Trait("Rule", "Law/par")]
    public void ByteOrder_NullFirstThenShorterPrefixFirst()
    {
        Assert.True(ByteOrder.Instance.Compare(null, []) < 0);
        Assert.True(ByteOrder.Instance.Compare([], null) > 0);
        Assert.Equal(0, ByteOrder.Instance.Compare(null, null));
        Assert.True(ByteOrder.Instance.Compare([1], [1, 0]) < 0);
        Assert.True(ByteOrder.Instance.Compare([2], [1, 0]) > 0);
    }

    [Fact]
    [Trait("Rule", "Law/par")]
    public void CodeMeta_NeverDistinguishesCode()
    {
        var a = new CodeMeta(Seq<SourceMapEntry>.Empty, 5);
        var b = new CodeMeta(Seq.Of(new SourceMapEntry(0, SourcePos.None)), -1);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(Halt with { Meta = a }, Halt with { Meta = b });
    }

    [Fact]
    [Trait("Rule", "Op/HALT")]
    public void OpInfo_IdsAndTableOrder()
    {
        Assert.Equal("Op/HALT", OpInfo.Of(Opcode.Halt).Id);
        Assert.Equal("Op/PUSH_CONST", OpInfo.Of(Opcode.PushConst).Id);
        var ops = OpInfo.All.Select(i => (byte)i.Op).ToList();
        Assert.Equal(ops.Order(), ops);
        Assert.Equal(Opcode.Halt, OpInfo.All.First().Op);
    }

    [Fact]
    [Trait("Rule", "Verify/pool")]
    public void PatternVars_CountsTheHighestLevelPlusOne()
    {
        static Proc V(int level) => new FreeVar(level);
        static ReceiveBind From(Proc source) => new(Seq.Of<Proc>(Wildcard.Instance), source, null, 0);
        Assert.Equal(3, PatternVars.Count(new Receive(Seq.Of(From(V(0)), From(V(2))), Nil.Instance, ReceiveKind.Linear, 0)));
        Assert.Equal(2, PatternVars.Count(new Receive(Seq.Of(From(new GInt(1))), V(1), ReceiveKind.Linear, 0)));
        Assert.Equal(0, PatternVars.Count(new Receive(Seq<ReceiveBind>.Empty, Nil.Instance, ReceiveKind.Linear, 0)));
        Assert.Equal(4, PatternVars.Count(new Match(V(0), Seq.Of(new MatchCase(Wildcard.Instance, V(3), 0), new MatchCase(Wildcard.Instance, Nil.Instance, 0)))));
        Assert.Equal(3, PatternVars.Count(new Match(V(2), Seq.Of(new MatchCase(Wildcard.Instance, Nil.Instance, 0)))));
        Assert.Equal(0, PatternVars.Count(new Match(new GInt(1), Seq<MatchCase>.Empty)));
        Assert.Equal(2, PatternVars.Count(new Send(V(0), Seq.Of(V(1), new GInt(1)), false)));
        Assert.Equal(0, PatternVars.Count(new GInt(1)));
    }

    [Fact]
    [Trait("Rule", "Compile/quote")]
    public void QuoteUncompiledMutant_QuotesTheTermAsInertData()
    {
        var quoted = new Send(new GInt(2), Seq<Proc>.Empty, false);
        var program = new Send(quoted, Seq<Proc>.Empty, false);
        static CompiledProcess Payload(CompiledProcess p) => p.Sequences.Single().Pool.OfType<QuoteConst>().Single().Process;
        Assert.Equal(RhoCompiler.Compile(quoted), Payload(RhoCompiler.Compile(program)));
        using (Mutants.Enable(Mutant.QuoteUncompiled))
        {
            var inert = Payload(RhoCompiler.Compile(program)).Sequences.Single();
            Assert.Equal(new byte[] { 0x04, 0, 0, 0, 0, 0x00 }, inert.Instrs.ToArray());
            Assert.Equal([new InertConst(quoted)], inert.Pool);
        }
    }

    [Fact]
    [Trait("Rule", "Opt/source-map")]
    public void SourceMap_OneEntryPerChangeOfPosition()
    {
        var code = RhoCompiler.Compile(Rholang.Compile("@0!(1,\n 2 +\n 3)")).Sequences.Single();
        var map = code.Meta.SourceMap;
        Assert.True(map.Count >= 3, $"expected an entry per line, got {map.Count}");
        Assert.Equal([1, 2, 3], map.Select(e => e.Pos.Line).Distinct().Order());
        Assert.All(map.Zip(map.Skip(1)), p => Assert.NotEqual(p.First.Pos, p.Second.Pos));
    }

    [Fact]
    [Trait("Rule", "Compile/value")]
    [Trait("Rule", "Compile/inert")]
    public void Compile_OpenTermsAreAnInternalError()
    {
        static string Crash(Proc p)
        {
            var e = Assert.Throws<Semantics.Errors.RhoException>(() => RhoCompiler.Compile(p));
            Assert.Equal(Semantics.Errors.ErrorKinds.Crash, e.Error.Kind);
            return e.Error.Message;
        }
        Assert.Equal("Compiler: Wildcard cannot occur in process position of a closed program", Crash(Wildcard.Instance));
        Assert.Equal("Compiler: FreeVar cannot occur in value position of a closed program", Crash(new Send(new FreeVar(0), Seq<Proc>.Empty, false)));
    }
}
