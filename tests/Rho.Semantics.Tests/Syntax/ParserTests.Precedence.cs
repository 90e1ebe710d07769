using static Rho.Semantics.Tests.Syntax.SyntaxShow;

namespace Rho.Semantics.Tests.Syntax;

// Precedence and associativity across levels (spec/syntax.md, "Precedence").
public partial class ParserTests
{
    [Theory]
    [Trait("Rule", "Syn/new")]
    [Trait("Rule", "Syn/par")]
    [InlineData("new x in x!() | y!()", "(| (new x (! x)) (! y))")]
    [InlineData("new x in { x!() | y!() }", "(new x (| (! x) (! y)))")]
    [InlineData("new x in new y in x!(y)", "(new x (new y (! x y)))")]
    [InlineData("new x in if (c) a!() else b!() | d!()", "(| (new x (if c (! a) (! b))) (! d))")]
    public void New_BodyIsProc1_ParBindsLooser(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/if-else")]
    [Trait("Rule", "Syn/par")]
    [InlineData("if (c) p!() else q!() | r!()", "(| (if c (! p) (! q)) (! r))")]
    [InlineData("if (c) p!() | r!()", "(| (if c (! p)) (! r))")]
    [InlineData("if (a | b) p!()", "(if (| a b) (! p))")]
    [InlineData("if (c) for (x <- a) { Nil } else Nil", "(if c (for [x <- a] Nil) Nil)")]
    [InlineData("if (c) { if (d) p!() } else q!()", "(if c (if d (! p)) (! q))")]
    public void If_BranchesBindTighterThanPar(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/for")]
    [Trait("Rule", "Syn/contract")]
    [Trait("Rule", "Syn/par")]
    [InlineData("for (x <- a) { Nil } | b!()", "(| (for [x <- a] Nil) (! b))")]
    [InlineData("contract c(x) = { Nil } | c!(1)", "(| (contract c (x) Nil) (! c 1))")]
    [InlineData("x!(1) | for (_ <- x) { Nil }", "(| (! x 1) (for [_ <- x] Nil))")]
    public void KeywordLed_AreProc2_ParBindsLooser(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/add")]
    [Trait("Rule", "Syn/mul")]
    [Trait("Rule", "Syn/sub")]
    [Trait("Rule", "Syn/not")]
    [Trait("Rule", "Syn/neg")]
    [InlineData("1 + 2 * 3", "(+ 1 (* 2 3))")]
    [InlineData("1 * 2 + 3", "(+ (* 1 2) 3)")]
    [InlineData("a - b - c", "(- (- a b) c)")]
    [InlineData("a / b / c", "(/ (/ a b) c)")]
    [InlineData("not a and b", "(and (not a) b)")]
    [InlineData("not a == b", "(== (not a) b)")]
    [InlineData("-a * b", "(* (neg a) b)")]
    [InlineData("a or b and c == d < e + f * g", "(or a (and b (== c (< d (+ e (* f g))))))")]
    [InlineData("g * f + e < d == c and b or a", "(or (and (== (< (+ (* g f) e) d) c) b) a)")]
    [InlineData("a || b && c", "(|| a (&& b c))")]
    public void Operators_FollowTheLevelTable(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/method")]
    [Trait("Rule", "Syn/eval")]
    [Trait("Rule", "Syn/conjunction")]
    [InlineData("a /\\ b.foo()", "(.foo (/\\ a b))")]
    [InlineData("~a.foo()", "(.foo (~ a))")]
    [InlineData("not x.foo()", "(not (.foo x))")]
    [InlineData("*x + *y.size()", "(+ (* x) (.size (* y)))")]
    public void Method_BindsAtLevel11(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/send")]
    [Trait("Rule", "Syn/case")]
    [InlineData("match x { 1 => a!()  2 => b!() }", "(match x [1 => (! a)] [2 => (! b)])")]
    [InlineData("match x { [a, b] => a + b  (c, d) => Nil }", "(match x [[a b] => (+ a b)] [(tuple c d) => Nil])")]
    [InlineData("match x { y => { a!() | b!() } }", "(match x [y => (| (! a) (! b))])")]
    public void Match_CaseBodiesAreProc3(string source, string expected) => Assert.Equal(expected, Parsed(source));
}
