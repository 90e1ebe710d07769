using static Rho.Semantics.Tests.Syntax.SyntaxShow;

namespace Rho.Semantics.Tests.Syntax;

// One test per production of levels Proc to Proc3 and their auxiliary categories (spec/syntax.md).
public partial class ParserTests
{
    [Fact]
    [Trait("Rule", "Syn/par")]
    public void Par_ThreeProcesses_LeftNested() =>
        Assert.Equal("(| (| (! a) (! b)) (! c))", Parsed("a!() | b!() | c!()"));

    [Fact]
    [Trait("Rule", "Syn/if")]
    public void If_NoElse_ThenIsProc2() =>
        Assert.Equal("(if (== x 1) (! out 1))", Parsed("if (x == 1) out!(1)"));

    [Fact]
    [Trait("Rule", "Syn/if-else")]
    public void IfElse_ElseChain_NestsInElse() =>
        Assert.Equal("(if a (! o 1) (if b (! o 2) (! o 3)))", Parsed("if (a) o!(1) else if (b) o!(2) else o!(3)"));

    [Fact]
    [Trait("Rule", "Syn/new")]
    public void New_SeveralNames_BodyIsProc1() =>
        Assert.Equal("(new x y (! x y))", Parsed("new x, y in x!(y)"));

    [Fact]
    [Trait("Rule", "Syn/name-decl")]
    [Trait("Rule", "Syn/name-decl-uri")]
    public void NameDecl_PlainAndUri_KeepsRawUri() =>
        Assert.Equal("(new a out(`rho:io:stdout`) (! out a))", Parsed("new a, out(`rho:io:stdout`) in out!(a)"));

    [Fact]
    [Trait("Rule", "Syn/send-sync")]
    public void SendSync_Dot_NoContinuation() =>
        Assert.Equal("(!? ch 1 2 .)", Parsed("ch!?(1, 2)."));

    [Fact]
    [Trait("Rule", "Syn/send-sync-cont")]
    public void SendSync_Semicolon_ContinuationIsProc1() =>
        Assert.Equal("(| (!? ch 1 ; (new x (! x))) (! y))", Parsed("ch!?(1); new x in x!() | y!()"));

    [Fact]
    [Trait("Rule", "Syn/send")]
    public void Send_Single_ArgumentsArePrograms() =>
        Assert.Equal("(! ch 1 (| (! a) (! b)) Nil)", Parsed("ch!(1, a!() | b!(), Nil)"));

    [Fact]
    [Trait("Rule", "Syn/send-persistent")]
    public void Send_Double_IsPersistent() =>
        Assert.Equal("(!! @\"ch\")", Parsed("@\"ch\"!!()"));

    [Fact]
    [Trait("Rule", "Syn/contract")]
    public void Contract_FormalsAndRemainder_BodyInBraces() =>
        Assert.Equal("(contract @\"f\" (x @y ...@rest) (! x y))", Parsed("contract @\"f\"(x, @y ...@rest) = { x!(y) }"));

    [Fact]
    [Trait("Rule", "Syn/for")]
    [Trait("Rule", "Syn/receipt")]
    public void For_Semicolons_SequentialReceipts() =>
        Assert.Equal("(for [x <- a ; y <= b ; z <<- c] Nil)", Parsed("for (x <- a; y <= b; z <<- c) { Nil }"));

    [Fact]
    [Trait("Rule", "Syn/join")]
    public void For_Ampersand_JoinInOneReceipt() =>
        Assert.Equal("(for [x <- a & @y <- b] Nil)", Parsed("for (x <- a & @{y} <- b) { Nil }"));

    [Fact]
    [Trait("Rule", "Syn/bind-linear")]
    [Trait("Rule", "Syn/source-simple")]
    public void BindLinear_SeveralPatterns_SimpleSource() =>
        Assert.Equal("(for [x @[h ...t] _ <- ch] Nil)", Parsed("for (x, @[h ...t], _ <- ch) { Nil }"));

    [Fact]
    [Trait("Rule", "Syn/bind-repeated")]
    public void BindRepeated_JoinOfPersistentBinds() =>
        Assert.Equal("(for [x <= a & y <= b] Nil)", Parsed("for (x <= a & y <= b) { Nil }"));

    [Fact]
    [Trait("Rule", "Syn/bind-peek")]
    public void BindPeek_PeekArrow_PeekReceipt() =>
        Assert.Equal("(for [x <<- a] Nil)", Parsed("for (x <<- a) { Nil }"));

    [Fact]
    [Trait("Rule", "Syn/bind-linear")]
    public void BindLinear_NoPatterns_Allowed() =>
        Assert.Equal("(for [<- ch] Nil)", Parsed("for (<- ch) { Nil }"));

    [Fact]
    [Trait("Rule", "Syn/source-receive-send")]
    public void Source_ReceiveSend_Parses() =>
        Assert.Equal("(for [x <- ch?!] Nil)", Parsed("for (x <- ch?!) { Nil }"));

    [Fact]
    [Trait("Rule", "Syn/source-send-receive")]
    public void Source_SendReceive_KeepsArguments() =>
        Assert.Equal("(for [x <- ch!?(1 2)] Nil)", Parsed("for (x <- ch!?(1, 2)) { Nil }"));

    [Fact]
    [Trait("Rule", "Syn/select")]
    [Trait("Rule", "Syn/branch")]
    public void Select_TwoBranches_ParsesIntoSelect() =>
        Assert.Equal(
            "(select [x <- a & y <- b => (! o x)] [z <- c => Nil])",
            Parsed("select { x <- a & y <- b => o!(x)  z <- c => Nil }"));

    [Fact]
    [Trait("Rule", "Syn/match")]
    [Trait("Rule", "Syn/case")]
    public void Match_CasesJuxtaposed_PatternProc13BodyProc3() =>
        Assert.Equal(
            "(match (+ x 1) [1 => (! o 1)] [(\\/ Int String) => Nil] [_ => (+ 1 2)])",
            Parsed("match x + 1 { 1 => o!(1)  Int \\/ String => Nil  _ => 1 + 2 }"));

    [Theory]
    [Trait("Rule", "Syn/bundle")]
    [InlineData("bundle+ { x!() }", "(bundle+ (! x))")]
    [InlineData("bundle- { x!() }", "(bundle- (! x))")]
    [InlineData("bundle0 { x!() }", "(bundle0 (! x))")]
    [InlineData("bundle { x!() }", "(bundle (! x))")]
    [InlineData("bundle+{Nil}", "(bundle+ Nil)")]
    public void Bundle_FourKinds_SingleTokens(string source, string expected) =>
        Assert.Equal(expected, Parsed(source));

    [Fact]
    [Trait("Rule", "Syn/let")]
    [Trait("Rule", "Syn/decl")]
    public void Let_Semicolons_Sequential() =>
        Assert.Equal("(let; [x y <- 1 2] [z ...@r <- 3] [<-] (! o x))", Parsed("let x, y <- 1, 2; z ...@r <- 3; <- in { o!(x) }"));

    [Fact]
    [Trait("Rule", "Syn/let")]
    public void Let_SingleDeclaration_Sequential() =>
        Assert.Equal("(let; [x <- 1] Nil)", Parsed("let x <- 1 in { Nil }"));

    [Fact]
    [Trait("Rule", "Syn/let-conc")]
    public void Let_Ampersands_Concurrent() =>
        Assert.Equal("(let& [x <- 1] [y <- 2] Nil)", Parsed("let x <- 1 & y <- 2 in { Nil }"));

    [Theory]
    [Trait("Rule", "Syn/name-wildcard")]
    [Trait("Rule", "Syn/name-var")]
    [Trait("Rule", "Syn/name-quote")]
    [InlineData("_!()", "(! _)")]
    [InlineData("x!()", "(! x)")]
    [InlineData("@Nil!()", "(! @Nil)")]
    [InlineData("@*x!()", "(! @(* x))")]
    [InlineData("@x \\/ y!()", "(! @(\\/ x y))")]
    [InlineData("@(1, 2)!()", "(! @(tuple 1 2))")]
    [InlineData("@{x | y}!()", "(! @(| x y))")]
    public void Name_ThreeForms_QuoteTakesProc12(string source, string expected) =>
        Assert.Equal(expected, Parsed(source));

    [Fact]
    [Trait("Rule", "Syn/name-remainder")]
    public void NameRemainder_OnlyRemainder_EmptyNames() =>
        Assert.Equal("(for [...@_ <- ch] Nil)", Parsed("for (...@_ <- ch) { Nil }"));
}
