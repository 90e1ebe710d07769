using Rho.Laws.Compiler;
using Rho.Laws.Generators;
using Rho.Semantics.Printing;
using Canon = Rho.Semantics.Congruence.Canon;

namespace Rho.Laws.Tests.Compiler;

/// <summary>
/// How a compiler law shows a counterexample: the terms its choice list picks, as source, then the list. The
/// shrunk lists of the broken-compiler tests are mostly empty, where every split looks alike, so the split is
/// pinned here on lists that pick different terms in each part.
/// </summary>
public class CompilerLawShowTests
{
    private static readonly int[] Xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];

    private static string Show(int[] choices) => Printer.PrintSource(Canon.Of(CoreGen.Build(choices)));

    [Fact]
    public void OnePart_TheRawTermThenTheList() =>
        Assert.Equal(
            $"{Printer.PrintSource(Canon.Of(CoreGen.BuildRaw(Xs)))}\n(choices [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])",
            CompilerLaws<int>.ShowChoices(Xs, 1));

    [Fact]
    public void TwoParts_EqualHalvesAndTheLastTakesTheRest()
    {
        var (p1, p2) = (Show([3, 1, 4, 1, 5]), Show([9, 2, 6, 5, 3, 5]));
        Assert.NotEqual(p1, p2);
        Assert.NotEqual(Show(Xs), p1);
        Assert.Equal($"P1 = {p1}\nP2 = {p2}\n(choices [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])", CompilerLaws<int>.ShowChoices(Xs, 2));
    }

    [Fact]
    public void ThreeParts_EqualThirdsAndTheLastTakesTheRest()
    {
        var (p1, p2, p3) = (Show([3, 1, 4]), Show([1, 5, 9]), Show([2, 6, 5, 3, 5]));
        Assert.Equal(4, new[] { p1, p2, p3, Show([2, 6, 5]) }.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal($"P1 = {p1}\nP2 = {p2}\nP3 = {p3}\n(choices [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])", CompilerLaws<int>.ShowChoices(Xs, 3));
    }
}
