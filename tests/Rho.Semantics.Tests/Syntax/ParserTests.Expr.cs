using static Rho.Semantics.Tests.Syntax.SyntaxShow;

namespace Rho.Semantics.Tests.Syntax;

// One test per production of levels Proc4 to Proc16.
public partial class ParserTests
{
    [Theory]
    [Trait("Rule", "Syn/or")]
    [Trait("Rule", "Syn/short-or")]
    [InlineData("a or b", "(or a b)")]
    [InlineData("a || b or c", "(or (|| a b) c)")]
    public void Or_BothSpellings_LeftAssociative(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/and")]
    [Trait("Rule", "Syn/short-and")]
    [InlineData("a and b", "(and a b)")]
    [InlineData("a && b and c", "(and (&& a b) c)")]
    [InlineData("a or b and c", "(or a (and b c))")]
    public void And_BothSpellings_TighterThanOr(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/eq")]
    [Trait("Rule", "Syn/neq")]
    [InlineData("a == b", "(== a b)")]
    [InlineData("a != b == c", "(== (!= a b) c)")]
    [InlineData("a == b and c != d", "(and (== a b) (!= c d))")]
    public void Equality_LeftAssociative(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/matches")]
    [InlineData("x matches [_, _]", "(matches x [_ _])")]
    [InlineData("x + 1 matches Int", "(matches (+ x 1) Int)")]
    [InlineData("x matches y == true", "(== (matches x y) true)")]
    [InlineData("x < 1 matches true", "(matches (< x 1) true)")]
    public void Matches_BetweenTwoProc7(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/lt")]
    [Trait("Rule", "Syn/lte")]
    [Trait("Rule", "Syn/gt")]
    [Trait("Rule", "Syn/gte")]
    [InlineData("a < b", "(< a b)")]
    [InlineData("a <= b", "(<= a b)")]
    [InlineData("a > b", "(> a b)")]
    [InlineData("a >= b", "(>= a b)")]
    [InlineData("a < b <= c > d >= e", "(>= (> (<= (< a b) c) d) e)")]
    public void Comparison_FourOperators_LeftAssociative(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/add")]
    [Trait("Rule", "Syn/sub")]
    [Trait("Rule", "Syn/concat")]
    [Trait("Rule", "Syn/diff")]
    [InlineData("a + b", "(+ a b)")]
    [InlineData("a - b - c", "(- (- a b) c)")]
    [InlineData("a ++ b -- c + d", "(+ (-- (++ a b) c) d)")]
    [InlineData("a + b < c", "(< (+ a b) c)")]
    public void Additive_FourOperators_LeftAssociative(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/mul")]
    [Trait("Rule", "Syn/div")]
    [Trait("Rule", "Syn/mod")]
    [Trait("Rule", "Syn/interpolate")]
    [InlineData("a * b", "(* a b)")]
    [InlineData("a / b % c", "(% (/ a b) c)")]
    [InlineData("\"${x}\" %% {\"x\": 1}", "(%% \"${x}\" {\"x\":1})")]
    [InlineData("1 + 2 * 3", "(+ 1 (* 2 3))")]
    [InlineData("*x * *y", "(* (* x) (* y))")]
    public void Multiplicative_FourOperators_TighterThanAdditive(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/not")]
    [InlineData("not a", "(not a)")]
    [InlineData("not not a", "(not (not a))")]
    [InlineData("not a and b", "(and (not a) b)")]
    public void Not_Prefix_TighterThanAnd(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/neg")]
    [InlineData("-5", "(neg 5)")]
    [InlineData("- -x", "(neg (neg x))")]
    [InlineData("-2 * 3", "(* (neg 2) 3)")]
    [InlineData("a - -b", "(- a (neg b))")]
    [InlineData("-x.length()", "(neg (.length x))")]
    public void Neg_Prefix_IntLiteralsHaveNoSign(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/method")]
    [InlineData("x.length()", "(.length x)")]
    [InlineData("[1, 2].nth(0).foo(a, b)", "(.foo (.nth [1 2] 0) a b)")]
    [InlineData("\"abc\".slice(1, 2)", "(.slice \"abc\" 1 2)")]
    [InlineData("(1 + 2).toString()", "(.toString (+ 1 2))")]
    [InlineData("*x.get(1)", "(.get (* x) 1)")]
    public void Method_Chain_LeftAssociative(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/paren")]
    [InlineData("(1 + 2) * 3", "(* (+ 1 2) 3)")]
    [InlineData("((x))", "x")]
    [InlineData("(a or b)", "(or a b)")]
    [InlineData("-(1)", "(neg 1)")]
    public void Paren_Expression_Regroups(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/eval")]
    [InlineData("*x", "(* x)")]
    [InlineData("*@{1 + 1}", "(* @(+ 1 1))")]
    [InlineData("*_", "(* _)")]
    [InlineData("*@*x", "(* @(* x))")]
    public void Eval_StarName(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/var-ref")]
    [Trait("Rule", "Syn/var-ref-name")]
    [InlineData("match 1 { =x => Nil }", "(match 1 [=x => Nil])")]
    [InlineData("match 1 { =*x => Nil }", "(match 1 [=*x => Nil])")]
    [InlineData("match 1 { = * x => Nil }", "(match 1 [=*x => Nil])")]
    [InlineData("match 1 { =x \\/ 2 => Nil }", "(match 1 [(\\/ =x 2) => Nil])")]
    public void VarRef_ProcAndNameKinds(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/disjunction")]
    [Trait("Rule", "Syn/conjunction")]
    [InlineData("a \\/ b \\/ c", "(\\/ (\\/ a b) c)")]
    [InlineData("a /\\ b /\\ c", "(/\\ (/\\ a b) c)")]
    [InlineData("a \\/ b /\\ c", "(\\/ a (/\\ b c))")]
    [InlineData("(1, 2) /\\ x \\/ y", "(\\/ (/\\ (tuple 1 2) x) y)")]
    [InlineData("a + b \\/ c", "(+ a (\\/ b c))")]
    public void Connectives_ConjunctionTighterThanDisjunction(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/negation")]
    [InlineData("~a", "(~ a)")]
    [InlineData("~~a /\\ b", "(/\\ (~ (~ a)) b)")]
    [InlineData("~{a | b}", "(~ (| a b))")]
    public void Negation_TightestPrefix(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/bool")]
    [Trait("Rule", "Syn/int")]
    [Trait("Rule", "Syn/bigint")]
    [Trait("Rule", "Syn/string")]
    [Trait("Rule", "Syn/uri")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("007", "007")]
    [InlineData("99999999999999999999999", "99999999999999999999999")]
    [InlineData("BigInt(12)", "BigInt(12)")]
    [InlineData("\"a\\tb\"", "\"a\\tb\"")]
    [InlineData("`rho:io:stdout`", "`rho:io:stdout`")]
    public void Ground_Literals_KeptAsWritten(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/list")]
    [Trait("Rule", "Syn/remainder")]
    [InlineData("[]", "[]")]
    [InlineData("[1, 2, 3]", "[1 2 3]")]
    [InlineData("[h ...t]", "[h ...t]")]
    [InlineData("[...t]", "[...t]")]
    [InlineData("[1, 2 ..._]", "[1 2 ..._]")]
    [InlineData("[x!() | y!()]", "[(| (! x) (! y))]")]
    public void List_ItemsAndRemainder(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/tuple")]
    [InlineData("(1,)", "(tuple 1)")]
    [InlineData("(1, )", "(tuple 1)")]
    [InlineData("(1, 2, 3)", "(tuple 1 2 3)")]
    [InlineData("(x!() | y!(), 2)", "(tuple (| (! x) (! y)) 2)")]
    [InlineData("(1, 2).nth(0)", "(.nth (tuple 1 2) 0)")]
    public void Tuple_SingleAndMultiple(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/set")]
    [InlineData("Set()", "Set()")]
    [InlineData("Set(1, 2 ...r)", "Set(1 2 ...r)")]
    public void Set_ItemsAndRemainder(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/map")]
    [InlineData("{}", "{}")]
    [InlineData("{\"a\": 1, \"b\": 2}", "{\"a\":1 \"b\":2}")]
    [InlineData("{1: 2 ...r}", "{1:2 ...r}")]
    [InlineData("{...r}", "{...r}")]
    [InlineData("{x | y : z}", "{(| x y):z}")]
    public void Map_PairsAndRemainder_EmptyBracesAreMap(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/var")]
    [Trait("Rule", "Syn/wildcard")]
    [InlineData("x", "x")]
    [InlineData("_x'1", "_x'1")]
    [InlineData("'quoted", "'quoted")]
    [InlineData("_", "_")]
    public void ProcVar_VariablesAndWildcard(string source, string expected) => Assert.Equal(expected, Parsed(source));

    [Fact]
    [Trait("Rule", "Syn/nil")]
    public void Nil_Keyword() => Assert.Equal("Nil", Parsed("Nil"));

    [Theory]
    [Trait("Rule", "Syn/simple-type")]
    [InlineData("Bool")]
    [InlineData("Int")]
    [InlineData("BigInt")]
    [InlineData("String")]
    [InlineData("Uri")]
    [InlineData("ByteArray")]
    public void SimpleType_SixConnectives(string source) => Assert.Equal(source, Parsed(source));

    [Theory]
    [Trait("Rule", "Syn/block")]
    [InlineData("{ x!() }", "(! x)")]
    [InlineData("{ x!() | y!() } | z!()", "(| (| (! x) (! y)) (! z))")]
    [InlineData("{{{ Nil }}}", "Nil")]
    [InlineData("~{ (1) }", "(~ 1)")]
    public void Block_RegroupsAnyProcess(string source, string expected) => Assert.Equal(expected, Parsed(source));
}
