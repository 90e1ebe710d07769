using FsCheck;
using FsCheck.Fluent;
using Rho.Laws.Generators;

namespace Rho.Laws.Tests.Generators;

/// <summary>
/// Pinned seeds: configurations that run exactly the requested cases and replay the same ones,
/// and failures rethrown with the seed that replays them.
/// </summary>
public class SeedsTests
{
    private static List<int> FsCheckCases(int tests, ulong seed)
    {
        var seen = new List<int>();
        Check.One(Seeds.FsCheck(tests, seed), Prop.ForAll(ArbMap.Default.ArbFor<int>(), x =>
        {
            seen.Add(x);
            return true;
        }));
        return seen;
    }

    private static List<int> HedgehogCases(int tests)
    {
        var seen = new List<int>();
        Seeds.Hedgehog(global::Hedgehog.Linq.Gen.Int32(global::Hedgehog.Linq.Range.Constant(0, 1_000_000)), x =>
        {
            seen.Add(x);
            return true;
        }, tests);
        return seen;
    }

    [Fact]
    public void FsCheck_RunsExactlyTheCasesAndReplaysTheSeed()
    {
        Assert.Equal(23, FsCheckCases(23, 5).Count);
        Assert.Equal(FsCheckCases(23, 5), FsCheckCases(23, 5));
        Assert.NotEqual(FsCheckCases(23, 5), FsCheckCases(23, 6));
        Assert.Equal(23, Seeds.FsCheck(23).MaxTest);
    }

    /// <summary>A printed seed must replay the same cases in later versions: the replay stream is fixed (gamma 0x9E3779B97F4A7C15).</summary>
    [Fact]
    public void FsCheck_ReplayIsTheDocumentedStream() =>
        Assert.Equal(
            Microsoft.FSharp.Core.FSharpOption<Replay>.Some(new Replay(new Rnd(9, 0x9E3779B97F4A7C15UL), Microsoft.FSharp.Core.FSharpOption<int>.None)),
            Seeds.FsCheck(5, 9).Replay);

    [Fact]
    public void FsCheck_ThrowsOnFailure() =>
        Assert.ThrowsAny<Exception>(() => Check.One(Seeds.FsCheck(50, 1), Prop.ForAll(ArbMap.Default.ArbFor<int>(), x => x < 5)));

    [Fact]
    public void Hedgehog_RunsExactlyTheCasesWithTheCurrentSeed()
    {
        Assert.Equal(17, HedgehogCases(17).Count);
        Assert.Equal(HedgehogCases(17), HedgehogCases(17));
        Assert.ThrowsAny<Exception>(() => Seeds.Hedgehog(global::Hedgehog.Linq.Gen.Int32(global::Hedgehog.Linq.Range.Constant(0, 100)), x => x < 5));
    }

    [Fact]
    public void Run_PassingBody_ReturnsQuietly()
    {
        var ran = false;
        Seeds.Run("quiet", () => ran = true);
        Assert.True(ran);
    }

    [Fact]
    public void Run_FailingBody_RethrowsNamingThePropertyAndTheSeed()
    {
        var inner = new InvalidOperationException("boom");
        var e = Assert.Throws<PropertyFailedException>(() => Seeds.Run("p", () => throw inner));
        Assert.Equal($"property 'p' failed; replay with RHO_PROPERTY_SEED={Seeds.Current}\nboom", e.Message);
        Assert.Same(inner, e.InnerException);
        Assert.Equal("check", Assert.Throws<ArgumentNullException>(() => Seeds.Run("p", null!)).ParamName);
    }

    [Fact]
    public void Props_FailingLaw_NamesTheSeedAndTheShrunkChoices()
    {
        var e = Assert.Throws<PropertyFailedException>(() => Props.Check(xs => xs.Length < 2));
        Assert.Equal($"replay with RHO_PROPERTY_SEED={Props.Seed}\nchoices [0, 0]\nFsCheck: the property is false", e.Message);
    }

    [Fact]
    public void Props_TrueLaw_RunsBothFrameworksOnBoundedLists()
    {
        var calls = 0;
        var longest = 0;
        Props.Check(xs =>
        {
            if (++calls > 100)
            {
                longest = Math.Max(longest, xs.Length);
            }
            return true;
        }, tests: 100, maxLength: 3);
        Assert.Equal(200, calls);
        Assert.InRange(longest, 2, 3);
    }

    [Fact]
    public void PropertyFailedException_CarriesItsMessageAndCause()
    {
        Assert.Equal("m", new PropertyFailedException("m").Message);
        var inner = new InvalidOperationException();
        Assert.Same(inner, new PropertyFailedException("m", inner).InnerException);
        Assert.Null(new PropertyFailedException().InnerException);
    }

    [Fact]
    public void PinnedSeeds() => Assert.Equal((20261123UL, 20261124UL, 7UL), (Seeds.Pinned, Props.Pinned, Laws.Machine.AgreementCases.Pinned));
}
