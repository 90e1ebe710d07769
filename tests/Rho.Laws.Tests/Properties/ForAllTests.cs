using FsCheck;
using FsCheck.Fluent;
using Rho.Laws.Properties;

namespace Rho.Laws.Tests.Properties;

/// <summary>
/// Running a boolean property: null when it holds on every case, else the shrunk counterexample
/// printed by the law's printer, the framework that found it and what went wrong; exactly the
/// requested number of cases, the same cases for the same seed.
/// </summary>
public class ForAllTests
{
    private static readonly Arbitrary<int> Ints = ArbMap.Default.ArbFor<int>();
    private static readonly global::Hedgehog.Gen<int> HedgehogInts =
        global::Hedgehog.Linq.Gen.Int32(global::Hedgehog.Linq.Range.Constant(0, 1000));

    private static string Show(int x) => "x = " + x;

    private static bool TooBig(int x) => x < 10 ? true : throw new InvalidOperationException("too big");

    [Fact]
    public void FsCheck_FalseProperty_ShrinksToTheSmallestFailure() =>
        Assert.Equal(new Counterexample("x = 10", "FsCheck: the property is false"), ForAll.FsCheck(Ints, x => x < 10, Show, 300, 1));

    [Fact]
    public void Hedgehog_FalseProperty_ShrinksToTheSmallestFailure() =>
        Assert.Equal(new Counterexample("x = 10", "Hedgehog: the property is false"), ForAll.Hedgehog(HedgehogInts, x => x < 10, Show, 300, 1));

    [Fact]
    public void FsCheck_PropertyThatRaises_IsAFailureNamingTheException() =>
        Assert.Equal(
            new Counterexample("x = 10", "FsCheck: InvalidOperationException: too big"),
            ForAll.FsCheck(Ints, TooBig, Show, 300, 1));

    [Fact]
    public void Hedgehog_PropertyThatRaises_IsAFailureNamingTheException() =>
        Assert.Equal(
            new Counterexample("x = 10", "Hedgehog: InvalidOperationException: too big"),
            ForAll.Hedgehog(HedgehogInts, TooBig, Show, 300, 1));

    [Fact]
    public void Counterexample_PrinterThatRaises_SaysSo() =>
        Assert.Equal(
            new Counterexample("(could not print the counterexample: no printer)", "FsCheck: the property is false"),
            ForAll.FsCheck(Ints, x => x < 10, _ => throw new FormatException("no printer"), 300, 1));

    [Fact]
    public void TrueProperty_IsNullAfterExactlyTheRequestedCases()
    {
        var (fs, hh) = (0, 0);
        Assert.Null(ForAll.FsCheck(Ints, _ => ++fs > 0, Show, 37, 1));
        Assert.Null(ForAll.Hedgehog(HedgehogInts, _ => ++hh > 0, Show, 37, 1));
        Assert.Equal((37, 37), (fs, hh));
    }

    [Fact]
    public void SameSeed_SameCases_OtherSeed_OtherCases()
    {
        List<int> Cases(ulong seed, bool hedgehog)
        {
            var seen = new List<int>();
            _ = hedgehog
                ? ForAll.Hedgehog(HedgehogInts, x => { seen.Add(x); return true; }, Show, 20, seed)
                : ForAll.FsCheck(Ints, x => { seen.Add(x); return true; }, Show, 20, seed);
            return seen;
        }
        foreach (var hedgehog in new[] { false, true })
        {
            Assert.Equal(Cases(5, hedgehog), Cases(5, hedgehog));
            Assert.NotEqual(Cases(5, hedgehog), Cases(6, hedgehog));
        }
    }

    [Fact]
    public void Choices_FsCheckFailure_ShrinksTheList() =>
        Assert.Equal(
            new Counterexample("[0, 0, 0]", "FsCheck: the property is false"),
            ForAll.Choices(xs => xs.Length < 3, xs => "[" + string.Join(", ", xs) + "]", 100, 60, 1));

    [Fact]
    public void Choices_WhenFsCheckPasses_HedgehogRunsNextAndShrinks()
    {
        var calls = 0;
        var found = ForAll.Choices(
            _ => ++calls <= 5,
            xs => "[" + string.Join(", ", xs) + "]",
            5,
            60,
            1);
        Assert.Equal(new Counterexample("[]", "Hedgehog: the property is false"), found);
    }

    [Fact]
    public void Choices_TrueProperty_RunsBothFrameworks()
    {
        var calls = 0;
        Assert.Null(ForAll.Choices(_ => ++calls > 0, _ => "", 12, 60, 1));
        Assert.Equal(24, calls);
    }

    [Fact]
    public void Choices_HedgehogListsAreAtMostTheMaximumLength()
    {
        var longest = 0;
        var calls = 0;
        Assert.Null(ForAll.Choices(
            xs =>
            {
                // FsCheck's 100 cases come first; measure Hedgehog's.
                if (++calls > 100)
                {
                    longest = Math.Max(longest, xs.Length);
                }
                return true;
            },
            _ => "",
            100,
            4,
            1));
        Assert.InRange(longest, 3, 4);
    }
}
