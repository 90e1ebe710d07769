using System.Globalization;
using System.Text.RegularExpressions;
using Rho.Compiler;
using Rho.Compiler.Bytecode;
using Rho.Compiler.Tests.Laws;
using Rho.Laws.Compiler;
using Rho.Laws.Generators;
using Rho.Semantics.Core;
using Rho.Semantics.Printing;
using Canon = Rho.Semantics.Congruence.Canon;

namespace Rho.Laws.Tests.Compiler;

/// <summary>
/// The compiler law set: every law holds on our compiler; each fails on a compiler broken for it,
/// with the terms printed as source and the choice list that picks them.
/// </summary>
public partial class CompilerLawSetTests
{
    private static readonly RhoCompilerLaws Ours = RhoCompilerLaws.Instance;
    private static readonly LawSet<ICompiler<CompiledProcess>> Laws = LawSets.Compiler<CompiledProcess>();
    private static readonly CompiledProcess Empty = RhoCompiler.Compile(Nil.Instance);

    /// <summary>Our compiler with some operations replaced.</summary>
    private sealed class Broken(
        Func<Proc, CompiledProcess>? compile = null,
        Func<CompiledProcess, bool>? isEmpty = null,
        Func<CompiledProcess, string>? hash = null,
        Func<byte[], CompiledProcess>? load = null,
        Func<CompiledProcess, bool, byte[]>? serialize = null,
        Func<CompiledProcess, string>? disassemble = null,
        Func<string, CompiledProcess>? assemble = null,
        Func<CompiledProcess, Proc>? decompile = null,
        Action<CompiledProcess>? verify = null,
        Func<CompiledProcess, CompiledProcess>? optimize = null,
        Func<CompiledProcess, IEnumerable<CompiledProcess>>? quoted = null) : ICompiler<CompiledProcess>
    {
        public CompiledProcess Compile(Proc p) => compile is null ? Ours.Compile(p) : compile(p);

        public CompiledProcess Union(CompiledProcess a, CompiledProcess b) => Ours.Union(a, b);

        public bool IsEmpty(CompiledProcess code) => isEmpty is null ? Ours.IsEmpty(code) : isEmpty(code);

        public string Hash(CompiledProcess code) => hash is null ? Ours.Hash(code) : hash(code);

        public byte[] Serialize(CompiledProcess code, bool withSourceMap) => serialize is null ? Ours.Serialize(code, withSourceMap) : serialize(code, withSourceMap);

        public CompiledProcess Load(byte[] file) => load is null ? Ours.Load(file) : load(file);

        public string Disassemble(CompiledProcess code) => disassemble is null ? Ours.Disassemble(code) : disassemble(code);

        public CompiledProcess Assemble(string text) => assemble is null ? Ours.Assemble(text) : assemble(text);

        public Proc Decompile(CompiledProcess code) => decompile is null ? Ours.Decompile(code) : decompile(code);

        public void Verify(CompiledProcess code)
        {
            if (verify is null)
            {
                Ours.Verify(code);
            }
            else
            {
                verify(code);
            }
        }

        public CompiledProcess Optimize(CompiledProcess code) => optimize is null ? Ours.Optimize(code) : optimize(code);

        public IEnumerable<CompiledProcess> QuotedCode(CompiledProcess code) => quoted is null ? Ours.QuotedCode(code) : quoted(code);
    }

    [GeneratedRegex(@"\(choices \[([^\]]*)\]\)$")]
    private static partial Regex ChoicesLine();

    /// <summary>The choice list a counterexample names on its last line.</summary>
    private static int[] ChoicesOf(Counterexample c)
    {
        var m = ChoicesLine().Match(c.Source);
        Assert.True(m.Success, c.Source);
        return m.Groups[1].Value.Length == 0 ? [] : [.. m.Groups[1].Value.Split(", ").Select(x => int.Parse(x, CultureInfo.InvariantCulture))];
    }

    private static string Show(Proc p) => Printer.PrintSource(Canon.Of(p));

    private static Counterexample Fails(string name, Broken broken, int tests = 30)
    {
        var result = LawRunner.Check(Laws.Laws.Single(l => l.Name == name), broken, new LawConfig(Tests: tests));
        Assert.False(result.Holds, name + " held");
        return result.Counterexample!;
    }

    [Fact]
    public void EveryLaw_HoldsOnOurCompiler() =>
        Assert.All(LawRunner.Check(Laws, Ours, new LawConfig(Tests: 12)), r => Assert.True(r.Holds, r.ToString()));

    [Fact]
    public void Par_NilThatIsNotEmpty_FailsShowingBothTerms()
    {
        var c = Fails("par is union", new Broken(isEmpty: _ => false));
        var xs = ChoicesOf(c);
        var half = xs.Length / 2;
        Assert.Equal($"P1 = {Show(CoreGen.Build(xs[..half]))}\nP2 = {Show(CoreGen.Build(xs[half..]))}\n(choices [{string.Join(", ", xs)}])", c.Source);
        Assert.Equal("FsCheck: the property is false", c.Message);
    }

    [Fact]
    public void Order_HashThatCountsCalls_FailsShowingThreeTerms()
    {
        var calls = 0;
        var c = Fails("order and grouping", new Broken(hash: _ => (++calls).ToString(CultureInfo.InvariantCulture)));
        var xs = ChoicesOf(c);
        var size = xs.Length / 3;
        Assert.Equal(
            $"P1 = {Show(CoreGen.Build(xs[..size]))}\nP2 = {Show(CoreGen.Build(xs[size..(2 * size)]))}\nP3 = {Show(CoreGen.Build(xs[(2 * size)..]))}\n(choices [{string.Join(", ", xs)}])",
            c.Source);
    }

    [Fact]
    public void Order_CompilerThatSeesTheOrder_Fails()
    {
        var c = Fails("order and grouping", new Broken(compile: p => p is Par { Procs: [Par, ..] } ? Empty : Ours.Compile(p)));
        Assert.Equal("FsCheck: the property is false", c.Message);
    }

    [Fact]
    public void Quote_NoQuotedCode_FailsShowingOneTerm()
    {
        var c = Fails("quote of compiled code", new Broken(quoted: _ => []));
        Assert.Equal($"{Show(CoreGen.BuildRaw(ChoicesOf(c)))}\n(choices [{string.Join(", ", ChoicesOf(c))}])", c.Source);
    }

    [Fact]
    public void Quote_CompilerThatForgetsQuotedValues_Fails() =>
        Fails("quoted values", new Broken(compile: p => p is Send { Chan: GInt { Value: 0 } } ? Empty : Ours.Compile(p)));

    [Fact]
    public void Quote_CompilerThatTellsCongruentValuesApart_Fails()
    {
        var calls = 0;
        Fails("quoted values", new Broken(compile: p => p is Send { Chan: GInt { Value: 0 } } ? Ours.Compile(new GInt(++calls)) : Ours.Compile(p)));
    }

    [Fact]
    public void Canonical_CompilerThatSeesNonCanonicalTerms_FailsOnVariants() =>
        Fails("congruent variants", new Broken(compile: p => Canon.Of(p) == p ? Ours.Compile(p) : Empty));

    [Fact]
    public void Canonical_HashThatSeesNonCanonicalTerms_FailsOnVariants()
    {
        var calls = 0;
        Fails("congruent variants", new Broken(hash: _ => (++calls).ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Canonical_ConstantCompiler_FailsOnNearMisses()
    {
        Assert.Equal("FsCheck: the property is false", Fails("near misses", new Broken(compile: _ => Empty)).Message);
        Fails("near misses", new Broken(hash: _ => "0"));
    }

    [Fact]
    public void Canonical_CompilerThatTellsCongruentNearMissesApart_Fails()
    {
        var calls = 0;
        Fails("near misses", new Broken(compile: p => Ours.Compile(new Par(Seq.Of(p, new GInt(++calls))))));
    }

    [Fact]
    public void Roundtrip_Binary_LoadThatLosesTheCode_Fails() => Fails("binary round trip", new Broken(load: _ => Empty));

    [Fact]
    public void Roundtrip_Binary_SerializeThatDependsOnTheCall_Fails()
    {
        var calls = 0;
        Fails("binary round trip", new Broken(serialize: (c, map) => ++calls % 2 == 0 ? [.. Ours.Serialize(c, map), 0] : Ours.Serialize(c, map)));
    }

    [Fact]
    public void Roundtrip_Binary_WithoutSourceMapBroken_Fails() =>
        Fails("binary round trip", new Broken(load: bytes => bytes.SequenceEqual(Ours.Serialize(Ours.Load(bytes), false)) ? Empty : Ours.Load(bytes)));

    [Fact]
    public void Roundtrip_Text_AssembleThatLosesTheCode_Fails() => Fails("text round trip", new Broken(assemble: _ => Empty));

    [Fact]
    public void Roundtrip_Text_DisassembleThatDependsOnTheCall_Fails()
    {
        var calls = 0;
        Fails("text round trip", new Broken(disassemble: c => Ours.Disassemble(c) + (++calls % 2 == 0 ? "\n" : "")));
    }

    [Fact]
    public void Roundtrip_DecompileToNil_Fails() => Fails("decompile", new Broken(decompile: _ => Nil.Instance));

    [Fact]
    public void Verify_RejectingVerifier_FailsNamingItsError() =>
        Assert.Equal("FsCheck: InvalidOperationException: rejected", Fails("compiled code verifies", new Broken(verify: _ => throw new InvalidOperationException("rejected"))).Message);

    [Fact]
    public void Verify_OptimizerThatBreaksCode_Fails() =>
        Assert.Equal("FsCheck: InvalidOperationException: broken", Fails("compiled code verifies", new Broken(optimize: _ => throw new InvalidOperationException("broken"))).Message);

    [Fact]
    public void Optimizer_ThatDropsTheProgram_Fails() =>
        Fails("optimizer is unobservable", new Broken(optimize: _ => Empty), tests: 60);

    /// <summary>
    /// Congruent variants must compile alike even when the hashes agree: a compiler that tells a par holding Nil
    /// apart (compiling it to nothing) fails on the variant with Nil beside the term, whatever the hash says.
    /// </summary>
    [Fact]
    public void Canonical_CompilerThatSeesNilInAPar_FailsEvenWithAgreeingHashes() =>
        Fails("congruent variants", new Broken(compile: p => p is Par par && par.Procs.Any(x => x is Nil) ? Empty : Ours.Compile(p), hash: _ => "0"));

    /// <summary>Every near miss must be told apart, not some: a compiler blind to a send's persistence fails.</summary>
    [Fact]
    public void Canonical_CompilerBlindToPersistence_FailsOnNearMisses() =>
        Fails("near misses", new Broken(compile: p => Ours.Compile(p is Send { Persistent: true } s ? s with { Persistent = false } : p)), tests: 100);

    /// <summary>
    /// A round trip must give the same bytes again, not only the same code: a serializer that appends a call count
    /// (which its loader drops) loads back every program and still fails.
    /// </summary>
    [Fact]
    public void Roundtrip_Binary_SerializeThatStampsEachCall_FailsThoughLoadGivesTheCodeBack()
    {
        var calls = 0;
        Fails("binary round trip", new Broken(serialize: (c, map) => [.. Ours.Serialize(c, map), (byte)++calls], load: bytes => Ours.Load(bytes[..^1])));
    }

    /// <summary>
    /// Ten independent COMMs: 2^10 reachable states, past the 400 the optimizer law explores, so its outputs are
    /// unknown (null).
    /// </summary>
    private static readonly CompiledProcess TooManyStates = Ours.Compile(Canon.Of(new Par(Seq.From(Enumerable.Range(1, 10).SelectMany(i => new Proc[]
    {
        new Send(new GInt(i), Seq.Of<Proc>(new GInt(0)), false),
        new Receive(Seq.Of(new ReceiveBind(Seq.Of<Proc>(new FreeVar(0)), new GInt(i), null, 1)), Nil.Instance, ReceiveKind.Linear, 1),
    })))));

    /// <summary>
    /// When one side cannot be explored within the law's budget the law says nothing: an optimizer whose output is
    /// too large to explore passes, rather than failing on the unknown outputs.
    /// </summary>
    [Fact]
    public void Optimizer_OutputTooLargeToExplore_HoldsVacuously()
    {
        Assert.Null(Observable.Outputs(Ours.Decompile(TooManyStates)));
        var result = LawRunner.Check(Laws.Laws.Single(l => l.Name == "optimizer is unobservable"), new Broken(optimize: _ => TooManyStates), new LawConfig(Tests: 5));
        Assert.True(result.Holds, result.ToString());
    }

    /// <summary>The unoptimized code must verify too: a verifier that accepts only the optimizer's output fails the law.</summary>
    [Fact]
    public void Verify_VerifierThatAcceptsOnlyOptimizedCode_Fails() =>
        Assert.Equal(
            "FsCheck: InvalidOperationException: not optimized",
            Fails("compiled code verifies", new Broken(optimize: _ => Empty, verify: c => _ = ReferenceEquals(c, Empty) ? 0 : throw new InvalidOperationException("not optimized"))).Message);
}
