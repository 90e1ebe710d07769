using Rho.Compiler.Bytecode;
using Rho.Compiler.Tests.Generators;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;

namespace Rho.Compiler.Tests.Laws;

/// <summary>The laws of compilation (spec/laws.md, "Compiler"), on generated closed processes.</summary>
public class CompilerLawTests
{
    private static CompiledProcess C(Proc p) => RhoCompiler.Compile(p);

    [Fact]
    [Trait("Rule", "Law/par")]
    public void Par_CompileOfParIsUnionOfCompiles() => Props.Check(xs =>
    {
        var half = xs.Length / 2;
        var p = CoreGen.Build(xs[..half]);
        var q = CoreGen.Build(xs[half..]);
        return C(new Par(Seq.Of(p, q))) == C(p).Union(C(q)) && C(Nil.Instance).IsEmpty;
    });

    [Fact]
    [Trait("Rule", "Law/order")]
    public void Order_ReorderedAndRegroupedParsCompileAlike() => Props.Check(xs =>
    {
        var third = xs.Length / 3;
        var p1 = CoreGen.Build(xs[..third]);
        var p2 = CoreGen.Build(xs[third..(2 * third)]);
        var p3 = CoreGen.Build(xs[(2 * third)..]);
        var left = new Par(Seq.Of<Proc>(new Par(Seq.Of(p1, p2)), p3));
        var right = new Par(Seq.Of<Proc>(p3, Nil.Instance, new Par(Seq.Of(p2, p1))));
        return C(left) == C(right) && RhoCompiler.HashHex(C(left)) == RhoCompiler.HashHex(C(right));
    });

    [Fact]
    [Trait("Rule", "Law/quote")]
    public void Quote_QuotedProcessCompilesToQuoteOfItsCode() => Props.Check(xs =>
    {
        var p = CoreGen.Build(xs);
        // A process that is not an expression in value position (a new, a send) is quoted.
        var send = new Send(new GInt(7), Seq.Of<Proc>(new Par(Seq.Of<Proc>(new New(1, Seq<string>.Empty, p), new Send(new GInt(1), Seq<Proc>.Empty, false)))), false);
        var quoted = Canon.Of(((Send)Canon.Of(send)).Args[0]);
        var seq = Assert.Single(C(send).Sequences);
        // [| @Q |] = QUOTE [| Q |]: the send's argument is the QUOTE of the already-compiled Q.
        return seq.Pool.OfType<QuoteConst>().Any(q => q.Process == C(quoted));
    });

    [Fact]
    [Trait("Rule", "Law/quote")]
    public void Quote_QuotedValuesEqualExactlyWhenProcessesCongruent() => Props.Check(xs =>
    {
        var half = xs.Length / 2;
        var p = CoreGen.Build(xs[..half]);
        var q = CoreGen.Build(xs[half..]);
        static Proc Out(Proc x) => new Send(new GInt(0), Seq.Of<Proc>(new Send(new GInt(1), Seq.Of(x), false)), false);
        return (C(Out(p)) == C(Out(q))) == (Canon.Of(p) == Canon.Of(q));
    });

    [Fact]
    [Trait("Rule", "Law/canonical")]
    public void Canonical_CongruentVariantsCompileAlike() => Props.Check(xs =>
    {
        var raw = CoreGen.BuildRaw(xs);
        // ≡-variants: regrouping and Nil (Cong/par-*), and the term's own canonical form.
        var variant = new Par(Seq.Of<Proc>(Nil.Instance, new Par(Seq.Of<Proc>(raw, Nil.Instance))));
        return C(raw) == C(variant) && C(raw) == C(Canon.Of(raw))
            && RhoCompiler.HashHex(C(raw)) == RhoCompiler.HashHex(C(variant));
    });

    [Fact]
    [Trait("Rule", "Law/canonical")]
    public void Canonical_NearMissesCompileDifferentlyExactlyWhenNotCongruent() => Props.Check(xs =>
    {
        var p = CoreGen.Build(xs);
        foreach (var m in Mutations.Of(p))
        {
            var congruent = Canon.Of(m) == p;
            if ((C(m) == C(p)) != congruent || (RhoCompiler.HashHex(C(m)) == RhoCompiler.HashHex(C(p))) != congruent)
            {
                return false;
            }
        }
        return true;
    });

    [Fact]
    [Trait("Rule", "Law/roundtrip-binary")]
    public void RoundtripBinary_DeserializeAfterSerializeIsIdentity() => Props.Check(xs =>
    {
        var c = C(CoreGen.Build(xs));
        var bytes = RhoCompiler.Serialize(c);
        var back = RhoCompiler.Load(bytes);
        return back == c && RhoCompiler.Serialize(back).AsSpan().SequenceEqual(bytes)
            && RhoCompiler.Load(RhoCompiler.Serialize(c, withSourceMap: false)) == c;
    });

    [Fact]
    [Trait("Rule", "Law/roundtrip-text")]
    public void RoundtripText_AssembleAfterDisassembleIsIdentity() => Props.Check(xs =>
    {
        var c = C(CoreGen.Build(xs));
        var text = RhoCompiler.Disassemble(c);
        var back = RhoCompiler.Assemble(text);
        return back == c && RhoCompiler.Disassemble(back) == text;
    });

    [Fact]
    [Trait("Rule", "Law/decompile")]
    public void Decompile_DecompiledCodeIsCongruentToTheSource() => Props.Check(xs =>
    {
        var p = CoreGen.Build(xs);
        return Canon.Of(RhoCompiler.Decompile(C(p))) == p;
    });

    [Fact]
    [Trait("Rule", "Law/verify")]
    public void Verify_EveryCompiledProgramVerifies() => Props.Check(xs =>
    {
        var c = C(CoreGen.Build(xs));
        RhoCompiler.Verify(c);
        RhoCompiler.Verify(RhoCompiler.Optimize(c));
        return true;
    });
}
