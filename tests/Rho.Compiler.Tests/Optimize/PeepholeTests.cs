using Rho.Semantics;

namespace Rho.Compiler.Tests.Optimize;

/// <summary>The optimizer's peephole rules (spec/bytecode.md, "Optimizer"), each on the smallest program that shows it.</summary>
public class PeepholeTests
{
    private static string Optimized(string source) =>
        RhoCompiler.Disassemble(RhoCompiler.Optimize(RhoCompiler.Compile(Rholang.Compile(source))));

    private static string Plain(string source) => RhoCompiler.Disassemble(RhoCompiler.Compile(Rholang.Compile(source)));

    private static int Count(string text, string op) => text.Split('\n').Count(l => l.Contains(" " + op, StringComparison.Ordinal));

    [Fact]
    [Trait("Rule", "Opt/match-const")]
    [Trait("Rule", "Opt/jump-thread")]
    public void MatchConst_DecidedBranchIsAllThatRemains()
    {
        const string source = "if (1 < 2) { @0!(\"yes\") } else { @0!(\"no\") }";
        Assert.Equal(2, Count(Plain(source), "MATCH"));
        var text = Optimized(source);
        Assert.Equal(0, Count(text, "MATCH"));
        Assert.Contains("\"yes\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"no\"", text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Opt/match-const")]
    [Trait("Rule", "Opt/jump-thread")]
    public void MatchConst_FailedFirstCaseJumpsToTheNextDecidedOne()
    {
        var text = Optimized("match 3 { 1 => @0!(\"one\") 3 => @0!(\"three\") _ => @0!(\"other\") }");
        Assert.Equal(0, Count(text, "MATCH"));
        Assert.Contains("\"three\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"one\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"other\"", text, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Opt/match-const")]
    public void MatchConst_PatternWithBindersIsNotDecided() =>
        Assert.Equal(1, Count(Optimized("match [1, 2] { [x, 2] => @0!(x) }"), "MATCH"));

    [Fact]
    [Trait("Rule", "Opt/match-any")]
    [Trait("Rule", "Opt/spawn-nil")]
    [Trait("Rule", "Opt/dead-code")]
    public void MatchAny_WildcardCaseOfAnUnknownValueIsAPop()
    {
        var text = Optimized("for (@y <- @1) { match y { 3 => @0!(y) _ => Nil } }");
        Assert.Equal(1, Count(text, "MATCH"));
        Assert.Equal(1, Count(text, "POP"));
        Assert.Equal(1, Count(text, "SPAWN"));
    }

    [Fact]
    [Trait("Rule", "Opt/short-pass")]
    [Trait("Rule", "Opt/branch-const")]
    public void ShortPass_UndecidedLeftOperandIsJustTheRightOne()
    {
        const string source = "for (@y <- @1) { @0!(true && y) | @0!(false || y) }";
        Assert.Equal(2, Count(Plain(source), "DUP"));
        var text = Optimized(source);
        Assert.Equal(0, Count(text, "DUP"));
        Assert.Equal(0, Count(text, "JUMP_IF"));
        Assert.Equal(1, Count(text, "SHORT_AND"));
        Assert.Equal(1, Count(text, "SHORT_OR"));
    }

    [Fact]
    [Trait("Rule", "Opt/push-pop")]
    [Trait("Rule", "Opt/jump-next")]
    public void PushPop_ValueMatchedByNoCaseLeavesNothingBehind()
    {
        var text = Optimized("match 5 { 1 => @0!(1) }");
        Assert.Equal(0, Count(text, "MATCH"));
        Assert.Equal(0, Count(text, "POP"));
        Assert.Equal(0, Count(text, "PUSH_CONST"));
        Assert.Equal(0, Count(text, "JUMP"));
    }

    [Fact]
    [Trait("Rule", "Opt/source-map")]
    public void SourceMap_OptimizedCodeKeepsPositions()
    {
        var compiled = RhoCompiler.Optimize(RhoCompiler.Compile(Rholang.Compile("match 1 { 1 => @0!(1)  _ => Nil } |\n @0!(1 / 0)")));
        var file = RhoCompiler.Serialize(compiled, withSourceMap: true);
        var loaded = RhoCompiler.Load(file);
        var lines = loaded.Sequences.SelectMany(c => c.Meta.SourceMap).Select(e => e.Pos.Line).Distinct().Order();
        Assert.Equal([1, 2], lines);
    }

    [Fact]
    [Trait("Rule", "Opt/original")]
    public void Original_OptimizedUnitBodiesRememberTheirSource()
    {
        var compiled = RhoCompiler.Compile(Rholang.Compile("for (@y <- @1) { @0!(1 + 2) }"));
        static Bytecode.CompiledProcess Body(Bytecode.CompiledProcess p) =>
            p.Sequences.Single().Pool.OfType<Bytecode.UnitConst>().Single().Body;
        var optimized = RhoCompiler.Optimize(compiled);
        Assert.NotEqual(Body(compiled), Body(optimized));
        Assert.Equal(Body(compiled), RhoCompiler.Unoptimized(Body(optimized)));
        Assert.Same(Body(compiled), RhoCompiler.Unoptimized(Body(compiled)));
        Assert.Equal(RhoCompiler.Decompile(compiled), RhoCompiler.Decompile(RhoCompiler.Unoptimized(optimized)));
    }
}
