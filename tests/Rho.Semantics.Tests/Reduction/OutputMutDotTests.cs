using Rho.Semantics.Reduction;

namespace Rho.Semantics.Tests.Reduction;

/// <summary>
/// The exact DOT text <see cref="DotWriter"/> writes for small reduction graphs: the header, one
/// node per state labelled with its canonical residual (and its stdout so far), the initial state
/// bold, terminal states with two peripheries, states with runtime errors red with the errors'
/// rule ids as an external label, and edges labelled with the rule (and the printed line), with
/// quotes, backslashes and newlines escaped.
/// </summary>
public class OutputMutDotTests
{
    private const string Stdout = "new stdout(`rho:io:stdout`) in { ";

    /// <summary>The DOT text of a graph whose node and edge lines are <paramref name="body"/>.</summary>
    private static string Graph(params string[] body) =>
        string.Join("\n", ["digraph reduction {", "  rankdir=TB;", """  node [shape=box, fontname="monospace"];""", .. body, "}"]) + "\n";

    private static string Dot(string source) => DotWriter.Write(Rholang.Reduce(source));

    [Fact]
    [Trait("Rule", "Syn/nil")]
    public void Write_Nil_OneNodeBothInitialAndTerminal()
    {
        Assert.Equal(
            Graph("""  s0 [label="Nil", peripheries=2, style=bold];"""),
            Dot("Nil"));
    }

    [Fact]
    [Trait("Rule", "Sys/stdout")]
    public void Write_PrintedString_EscapesQuotesBackslashesAndNewlinesInLabels()
    {
        Assert.Equal(
            Graph(
                """  s0 [label="new x0(`rho:io:stdout`) in {\n  x0!(\"a\\\"b\\\\c\")\n}", style=bold];""",
                """  s1 [label="@{Unforgeable(`rho:io:stdout`)}!(\"a\\\"b\\\\c\")"];""",
                """  s2 [label="Nil\nstdout: \"a\\\"b\\\\c\"", peripheries=2];""",
                """  s0 -> s1 [label="New/fresh"];""",
                """  s1 -> s2 [label="Sys/stdout\n\"a\\\"b\\\\c\""];"""),
            Dot(Stdout + "stdout!(\"a\\\"b\\\\c\") }"));
    }

    [Fact]
    [Trait("Rule", "Sys/stdout")]
    public void Write_TwoPrints_OnePathPerOrderAndStdoutLinesJoinedBySpaces()
    {
        Assert.Equal(
            Graph(
                """  s0 [label="new x0(`rho:io:stdout`) in {\n  x0!(1) |\n  x0!(2)\n}", style=bold];""",
                """  s1 [label="@{Unforgeable(`rho:io:stdout`)}!(1) |\n@{Unforgeable(`rho:io:stdout`)}!(2)"];""",
                """  s2 [label="@{Unforgeable(`rho:io:stdout`)}!(2)\nstdout: 1"];""",
                """  s3 [label="@{Unforgeable(`rho:io:stdout`)}!(1)\nstdout: 2"];""",
                """  s4 [label="Nil\nstdout: 1 2", peripheries=2];""",
                """  s5 [label="Nil\nstdout: 2 1", peripheries=2];""",
                """  s0 -> s1 [label="New/fresh"];""",
                """  s1 -> s2 [label="Sys/stdout\n1"];""",
                """  s1 -> s3 [label="Sys/stdout\n2"];""",
                """  s2 -> s4 [label="Sys/stdout\n2"];""",
                """  s3 -> s5 [label="Sys/stdout\n1"];"""),
            Dot(Stdout + "stdout!(1) | stdout!(2) }"));
    }

    [Fact]
    [Trait("Rule", "Sys/stderr")]
    public void Write_Stderr_OnTheEdgeOnlyNotInTheNodeLabel()
    {
        Assert.Equal(
            Graph(
                """  s0 [label="new x0(`rho:io:stderr`) in {\n  x0!(7)\n}", style=bold];""",
                """  s1 [label="@{Unforgeable(`rho:io:stderr`)}!(7)"];""",
                """  s2 [label="Nil", peripheries=2];""",
                """  s0 -> s1 [label="New/fresh"];""",
                """  s1 -> s2 [label="Sys/stderr\n7"];"""),
            Dot("new stderr(`rho:io:stderr`) in { stderr!(7) }"));
    }

    [Fact]
    [Trait("Rule", "Comm/linear")]
    public void Write_Communication_EdgeLabelIsTheRuleAlone()
    {
        Assert.Equal(
            Graph(
                """  s0 [label="new x0 in {\n  x0!(1) |\n  for( @{x1} <- x0 ) {\n    Nil\n  }\n}", style=bold];""",
                """  s1 [label="@{Unforgeable(0x00)}!(1) |\nfor( @{x0} <- @{Unforgeable(0x00)} ) {\n  Nil\n}"];""",
                """  s2 [label="Nil", peripheries=2];""",
                """  s0 -> s1 [label="New/fresh"];""",
                """  s1 -> s2 [label="Comm/linear"];"""),
            Dot("new c in { c!(1) | for (@x <- c) { Nil } }"));
    }

    [Fact]
    [Trait("Rule", "Error/type")]
    public void Write_ErrorThenPrint_ErrorStatesRedWithRuleIds_TerminalOneAlsoShowsStdout()
    {
        Assert.Equal(
            Graph(
                """  s0 [label="new x0(`rho:io:stdout`) in {\n  @{0}!((1 + \"a\")) |\n  x0!(5)\n}", style=bold];""",
                """  s1 [label="@{0}!((1 + \"a\")) |\n@{Unforgeable(`rho:io:stdout`)}!(5)"];""",
                """  s2 [label="@{Unforgeable(`rho:io:stdout`)}!(5)", color=red, xlabel="Error/type"];""",
                """  s3 [label="Nil\nstdout: 5", peripheries=2, color=red, xlabel="Error/type"];""",
                """  s0 -> s1 [label="New/fresh"];""",
                """  s1 -> s2 [label="Error/type"];""",
                """  s2 -> s3 [label="Sys/stdout\n5"];"""),
            Dot(Stdout + "@0!(1 + \"a\") | stdout!(5) }"));
    }

    [Fact]
    [Trait("Rule", "Error/type")]
    public void Write_TwoErrors_ExternalLabelJoinsTheirRuleIds()
    {
        Assert.Equal(
            Graph(
                """  s0 [label="new x0(`rho:io:stdout`) in {\n  x0!((1 + \"a\")) |\n  x0!((true - 1))\n}", style=bold];""",
                """  s1 [label="@{Unforgeable(`rho:io:stdout`)}!((1 + \"a\")) |\n@{Unforgeable(`rho:io:stdout`)}!((true - 1))"];""",
                """  s2 [label="@{Unforgeable(`rho:io:stdout`)}!((true - 1))", color=red, xlabel="Error/type"];""",
                """  s3 [label="Nil", peripheries=2, color=red, xlabel="Error/type; Error/type"];""",
                """  s0 -> s1 [label="New/fresh"];""",
                """  s1 -> s2 [label="Error/type"];""",
                """  s2 -> s3 [label="Error/type"];"""),
            Dot(Stdout + "stdout!(1 + \"a\") | stdout!(true - 1) }"));
    }

    [Fact]
    public void Write_NullExploration_ThrowsArgumentNull()
    {
        var e = Assert.Throws<ArgumentNullException>(() => DotWriter.Write(null!));
        Assert.Equal("exploration", e.ParamName);
    }
}
