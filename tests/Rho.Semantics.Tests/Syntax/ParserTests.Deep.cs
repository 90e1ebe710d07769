using System.Text;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Syntax;

namespace Rho.Semantics.Tests.Syntax;

// Stack safety: 10,000 levels of nesting parse on the deep stack, flat chains are loops, and
// nesting beyond any stack is a clean syntax error, never a crash.
public partial class ParserTests
{
    private const int Depth = 10_000;

    private static SProc ParseDeep(string source) => DeepStack.Run(() => RhoParser.Parse(source));

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    /// <summary>The length of the chain of same-shaped nodes that starts at <paramref name="p"/>.</summary>
    private static int Nesting(SProc p)
    {
        var n = 1;
        for (var q = Inner(p); q is not null; q = Inner(q))
        {
            n++;
        }
        return n;
    }

    /// <summary>The child of <paramref name="p"/> that repeats its shape, if any.</summary>
    private static SProc? Inner(SProc p) => p switch
    {
        SPar x => x.Right as SPar ?? x.Left as SPar,
        SFor x => x.Body as SFor,
        SList x => x.Items.Count == 1 ? x.Items[0] as SList : null,
        STuple x => x.Items[0] as STuple,
        SNew x => x.Body as SNew,
        SIf x => x.Else as SIf,
        SUnary x => x.Operand as SUnary,
        SNegation x => x.Body as SNegation,
        SEval { Name: SNameQuote n } => n.Proc as SEval,
        SBinary x => x.Left as SBinary,
        SMethod x => x.Target as SMethod,
        _ => null,
    };

    public static TheoryData<string, string, int> DeepPrograms() => new()
    {
        { "blocks", Repeat("{ x!() | ", Depth) + "Nil" + Repeat("}", Depth), Depth },
        { "nested for", Repeat("for (x <- y) { ", Depth) + "Nil" + Repeat(" }", Depth), Depth },
        { "nested lists", Repeat("[", Depth) + Repeat("]", Depth), Depth },
        { "nested parens", Repeat("(", Depth) + "1" + Repeat(")", Depth), 1 },
        { "nested tuples", Repeat("(", Depth) + "1" + Repeat(",)", Depth), Depth },
        { "nested new", Repeat("new x in ", Depth) + "Nil", Depth },
        { "else-if chain", Repeat("if (c) Nil else ", Depth) + "Nil", Depth },
        { "nots", Repeat("not ", Depth) + "x", Depth },
        { "negations", Repeat("~", Depth) + "x", Depth },
        { "quotes", Repeat("*@", Depth) + "x", Depth },
        { "par chain", "x!()" + Repeat(" | x!()", Depth), Depth },
        { "sum chain", "1" + Repeat(" + 1", Depth), Depth },
        { "method chain", "x" + Repeat(".f()", Depth), Depth },
        { "long list", "[1" + Repeat(", 1", Depth - 1) + "]", 1 },
    };

    [Theory]
    [Trait("Category", "Slow")] // left out of mutation runs (tests/Rho.Semantics.Tests/stryker-config.json)
    [Trait("Rule", "Syn/deep")]
    [MemberData(nameof(DeepPrograms))]
    public void Deep_TenThousandLevels_ParseToTheFullNesting(string shape, string source, int expectedNesting)
    {
        var p = ParseDeep(source);
        Assert.Equal(expectedNesting, Nesting(p));
        if (p is SList list && shape == "long list")
        {
            Assert.Equal(Depth, list.Items.Count);
        }
    }

    [Fact]
    [Trait("Rule", "Syn/deep")]
    public void Deep_BeyondTheStack_CleanSyntaxError()
    {
        var source = Repeat("[", 200_000) + Repeat("]", 200_000);
        AssertTooDeepOnASmallStack(source);
    }

    /// <summary>Parses <paramref name="source"/> on a 512 KiB thread: it must end in the clean "program nested too deeply".</summary>
    internal static void AssertTooDeepOnASmallStack(string source)
    {
        RhoException? error = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    new Parser(Lexer.Tokenize(source)).ParseProgram();
                }
                catch (RhoException e)
                {
                    error = e;
                }
            },
            512 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(error);
        Assert.Equal(ErrorClass.Malformed, error.Error.Class);
        Assert.Equal("program nested too deeply", error.Error.Message);
    }
}
