using Rho.Semantics.Core;
using static Rho.Semantics.Tests.Normalize.Terms;

namespace Rho.Semantics.Tests.Normalize;

/// <summary>
/// spec/normalization.md: every node the normalizer builds carries the source position of the
/// construct it came from (<c>At</c>), and nodes made by a desugaring carry the position of the
/// sugar. Runtime errors and traces report these positions, so each construct's node is pinned
/// to its exact line and column here.
/// </summary>
public class NormMutPositionTests
{
    /// <summary>Where a construct's node sits in the normalized term.</summary>
    public enum Path
    {
        /// <summary>The whole term.</summary>
        Root,

        /// <summary>The body of a top-level <c>new</c>.</summary>
        NewBody,

        /// <summary>The target of a top-level match.</summary>
        MatchTarget,

        /// <summary>The pattern of the first case of a top-level match.</summary>
        CasePattern,
    }

    private static Proc Select(Proc t, Path path) => path switch
    {
        Path.Root => t,
        Path.NewBody => Assert.IsType<New>(t).Body,
        Path.MatchTarget => Assert.IsType<Match>(t).Target,
        Path.CasePattern => Assert.IsType<Match>(t).Cases[0].Pattern,
        _ => throw new ArgumentOutOfRangeException(nameof(path)),
    };

    private static void At(string source, Path path, int line, int col)
    {
        var node = Select(Norm(source), path);
        Assert.Equal(new SourcePos(line, col), node.At.Pos);
    }

    [Theory]
    [Trait("Rule", "Norm/expr")]
    [InlineData("  Nil", 1, 3)]
    [InlineData("\n  true", 2, 3)]
    [InlineData("   BigInt(5)", 1, 4)]
    [InlineData("  \"a\"", 1, 3)]
    [InlineData("  `rho:x`", 1, 3)]
    [InlineData("  [1, 2]", 1, 3)]
    [InlineData("  (1, 2)", 1, 3)]
    [InlineData("  Set(1)", 1, 3)]
    [InlineData("  {1: 2}", 1, 3)]
    [InlineData("  not true", 1, 3)]
    [InlineData("  [1].length()", 1, 3)]
    [InlineData("  1 matches 2", 1, 3)]
    public void Expression_NodeCarriesItsPosition(string source, int line, int col) => At(source, Path.Root, line, col);

    [Theory]
    [Trait("Rule", "Norm/neg-literal")]
    [InlineData("   -5", 1, 4)]
    [InlineData("   -BigInt(5)", 1, 4)]
    public void NegativeLiteral_CarriesThePositionOfItsMinus(string source, int line, int col) => At(source, Path.Root, line, col);

    [Fact]
    [Trait("Rule", "Norm/par")]
    public void Par_CarriesThePositionOfItsFirstPart() => At("  1 | 2 | 3", Path.Root, 1, 3);

    [Fact]
    [Trait("Rule", "Norm/match")]
    public void Match_CarriesItsPosition() => At(" match 1 { _ => Nil }", Path.Root, 1, 2);

    [Theory]
    [Trait("Rule", "Norm/var")]
    [InlineData("match 1 { _ => Nil }", 1, 11)]
    [InlineData("match 1 {  x => Nil }", 1, 12)]
    public void PatternVariableAndWildcard_CarryTheirPositions(string source, int line, int col) =>
        At(source, Path.CasePattern, line, col);

    [Theory]
    [Trait("Rule", "Norm/conn-not")]
    [Trait("Rule", "Norm/conn-or")]
    [Trait("Rule", "Norm/conn-and")]
    [InlineData("match 1 { ~2 => Nil }", 1, 11)]
    [InlineData("match 1 { 1 \\/ 2 => Nil }", 1, 11)]
    [InlineData("match 1 { x /\\ 2 => Nil }", 1, 11)]
    public void Connective_CarriesItsPosition(string source, int line, int col) =>
        At(source, Path.CasePattern, line, col);

    [Theory]
    [Trait("Rule", "Norm/let-sequential")]
    [InlineData(Path.Root)]
    [InlineData(Path.MatchTarget)]
    [InlineData(Path.CasePattern)]
    public void SequentialLet_MatchValuesAndPattern_CarryTheDeclarationPosition(Path path) =>
        At("let\n  x <- 1 in { Nil }", path, 2, 3);

    [Theory]
    [Trait("Rule", "Norm/bundle")]
    [InlineData("  bundle+ { 1 }")]
    [InlineData("  bundle+ { bundle- { 1 } }")]
    public void Bundle_CarriesItsPosition_AlsoWhenMerged(string source) => At(source, Path.Root, 1, 3);

    [Fact]
    [Trait("Rule", "Norm/receive")]
    public void Receive_CarriesItsPosition() => At("new c in {\n  for (x <- c) { Nil } }", Path.NewBody, 2, 3);

    [Fact]
    [Trait("Rule", "Norm/new")]
    public void EveryNodeOfAProgram_HasAPosition()
    {
        var t = Norm(
            "new c, out(`rho:io:stdout`) in { for (@x, _ <- c & @[y ...r] <- out) { out!(x + 1, -x, [y], (r,), Set(x), {x: y}) } | "
            + "c!(\"s\", `u`, BigInt(3), true, Nil) | match [1, 2] { [a, b] => out!(a) _ => Nil } | "
            + "contract c(@k) = { if (k matches Int) { out!(k.toString()) } } | c!?(1); Nil | let @z <- 1 & @w <- 2 in { out!(z, w) } | "
            + "bundle0 { *c } | for (@q <- c?!) { out!(q) } | for (@q <- c!?(1)) { out!(q) } }");
        Walk(t);

        static void Walk(Proc p)
        {
            Assert.False(p.At.Pos.IsNone, $"{p.GetType().Name} has no position: {p}");
            foreach (var (child, _) in Traversal.Children(p))
            {
                Walk(child);
            }
        }
    }
}
