using Rho.Laws.Generators;
using Rho.Laws.Properties;
using Rho.Semantics.Core;
using Rho.Semantics.Printing;
using Rho.Semantics.Syntax;

namespace Rho.Laws.Tests.Properties;

/// <summary>Counterexamples print as canonical Rholang source; the seed of a tree's random rewrites is FNV-1a of that source.</summary>
public class ShowTests
{
    [Fact]
    public void Syntax_IsTheCanonicalSource()
    {
        Assert.Equal(Show.Syntax(RhoParser.Parse("@1!(2) | @0!(1)")), Show.Syntax(RhoParser.Parse("@0!(1) | @1!(2) | Nil")));
        Assert.Equal("@{0}!(1)", Show.Syntax(RhoParser.Parse("Nil | @0!(1)")));
        Assert.Equal(Printer.PrintSource(Rho.Semantics.Congruence.Canon.Of(new Par(Seq.Of<Proc>(new GInt(3), new GInt(1))))), Show.Core(new Par(Seq.Of<Proc>(new GInt(1), new GInt(3)))));
    }

    [Fact]
    public void StableSeed_IsFnv1aOfThePrintedSourceMaskedTo31Bits()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var s = new ProcessGenerator(seed).Process(6);
            var h = 2166136261u;
            foreach (var ch in Show.Syntax(s))
            {
                h = unchecked((h ^ ch) * 16777619u);
            }
            Assert.Equal((int)(h & 0x7FFFFFFF), Show.StableSeed(s));
        }
    }

    [Fact]
    public void StableSeed_CongruentTreesShareASeed_OthersMostlyDiffer()
    {
        Assert.Equal(Show.StableSeed(RhoParser.Parse("@0!(1) | @1!(2)")), Show.StableSeed(RhoParser.Parse("@1!(2) | @0!(1)")));
        var seeds = Enumerable.Range(0, 50).Select(seed => Show.StableSeed(new ProcessGenerator(seed).Process(6))).ToList();
        Assert.All(seeds, s => Assert.True(s >= 0));
        Assert.True(seeds.Distinct().Count() >= 40);
    }
}
