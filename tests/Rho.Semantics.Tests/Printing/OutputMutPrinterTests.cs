using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Mutation;
using Rho.Semantics.Printing;

namespace Rho.Semantics.Tests.Printing;

/// <summary>
/// Exact text of the printer in the corners the golden tests of <see cref="PrinterTests"/> leave
/// open: the 60-character channel fold, the source printer's 1-tuple, open terms, nested
/// indentation, every operator and type, the order of a Par's groups, and malformed terms.
/// </summary>
public class OutputMutPrinterTests
{
    private static string Show(Proc p) => Printer.Print(p);

#pragma warning disable CA1859 // Typed as Proc so that Seq.Of infers Seq<Proc> from them.
    private static Proc V(int i) => new BoundVar(i);

    private static Proc F(int k) => new FreeVar(k);

    private static Proc I(long i) => new GInt(i);
#pragma warning restore CA1859

    private static Send Out(Proc chan, params Proc[] args) => new(chan, Seq.Of(args), false);

    private static New NewIn(int count, Proc body) => new(count, Seq<string>.Empty, body);

    private static Receive For(ReceiveKind kind, Proc body, params ReceiveBind[] binds) =>
        new(Seq.Of(binds), body, kind, binds.Sum(b => b.FreeCount));

    /// <summary>A term type the printer does not know.</summary>
    private sealed record Alien : Proc;

    [Fact]
    [Trait("Rule", "Print/term")]
    public void Print_Null_ThrowsArgumentNull()
    {
        Assert.Equal("p", Assert.Throws<ArgumentNullException>(() => Printer.Print(null!)).ParamName);
        Assert.Equal("p", Assert.Throws<ArgumentNullException>(() => Printer.PrintSource(null!)).ParamName);
    }

    [Fact]
    [Trait("Rule", "Print/channel")]
    public void Channel_TextOfAtMostSixtyCharacters_IsFoldedOntoOneLine()
    {
        // "a…a" |\n"b…b" is 26 + 27 + 7 = 60 characters: folded; one more b and it keeps its line break.
        var a = new GString(new string('a', 26));
        Assert.Equal(
            "@{\"" + new string('a', 26) + "\" | \"" + new string('b', 27) + "\"}!(1)",
            Show(Out(new Par(Seq.Of<Proc>(a, new GString(new string('b', 27)))), I(1))));
        Assert.Equal(
            "@{\"" + new string('a', 26) + "\" |\n\"" + new string('b', 28) + "\"}!(1)",
            Show(Out(new Par(Seq.Of<Proc>(a, new GString(new string('b', 28)))), I(1))));
        // A newline and the indentation after it become one space.
        Assert.Equal("@{new x0 in { x0!(1) }}!(2)", Show(Out(NewIn(1, Out(V(0), I(1))), I(2))));
    }

    [Fact]
    [Trait("Rule", "Print/source")]
    [Trait("Rule", "Print/tuple")]
    public void PrintSource_OneTupleHasATrailingComma_EverythingElseAsPrint()
    {
        var one = new ETuple(Seq.Of(I(1)));
        Assert.Equal("(1)", Show(one));
        Assert.Equal("(1,)", Printer.PrintSource(one));
        Assert.Equal("(1, 2)", Printer.PrintSource(new ETuple(Seq.Of(I(1), I(2)))));
        Assert.Equal("new x0 in {\n  x0!(((1,),))\n}", Printer.PrintSource(NewIn(1, Out(V(0), new ETuple(Seq.Of<Proc>(one))))));
        Assert.Equal("new x0 in {\n  x0!(((1)))\n}", Show(NewIn(1, Out(V(0), new ETuple(Seq.Of<Proc>(one))))));
    }

    [Fact]
    [Trait("Rule", "Print/var")]
    public void OpenTerms_VariablesOutsideEveryBinder_NamedByTheirIndex()
    {
        Assert.Equal("unbound3", Show(V(3)));
        Assert.Equal("new x0 in {\n  *x0 |\n  unbound3\n}", Show(NewIn(1, new Par(Seq.Of(V(0), V(3))))));
        Assert.Equal("=unbound2", Show(new VarRef(2)));
        Assert.Equal("new x0 in {\n  match 1 {\n    =unbound4 => {\n      Nil\n    }\n  }\n}",
            Show(NewIn(1, new Match(I(1), Seq.Of(new MatchCase(new VarRef(4), Nil.Instance, 0))))));
        Assert.Equal("free2", Show(F(2)));
    }

    [Fact]
    [Trait("Rule", "Print/map")]
    public void Map_Remainder_AndTheMutantThatDropsOnlyTheLastValue()
    {
        var map = new EMap(Seq.Of(new KeyValue(I(1), I(2)), new KeyValue(I(3), I(4))), null);
        Assert.Equal("{1 : 2, 3 : 4...free0}", Show(map with { Remainder = F(0) }));
        Assert.Equal("{1 : 2, 3 : 4}", Show(map));
        using (Mutants.Enable(Mutant.PrintDropsMapValue))
        {
            Assert.Equal("{1 : 2, 3 : Nil}", Show(map));
        }
    }

    [Fact]
    [Trait("Rule", "Print/new")]
    public void New_SystemNamesComeLast_WithTheirUris()
    {
        Assert.Equal("new x0, x1(`rho:a`), x2(`rho:b`) in {\n  x0!(*x1, *x2)\n}",
            Show(new New(3, Seq.Of("rho:a", "rho:b"), Out(V(0), V(1), V(2)))));
    }

    [Fact]
    [Trait("Rule", "Print/bundle")]
    public void Bundle_BodyFollowsTheIndentOfItsLevel()
    {
        Assert.Equal("new x0 in {\n  bundle+ {     x0!(1) }\n}", Show(NewIn(1, new Bundle(Out(V(0), I(1)), false, true))));
        Assert.Equal("bundle0 {   bundle  {     1 } }", Show(new Bundle(new Bundle(I(1), true, true), false, false)));
    }

    [Fact]
    [Trait("Rule", "Print/par")]
    public void Par_NestedTwoLevels_ItemsAndCasesIndentedPerLevel()
    {
        var body = new Par(Seq.Of<Proc>(Out(V(0), I(1)), Out(V(1), I(2)), new Match(I(3), Seq.Of(new MatchCase(F(0), Out(V(0), V(1)), 1)))));
        Assert.Equal(
            "new x0 in {\n  new x1 in {\n    x1!(1) |\n    x0!(2) |\n    match 3 {\n      x2 => {\n        @{x2}!(*x1)\n      }\n    }\n  }\n}",
            Show(NewIn(1, NewIn(1, body))));
    }

    [Fact]
    [Trait("Rule", "Print/match")]
    public void Match_MultiLinePattern_IndentedAsTheCase()
    {
        var m = new Match(I(1), Seq.Of(new MatchCase(new Par(Seq.Of(F(0), F(1))), Nil.Instance, 2)));
        Assert.Equal("match 1 {\n  x0 |\n  x1 => {\n    Nil\n  }\n}", Show(m));
        Assert.Equal("new x0 in {\n  match 1 {\n    x1 |\n    x2 => {\n      Nil\n    }\n  }\n}", Show(NewIn(1, m)));
    }

    [Fact]
    [Trait("Rule", "Print/par")]
    public void Par_BundlesSendsReceivesNewsExpressionsMatchesNamesConnectives()
    {
        var par = new Par(Seq.Of<Proc>(
            new ConnNot(I(0)),
            new GSysChannel("rho:x"),
            new Match(I(1), Seq.Of(new MatchCase(I(1), Nil.Instance, 0))),
            I(5),
            NewIn(1, Nil.Instance),
            For(ReceiveKind.Linear, Nil.Instance, new ReceiveBind(Seq.Of<Proc>(Wildcard.Instance), I(0), null, 0)),
            Out(I(0), I(1)),
            new Bundle(I(0), true, true),
            new GUnforgeable(1),
            new ConnType(SimpleType.Int)));
        Assert.Equal(
            "bundle  {   0 } |\n@{0}!(1) |\nfor( @{_} <- @{0} ) {\n  Nil\n} |\nnew x0 in {\n  Nil\n} |\n5 |\n"
            + "match 1 {\n  1 => {\n    Nil\n  }\n} |\nUnforgeable(`rho:x`) |\nUnforgeable(0x01) |\n~{0} |\nInt",
            Show(par));
    }

    [Fact]
    [Trait("Rule", "Print/receive")]
    public void Receive_PersistentJoinWithRemainders_AndNestedPeeks()
    {
        var join = For(
            ReceiveKind.Persistent,
            new Par(Seq.Of(V(0), V(1), V(2), V(3))),
            new ReceiveBind(Seq.Of(F(0), F(1)), I(1), Wildcard.Instance, 2),
            new ReceiveBind(Seq.Of(F(0)), I(2), F(1), 2));
        Assert.Equal("for( @{x0}, @{x1}...@_ <= @{1}  & @{x2}...@x3 <= @{2} ) {\n  x0 |\n  x1 |\n  x2 |\n  x3\n}", Show(join));
        var inner = For(ReceiveKind.Peek, Out(V(0), V(1)), new ReceiveBind(Seq.Of(F(0)), V(1), null, 1));
        Assert.Equal("new x0 in {\n  for( @{x1} <<- x0 ) {\n    for( @{x2} <<- x0 ) {\n      @{x2}!(x1)\n    }\n  }\n}",
            Show(NewIn(1, For(ReceiveKind.Peek, inner, new ReceiveBind(Seq.Of(F(0)), V(0), null, 1)))));
    }

    [Fact]
    [Trait("Rule", "Print/names")]
    public void PatternsInPatterns_TakeTheNextLetterAtEachLevel()
    {
        var level2 = For(ReceiveKind.Linear, new Par(Seq.Of(V(0), F(0), F(1))), new ReceiveBind(Seq.Of(F(0)), Nil.Instance, null, 1));
        var level1 = For(ReceiveKind.Linear, new Par(Seq.Of(V(0), F(0))), new ReceiveBind(Seq.Of<Proc>(level2), Nil.Instance, null, 2));
        var top = For(ReceiveKind.Linear, V(0), new ReceiveBind(Seq.Of<Proc>(level1), Nil.Instance, null, 1));
        Assert.Equal("for( @{for( @{for( @{z0} <- @{Nil} ) { z0 | y0 | y1 }} <- @{Nil} ) {\n  y0 |\n  x0\n}} <- @{Nil} ) {\n  x0\n}", Show(top));
    }

    [Fact]
    [Trait("Rule", "Print/expr")]
    [Trait("Rule", "Print/method")]
    [Trait("Rule", "Print/name")]
    [Trait("Rule", "Print/bytes")]
    public void Expressions_EveryOperatorAndValueKind()
    {
        Assert.Equal(
            "((1 or 2), (1 || 2), (1 and 2), (1 && 2), (1 == 2), (1 != 2), (1 < 2), (1 <= 2), (1 > 2), (1 >= 2), "
            + "(1 + 2), (1 - 2), (1 ++ 2), (1 -- 2), (1 * 2), (1 / 2), (1 % 2), (1 %% 2))",
            Show(new ETuple(Enum.GetValues<BinaryOp>().Select(o => (Proc)new EBinary(o, I(1), I(2))).ToSeq())));
        var values = new ETuple(Seq.Of<Proc>(
            new EMethod("length", new GString("ab"), Seq<Proc>.Empty),
            new EMethod("f", I(1), Seq.Of(I(2), I(3), I(4))),
            new EList(Seq.Of(I(1)), Wildcard.Instance),
            new ESet(Seq<Proc>.Empty, F(0)),
            new GBigInt(-12),
            new GUri("rho:x"),
            new GByteArray(Seq.Of<byte>(1, 171)),
            new GUnforgeable(300),
            new GSysChannel("rho:io:stderr")));
        Assert.Equal(
            "((\"ab\").length(), (1).f(2,3,4), [1..._], Set(...free0), BigInt(-12), `rho:x`, 01ab, Unforgeable(0x12c), Unforgeable(`rho:io:stderr`))",
            Show(values));
        Assert.Equal("-(not (free0))", Show(new EUnary(UnaryOp.Neg, new EUnary(UnaryOp.Not, F(0)))));
        Assert.Equal("(1 matches Int)", Show(new EMatches(I(1), new ConnType(SimpleType.Int))));
    }

    [Fact]
    [Trait("Rule", "Print/connective")]
    public void Connectives_EveryTypeAndNesting()
    {
        Assert.Equal("{Bool /\\ Int /\\ BigInt /\\ String /\\ Uri /\\ ByteArray}",
            Show(new ConnAnd(Enum.GetValues<SimpleType>().Select(t => (Proc)new ConnType(t)).ToSeq())));
        Assert.Equal("{~{{1 /\\ 2}} \\/ {}}", Show(new ConnOr(Seq.Of<Proc>(new ConnNot(new ConnAnd(Seq.Of(I(1), I(2)))), new ConnAnd(Seq<Proc>.Empty)))));
    }

    [Fact]
    [Trait("Rule", "Print/string")]
    public void String_OnlyQuoteBackslashNewlineAndTabAreEscaped() =>
        Assert.Equal("\"q\\\"b\\\\n\\nt\\tr\r\"", Show(new GString("q\"b\\n\nt\tr\r")));

    [Fact]
    [Trait("Rule", "Print/term")]
    public void MalformedTerms_RaiseACrashNamingWhatIsUnknown()
    {
        static string CrashOf(Proc p)
        {
            var e = Assert.Throws<RhoException>(() => Printer.Print(p));
            Assert.Equal(ErrorClass.Crash, e.Error.Class);
            return e.Error.Message;
        }
        Assert.Equal("Printer: unknown receive kind 9",
            CrashOf(For((ReceiveKind)9, Nil.Instance, new ReceiveBind(Seq.Of(F(0)), Nil.Instance, null, 1))));
        Assert.Equal("Printer: unknown operator 99", CrashOf(new EBinary((BinaryOp)99, I(1), I(2))));
        Assert.Equal("Printer: unknown type 99", CrashOf(new ConnType((SimpleType)99)));
        Assert.Equal("Printer: unknown term Alien", CrashOf(new Alien()));
    }
}
