using Rho.Compiler.Bytecode;
using Rho.Semantics;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;

namespace Rho.Compiler.Tests.Laws;

/// <summary><c>Law/quote</c> and <c>Law/par</c> on the named examples: each example quoted, and each pair in parallel.</summary>
public class ExampleAlgebraTests
{
    private static readonly Proc[] Programs = [.. ((IEnumerable<object[]>)ExampleLawTests.Examples()).Select(row => Rholang.Compile(File.ReadAllText((string)row[0])))];

    private static CompiledProcess C(Proc p) => RhoCompiler.Compile(p);

    [Fact]
    [Trait("Rule", "Law/quote")]
    public void Quote_EveryExampleQuotedCompilesToQuoteOfItsCode()
    {
        foreach (var p in Programs)
        {
            // @0!(@P) sends the name of P: the send's pool holds QUOTE of the already-compiled P.
            var send = Canon.Of(new Send(new GInt(0), Seq.Of(p), false));
            var seq = Assert.Single(C(send).Sequences);
            Assert.Contains(seq.Pool.OfType<QuoteConst>(), q => q.Process == C(((Send)send).Args[0]));
        }
    }

    [Fact]
    [Trait("Rule", "Law/par")]
    [Trait("Rule", "Law/order")]
    public void Par_EveryPairOfExamplesCompilesToTheUnion()
    {
        Assert.True(Programs.Length >= 10);
        foreach (var p in Programs)
        {
            foreach (var q in Programs)
            {
                var both = C(new Par(Seq.Of(p, q)));
                Assert.Equal(C(p).Union(C(q)), both);
                Assert.Equal(both, C(new Par(Seq.Of(q, Nil.Instance, p))));
            }
        }
    }
}
