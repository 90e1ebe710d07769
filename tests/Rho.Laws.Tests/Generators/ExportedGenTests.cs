using FsCheck.Fluent;
using Rho.Laws.Generators;
using Rho.Laws.Properties;
using Rho.Semantics;
using Rho.Semantics.Core;
using Rho.Semantics.Fuzz;
using Rho.Semantics.Syntax;
using Normalizer = Rho.Semantics.Normalize.Normalizer;

namespace Rho.Laws.Tests.Generators;

/// <summary>
/// The exported generators: choice lists in range and bounded, generated values paired with the
/// choices that pick them, process generators bounded by their size parameter, and a shrinker whose
/// candidates are other, no larger (an eval becomes Nil), closed processes.
/// </summary>
public class ExportedGenTests
{
    [Fact]
    public void ChoicesHedgehog_ListsAreBoundedAndInRange()
    {
        var (longest, largest) = (0, 0);
        Seeds.Hedgehog(Choices.Hedgehog(7), xs =>
        {
            longest = Math.Max(longest, xs.Length);
            largest = Math.Max(largest, xs.DefaultIfEmpty(0).Max());
            return xs.Length <= 7 && xs.All(x => x is >= 0 and <= 50);
        });
        Assert.InRange(longest, 6, 7);
        Assert.True(largest >= 40, $"largest choice {largest}");
    }

    [Fact]
    public void CoreTerms_ValuesAreWhatTheirChoicesPick()
    {
        Assert.Null(ForAll.FsCheck(ChoiceGens.CoreTerms(), g => g.Value == CoreGen.Build(g.Choices), _ => "", 100, 1));
        Assert.Null(ForAll.Hedgehog(ChoiceGens.CoreTermsHedgehog(5), g => g.Value == CoreGen.Build(g.Choices) && g.Choices.Length <= 5, _ => "", 100, 1));
    }

    [Fact]
    public void Programs_ValuesAreWhatTheirChoicesPickAndCompile()
    {
        Assert.Null(ForAll.FsCheck(ChoiceGens.Programs(), g => g.Value == ChoiceGens.ProgramOf(g.Choices) && Substitution.IsClosed(Rholang.Compile(g.Value)), _ => "", 50, 1));
        Assert.Null(ForAll.Hedgehog(ChoiceGens.ProgramsHedgehog(8), g => g.Value == ChoiceGens.ProgramOf(g.Choices) && g.Choices.Length <= 8, _ => "", 50, 1));
    }

    [Fact]
    public void ProgramOf_SizeIsOnePlusAQuarterOfTheLength()
    {
        var rng = new Random(3);
        for (var i = 0; i < 50; i++)
        {
            var xs = Enumerable.Range(0, rng.Next(60)).Select(_ => rng.Next(50)).ToArray();
            Assert.Equal(new SourceGen(xs).Program(1 + (xs.Length / 4)), ChoiceGens.ProgramOf(xs));
        }
        Assert.Equal("choices", Assert.Throws<ArgumentNullException>(() => ChoiceGens.ProgramOf(null!)).ParamName);
    }

    [Fact]
    public void Arbitrary_AndHedgehog_GiveClosedProcesses()
    {
        static bool Closed(SProc s) => Substitution.IsClosed(Normalizer.Normalize(s));
        Assert.Null(ForAll.FsCheck(PropertyGens.Arbitrary(), Closed, Show.Syntax, 100, 1));
        Assert.Null(ForAll.Hedgehog(PropertyGens.Hedgehog(), Closed, Show.Syntax, 100, 1));
    }

    [Fact]
    public void Arbitrary_AndHedgehog_SizeOneGivesLeaves()
    {
        static bool Leaf(SProc s) => s is SNil or SSend;
        Assert.Null(ForAll.FsCheck(PropertyGens.Arbitrary(1), Leaf, Show.Syntax, 100, 1));
        Assert.Null(ForAll.Hedgehog(PropertyGens.Hedgehog(1), Leaf, Show.Syntax, 100, 1));
    }

    [Fact]
    public void Arbitrary_AndHedgehog_LargerBoundsGiveLargerProcesses()
    {
        double Average(bool hedgehog, int maxSize)
        {
            var sizes = new List<int>();
            _ = hedgehog
                ? ForAll.Hedgehog(PropertyGens.Hedgehog(maxSize), s => { sizes.Add(SyntaxWalk.Nodes(s).Count); return true; }, Show.Syntax, 100, 1)
                : ForAll.FsCheck(PropertyGens.Arbitrary(maxSize), s => { sizes.Add(SyntaxWalk.Nodes(s).Count); return true; }, Show.Syntax, 100, 1);
            return sizes.Average();
        }
        Assert.True(Average(false, 3) < Average(false, 30), "FsCheck");
        Assert.True(Average(true, 3) < Average(true, 30), "Hedgehog");
    }

    [Fact]
    public void Shrink_Nil_HasNoCandidates() => Assert.Empty(PropertyGens.Shrink(new SNil(SourcePos.None)));

    [Fact]
    public void Shrink_Par_NilThenEachSideThenEachSideShrunk()
    {
        var p = Assert.IsType<SPar>(RhoParser.Parse("@0!(1) | new x in { x!(2) }"));
        var candidates = PropertyGens.Shrink(p).ToList();
        Assert.IsType<SNil>(candidates[0]);
        Assert.Same(p.Left, candidates[1]);
        Assert.Same(p.Right, candidates[2]);
        Assert.Equal(p with { Left = new SNil(p.Left.Pos) }, candidates[3]);
        Assert.Equal(p with { Right = new SNil(p.Right.Pos) }, candidates[4]);
        Assert.Contains(candidates, c => c is SPar { Right: SNew { Body: SNil } });
    }

    [Fact]
    public void Shrink_BindersShrinkTheirBodies_IfGivesItsBranches()
    {
        var n = Assert.IsType<SNew>(RhoParser.Parse("new x in { x!(1) | x!(2) }"));
        Assert.Contains(PropertyGens.Shrink(n), c => c is SNew { Body: SSend });
        var f = Assert.IsType<SFor>(RhoParser.Parse("for (@y <- @0) { @1!(y) | Nil }"));
        Assert.Contains(PropertyGens.Shrink(f), c => c is SFor { Body: SSend });
        var k = Assert.IsType<SContract>(RhoParser.Parse("contract @0(y) = { y!(1) | Nil }"));
        Assert.Contains(PropertyGens.Shrink(k), c => c is SContract { Body: SSend });
        var i = Assert.IsType<SIf>(RhoParser.Parse("if (true) { @0!(1) } else { @0!(2) }"));
        var candidates = PropertyGens.Shrink(i).ToList();
        Assert.Equal([typeof(SNil), typeof(SSend), typeof(SSend)], candidates.Select(c => c.GetType()));
        Assert.Same(i.Then, candidates[1]);
        Assert.Same(i.Else, candidates[2]);
        Assert.Equal(2, PropertyGens.Shrink(Assert.IsType<SIf>(RhoParser.Parse("if (true) { @0!(1) }"))).Count());
        Assert.Single(PropertyGens.Shrink(RhoParser.Parse("@0!(1)")));
    }

    [Fact]
    public void Shrink_GeneratedPrograms_CandidatesAreSmallerAndClosed()
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var s = new ProcessGenerator(seed).Process(10);
            var size = SyntaxWalk.Nodes(s).Count;
            foreach (var c in PropertyGens.Shrink(s).Take(40))
            {
                Assert.True(SyntaxWalk.Nodes(c).Count <= size && !c.Equals(s), $"seed {seed}: a candidate is not smaller: {Show.Syntax(c)}");
                Assert.True(Substitution.IsClosed(Normalizer.Normalize(c)), $"seed {seed}: a candidate is open");
            }
        }
    }
}
