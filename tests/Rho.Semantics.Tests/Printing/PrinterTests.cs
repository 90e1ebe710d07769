using System.Numerics;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;
using Rho.Semantics.Printing;

namespace Rho.Semantics.Tests.Printing;

/// <summary>
/// Golden strings. Most are the expectations of the reference's PrettyPrinterTest, rebuilt here
/// as core terms; where the reference test printed an unsorted term or our variable numbering
/// inside one binder differs (spec/divergences.md), the expectation says so.
/// </summary>
public class PrinterTests
{
    private static readonly Proc Zero = new GInt(0), One = new GInt(1), Two = new GInt(2);

    private static string Show(Proc p) => Printer.Print(p);

    private static Par P(params Proc[] ps) => new(ps.ToSeq());

    private static Send Out(Proc chan, params Proc[] args) => new(chan, args.ToSeq(), false);

    private static ReceiveBind Bind(Proc source, int free, params Proc[] patterns) => new(patterns.ToSeq(), source, null, free);

    private static Receive For(Proc body, params ReceiveBind[] binds) =>
        new(binds.ToSeq(), body, ReceiveKind.Linear, binds.Sum(b => b.FreeCount));

#pragma warning disable CA1859 // Typed as Proc so that Seq.Of infers Seq<Proc> from them.
    private static Proc V(int i) => new BoundVar(i);

    private static Proc F(int k) => new FreeVar(k);
#pragma warning restore CA1859

    [Fact]
    [Trait("Rule", "Print/bool")]
    [Trait("Rule", "Print/int")]
    [Trait("Rule", "Print/bigint")]
    [Trait("Rule", "Print/uri")]
    [Trait("Rule", "Print/nil")]
    public void Scalars_PrintAsTheReference()
    {
        Assert.Equal("true", Show(new GBool(true)));
        Assert.Equal("false", Show(new GBool(false)));
        Assert.Equal("7", Show(new GInt(7)));
        Assert.Equal("-3", Show(new GInt(-3)));
        Assert.Equal("BigInt(9999999999999999999999999999999999999999)", Show(new GBigInt(BigInteger.Parse("9999999999999999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal("BigInt(-5)", Show(new GBigInt(-5)));
        Assert.Equal("`Uri`", Show(new GUri("Uri")));
        Assert.Equal("Nil", Show(Nil.Instance));
    }

    [Fact]
    [Trait("Rule", "Print/string")]
    public void Strings_InQuotes_WithTheSourceEscapes()
    {
        Assert.Equal("\"String\"", Show(new GString("String")));
        Assert.Equal("\"a\\\"b\\\\c\\nd\\te\"", Show(new GString("a\"b\\c\nd\te")));
    }

    [Fact]
    [Trait("Rule", "Print/bytes")]
    public void ByteArrays_AsLowercaseHex() =>
        Assert.Equal("00ff0a", Show(new GByteArray(Seq.Of<byte>(0, 255, 10))));

    [Fact]
    [Trait("Rule", "Print/name")]
    public void Names_UnforgeableAndSystem()
    {
        Assert.Equal("Unforgeable(0x2a)", Show(new GUnforgeable(42)));
        Assert.Equal("Unforgeable(0x00)", Show(new GUnforgeable(0)));
        Assert.Equal("Unforgeable(`rho:io:stdout`)", Show(new GSysChannel("rho:io:stdout")));
    }

    [Fact]
    [Trait("Rule", "Print/list")]
    [Trait("Rule", "Print/tuple")]
    public void ListsAndTuples()
    {
        Assert.Equal("[1, 2]", Show(new EList(Seq.Of(One, Two), null)));
        Assert.Equal("[7...free0]", Show(new EList(Seq.Of<Proc>(new GInt(7)), F(0))));
        Assert.Equal("(1, [2, 0])", Show(new ETuple(Seq.Of(One, new EList(Seq.Of(Two, Zero), null)))));
        Assert.Equal("(1)", Show(new ETuple(Seq.Of(One))));
    }

    [Fact]
    [Trait("Rule", "Print/set")]
    [Trait("Rule", "Print/map")]
    public void SetsAndMaps_SortedByTheCanonicalForm()
    {
        Assert.Equal("Set(-1, 2, \"a\")", Show(Canon.Of(new ESet(Seq.Of<Proc>(new GString("a"), Two, new GInt(-1), Two), null))));
        var map = new EMap(Seq.Of(
            new KeyValue(new GString("c"), new GInt(3)), new KeyValue(new GString("b"), Two), new KeyValue(new GString("a"), One)), null);
        Assert.Equal("{\"a\" : 1, \"b\" : 2, \"c\" : 3}", Show(Canon.Of(map)));
        Assert.Equal("{}", Show(new EMap(Seq<KeyValue>.Empty, null)));
        Assert.Equal("Set(1...free0)", Show(new ESet(Seq.Of(One), F(0))));
    }

    [Fact]
    [Trait("Rule", "Print/expr")]
    public void Expressions_Parenthesized()
    {
        Assert.Equal("(\"abc\" ++ \"def\")", Show(new EBinary(BinaryOp.Concat, new GString("abc"), new GString("def"))));
        Assert.Equal("(11 % 10)", Show(new EBinary(BinaryOp.Mod, new GInt(11), new GInt(10))));
        Assert.Equal("(\"Hello, ${name}\" %% {\"name\" : \"Alice\"})", Show(new EBinary(BinaryOp.Interpolate,
            new GString("Hello, ${name}"), new EMap(Seq.Of(new KeyValue(new GString("name"), new GString("Alice"))), null))));
        Assert.Equal("(Set(1, 2, 3) -- Set(1, 2))", Show(new EBinary(BinaryOp.Diff,
            new ESet(Seq.Of(One, Two, new GInt(3)), null), new ESet(Seq.Of(One, Two), null))));
        Assert.Equal("(1 matches _)", Show(new EMatches(One, Wildcard.Instance)));
        Assert.Equal("-(5)", Show(new EUnary(UnaryOp.Neg, new GInt(5))));
        Assert.Equal("not (true)", Show(new EUnary(UnaryOp.Not, new GBool(true))));
        Assert.Equal("(47 == 47)", Show(new EBinary(BinaryOp.Eq, new GInt(47), new GInt(47))));
    }

    [Fact]
    [Trait("Rule", "Print/method")]
    public void Methods_TargetParenthesized_ArgumentsCommaSeparated() =>
        Assert.Equal("(\"abc\").slice(1,2)", Show(new EMethod("slice", new GString("abc"), Seq.Of(One, Two))));

    [Fact]
    [Trait("Rule", "Print/par")]
    public void Par_GroupsThenGivenOrder_OnePerLine()
    {
        var par = P(Zero, new GBool(true), new GString("2"), new GUri("www.3cheese.com"), new GUnforgeable(0x34), new GUnforgeable(0x35));
        Assert.Equal("0 |\ntrue |\n\"2\" |\n`www.3cheese.com` |\nUnforgeable(0x34) |\nUnforgeable(0x35)", Show(par));
        Assert.Equal("7 |\n8", Show(Canon.Of(P(new GInt(8), new GInt(7))))); // the reference test printed it unsorted: 8 | 7
        Assert.Equal("@{Nil}!(47) |\n5", Show(Canon.Of(P(new GInt(5), Out(Nil.Instance, new GInt(47))))));
    }

    [Fact]
    [Trait("Rule", "Print/send")]
    [Trait("Rule", "Print/channel")]
    public void Sends()
    {
        Assert.Equal("@{Nil}!!(Nil, Nil)", Show(new Send(Nil.Instance, Seq.Of<Proc>(Nil.Instance, Nil.Instance), true)));
        Assert.Equal("@{Nil}!(7, 8)", Show(Out(Nil.Instance, new GInt(7), new GInt(8))));
        Assert.Equal("@{1 | 2}!(Nil)", Show(Out(P(One, Two), Nil.Instance)));
    }

    [Fact]
    [Trait("Rule", "Print/new")]
    [Trait("Rule", "Print/var")]
    public void News_NameTheirVariablesX0X1_AndStarThemInProcessPosition()
    {
        Assert.Equal("new x0, x1, x2 in {\n  Nil\n}", Show(new New(3, Seq<string>.Empty, Nil.Instance)));
        Assert.Equal("new x0 in {\n  *x0\n}", Show(new New(1, Seq<string>.Empty, V(0))));
        Assert.Equal("new x0 in {\n  @{Nil}!(*x0)\n}", Show(new New(1, Seq<string>.Empty, Out(Nil.Instance, V(0)))));
        Assert.Equal("new x0, x1 in {\n  @{0}!(*x1) |\n  @{1}!(*x0)\n}",
            Show(new New(2, Seq<string>.Empty, P(Out(Zero, V(1)), Out(One, V(0))))));
        Assert.Equal("new x0 in {\n  new x1 in {\n    @{0}!(*x1) |\n    @{1}!(*x0)\n  }\n}",
            Show(new New(1, Seq<string>.Empty, new New(1, Seq<string>.Empty, P(Out(Zero, V(0)), Out(One, V(1)))))));
        Assert.Equal("new x0, x1, x2 in {\n  x0!(7) |\n  x1!(8) |\n  x2!(9)\n}", Show(Canon.Of(new New(3, Seq<string>.Empty,
            P(Out(V(2), new GInt(9)), Out(V(1), new GInt(8)), Out(V(0), new GInt(7)))))));
        Assert.Equal("new x0, x1(`rho:io:stdout`) in {\n  x1!(*x0)\n}", Show(new New(2, Seq.Of("rho:io:stdout"), Out(V(1), V(0)))));
    }

    [Fact]
    [Trait("Rule", "Print/receive")]
    public void Receives_PatternsQuoted_BodyIndented()
    {
        var peek = For(Out(V(0), V(1)), Bind(Nil.Instance, 2, F(0), F(1))) with { Kind = ReceiveKind.Peek };
        Assert.Equal("for( @{x0}, @{x1} <<- @{Nil} ) {\n  @{x0}!(x1)\n}", Show(peek));
        Assert.Equal("new x0 in {\n  for( @{x1} <- x0 ) {\n    x1\n  }\n}",
            Show(new New(1, Seq<string>.Empty, For(V(0), Bind(V(0), 1, F(0))))));
        Assert.Equal("new x0 in {\n  x0!(*x0) |\n  for( @{x1} <- x0 ) {\n    x1\n  }\n}",
            Show(Canon.Of(new New(1, Seq<string>.Empty, P(For(V(0), Bind(V(0), 1, F(0))), Out(V(0), V(0)))))));
        Assert.Equal("for( @{_} <= @{Nil} ) {\n  Nil\n}", Show(For(Nil.Instance, Bind(Nil.Instance, 0, Wildcard.Instance)) with { Kind = ReceiveKind.Persistent }));
        Assert.Equal("for( @{x0}...@x1 <- @{Nil} ) {\n  x1\n}", Show(For(V(1), new ReceiveBind(Seq.Of(F(0)), Nil.Instance, F(1), 2))));
    }

    [Fact]
    [Trait("Rule", "Print/receive")]
    [Trait("Rule", "Print/names")]
    public void Receives_JoinsAndNestedPatterns_UseTheReferenceNames()
    {
        // new x, y in { for (z, v <- y & a, b <- x) { *z | *v | *a | *b } }: the reference prints
        // the variables of one binder in the other order (spec/divergences.md).
        var join = new New(2, Seq<string>.Empty, For(P(V(0), V(1), V(2), V(3)), Bind(V(1), 2, F(0), F(1)), Bind(V(0), 2, F(0), F(1))));
        Assert.Equal("new x0, x1 in {\n  for( @{x2}, @{x3} <- x1  & @{x4}, @{x5} <- x0 ) {\n    x2 |\n    x3 |\n    x4 |\n    x5\n  }\n}", Show(join));

        // for (x, @{for (@y, z <- @Nil) { y | u | *z }} <- @Nil) { x!(u) }
        var inner = For(P(V(0), V(1), F(1)), Bind(Nil.Instance, 2, F(0), F(1)));
        var outer = For(Out(V(0), V(1)), Bind(Nil.Instance, 2, F(0), inner));
        Assert.Equal("for( @{x0}, @{for( @{y0}, @{y1} <- @{Nil} ) { y0 | y1 | x1 }} <- @{Nil} ) {\n  @{x0}!(x1)\n}", Show(outer));
    }

    [Fact]
    [Trait("Rule", "Print/match")]
    public void Matches_OneCasePerLine()
    {
        var m = new Match(V(0), Seq.Of(new MatchCase(new GInt(42), Nil.Instance, 0), new MatchCase(F(0), Nil.Instance, 1)));
        Assert.Equal("@{Nil}!(47) |\nfor( @{x0} <- @{Nil} ) {\n  match x0 {\n    42 => {\n      Nil\n    }\n    x1 => {\n      Nil\n    }\n  }\n}",
            Show(Canon.Of(P(For(m, Bind(Nil.Instance, 1, F(0))), Out(Nil.Instance, new GInt(47))))));
        var ifThen = new Match(new GBool(true), Seq.Of(new MatchCase(new GBool(true), Out(Nil.Instance, new GInt(47)), 0), new MatchCase(new GBool(false), Nil.Instance, 0)));
        Assert.Equal("match true {\n  true => {\n    @{Nil}!(47)\n  }\n  false => {\n    Nil\n  }\n}", Show(ifThen));
        var branch = new New(1, Seq<string>.Empty, Out(V(0), new GInt(47)));
        var ifElse = new Match(new EBinary(BinaryOp.Eq, new GInt(47), new GInt(47)), Seq.Of(new MatchCase(new GBool(true), branch, 0), new MatchCase(new GBool(false), branch, 0)));
        Assert.Equal("match (47 == 47) {\n  true => {\n    new x0 in {\n      x0!(47)\n    }\n  }\n  false => {\n    new x0 in {\n      x0!(47)\n    }\n  }\n}", Show(ifElse));
        var wild = new Match(Nil.Instance, Seq.Of(new MatchCase(Wildcard.Instance, For(Nil.Instance, Bind(Nil.Instance, 0, Wildcard.Instance)), 0)));
        Assert.Equal("match Nil {\n  _ => {\n    for( @{_} <- @{Nil} ) {\n      Nil\n    }\n  }\n}", Show(wild));
        var inPattern = For(Nil.Instance, Bind(Nil.Instance, 2, new Match(P(F(0), F(1)), Seq.Of(new MatchCase(new GInt(47), Nil.Instance, 0)))));
        Assert.Equal("for( @{match x0 | x1 { 47 => { Nil } }} <- @{Nil} ) {\n  Nil\n}", Show(inPattern));
    }

    [Fact]
    [Trait("Rule", "Print/var")]
    public void VarRefs_NameTheVariableTheyRefer()
    {
        var m = new Match(V(0), Seq.Of(new MatchCase(new VarRef(0), Nil.Instance, 0), new MatchCase(new VarRef(1), Nil.Instance, 0)));
        Assert.Equal("for( @{x0}, @{x1} <- @{0} ) {\n  match x0 {\n    =x0 => {\n      Nil\n    }\n    =x1 => {\n      Nil\n    }\n  }\n}",
            Show(For(m, Bind(Zero, 2, F(0), F(1)))));
        Assert.Equal("new x0 in {\n  match 1 {\n    =*x0 => {\n      Nil\n    }\n  }\n}",
            Show(new New(1, Seq<string>.Empty, new Match(One, Seq.Of(new MatchCase(new VarRef(0), Nil.Instance, 0))))));
    }

    [Fact]
    [Trait("Rule", "Print/bundle")]
    public void Bundles_KeywordPaddedToEight()
    {
        Assert.Equal("bundle+ {   \"a\" }", Show(new Bundle(new GString("a"), false, true)));
        Assert.Equal("bundle- {   \"a\" }", Show(new Bundle(new GString("a"), true, false)));
        Assert.Equal("bundle0 {   \"a\" }", Show(new Bundle(new GString("a"), false, false)));
        Assert.Equal("bundle  {   \"a\" }", Show(new Bundle(new GString("a"), true, true)));
    }

    [Fact]
    [Trait("Rule", "Print/connective")]
    public void Connectives()
    {
        Assert.Equal("{Int /\\ ~{1}}", Show(new ConnAnd(Seq.Of<Proc>(new ConnType(SimpleType.Int), new ConnNot(One)))));
        Assert.Equal("{String \\/ ByteArray}", Show(new ConnOr(Seq.Of<Proc>(new ConnType(SimpleType.String), new ConnType(SimpleType.ByteArray)))));
    }

    [Fact]
    [Trait("Rule", "Print/names")]
    public void Ids_IncrementAndRotateAsTheReference()
    {
        var id = "a";
        for (var i = 0; i < 26; i++)
        {
            id = Printer.Increment(id);
        }
        Assert.Equal("aa", id);
        for (var i = 0; i < 26; i++)
        {
            id = Printer.Increment(id);
        }
        Assert.Equal("ba", id);
        Assert.Equal("x", Printer.Rotate("a"));
        Assert.Equal("yx", Printer.Rotate("ba"));
    }

    [Fact]
    [Trait("Rule", "Print/term")]
    public void Print_DeepAndLongTerms()
    {
        Proc p = Nil.Instance;
        for (var i = 0; i < 10_000; i++)
        {
            p = new EList(Seq.Of(p), null);
        }
        var text = DeepStack.Run(() => Printer.Print(p));
        Assert.Equal(20_000 + 3, text.Length);
        var flat = new EList(Enumerable.Range(0, 100_000).Select(i => (Proc)new GInt(i)).ToSeq(), null);
        Assert.StartsWith("[0, 1, 2", Printer.Print(flat), StringComparison.Ordinal);
    }
}
