using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Normalize;
using Rho.Semantics.Syntax;
using static Rho.Semantics.Tests.Normalize.Terms;

namespace Rho.Semantics.Tests.Normalize;

/// <summary>
/// Core-term shapes the normalizer must produce, and its answers to syntax trees that no parse
/// yields but that other producers (generators, tools) can build: each is the documented result
/// or a clear error, never a stray exception.
/// </summary>
public class NormMutShapeTests
{
    private sealed record AlienProc(SourcePos Pos) : SProc(Pos);

    private sealed record AlienName(SourcePos Pos) : SName(Pos);

    private sealed record AlienSource(SourcePos Pos, SName Name) : SSource(Pos);

    private static RhoError Crashes(SProc program)
    {
        var e = Assert.Throws<RhoException>(() => Normalizer.Normalize(program));
        Assert.Equal(ErrorClass.Crash, e.Error.Class);
        return e.Error;
    }

    [Fact]
    [Trait("Rule", "Norm/par")]
    [Trait("Rule", "Norm/quote")]
    public void ParUnderEval_IsFlattenedIntoTheEnclosingPar()
    {
        var t = Norm("@Nil!(1) | *@{@Nil!(2) | @Nil!(3)} | Nil");
        Assert.Equal(Pr(Snd(Nl, I(1)), Snd(Nl, I(2)), Snd(Nl, I(3))), t);
    }

    [Fact]
    public void NullProgram_IsAnArgumentError() =>
        Assert.Throws<ArgumentNullException>(() => Normalizer.Normalize(null!));

    [Fact]
    [Trait("Rule", "Norm/let-sequential")]
    [Trait("Rule", "Norm/let-concurrent")]
    public void ConcurrentLetOfOneDeclaration_IsTheSequentialMatch()
    {
        var let = Assert.IsType<SLet>(RhoParser.Parse("let @x <- 1 in { @Nil!(x) }"));
        var t = Normalizer.Normalize(let with { Kind = LetKind.Concurrent });
        Assert.Equal(Mt(Lst(I(1)), Case(Lst(F(0)), Snd(Nl, V(0)), 1)), t);
    }

    [Fact]
    [Trait("Rule", "Norm/string-escapes")]
    public void TrailingBackslash_IsKeptAsWritten()
    {
        Assert.Equal("a\\", Literals.String("a\\"));
        Assert.Equal("a\\n\\", Literals.String("a\\\\n\\"));
        Assert.Equal("u\\", Literals.Uri("u\\"));
    }

    [Fact]
    public void UnknownProcessNode_IsACrashNamingIt() =>
        Assert.Contains("unknown syntax AlienProc", Crashes(new AlienProc(new SourcePos(1, 1))).Message, StringComparison.Ordinal);

    [Fact]
    public void UnknownNameNode_IsACrashNamingIt()
    {
        var program = new SSend(new SourcePos(1, 1), new AlienName(new SourcePos(1, 1)), false, Seq<SProc>.Empty);
        Assert.Contains("unknown name AlienName", Crashes(program).Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Norm/bundle")]
    public void UnknownBundleKind_IsACrashNamingIt()
    {
        var program = new SBundle(new SourcePos(1, 1), (BundleKind)99, new SNil(new SourcePos(1, 9)));
        Assert.Contains("unknown bundle kind 99", Crashes(program).Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Norm/source-receive-send")]
    public void UnknownReceiveSource_IsACrashNamingIt()
    {
        var f = Assert.IsType<SFor>(Assert.IsType<SNew>(RhoParser.Parse("new c in { for (x <- c?!) { Nil } }")).Body);
        var bind = f.Receipts[0].Binds[0];
        var alien = bind with { Source = new AlienSource(bind.Source.Pos, ((SReceiveSendSource)bind.Source).Name) };
        var program = new SNew(f.Pos, Seq.Of(new SNameDecl(f.Pos, "c", null)), f with { Receipts = Seq.Of(f.Receipts[0] with { Binds = Seq.Of(alien) }) });
        Assert.Contains("unknown source AlienSource", Crashes(program).Message, StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Rule", "Norm/source-receive-send")]
    public void ComplexSourceInPersistentReceipt_IsACrash()
    {
        var n = Assert.IsType<SNew>(RhoParser.Parse("new c in { for (x <- c?!) { Nil } }"));
        var f = Assert.IsType<SFor>(n.Body);
        var persistent = f with { Receipts = Seq.Of(f.Receipts[0] with { Kind = Core.ReceiveKind.Persistent }) };
        var e = Crashes(n with { Body = persistent });
        Assert.Equal("Normalizer: the grammar allows ?! and !? sources only in linear receipts", e.Message);
    }
}
