using Rho.Semantics.Fuzz;

namespace Rho.Semantics.Tests.Fuzz;

/// <summary>
/// The fuzzer's shrinker (spec/conformance.md, "Fuzzing"): it deletes runs of choices (halves,
/// quarters, … single ones), then sets a choice to 0 or halves it, keeps the first candidate that
/// still fails, and repeats until none does; a candidate whose program is ≡ to one already tried is
/// not run again.
/// </summary>
public class FuzzMutShrinkerTests
{
    private static string Key(int[] choices) => Rholang.Print(Rholang.Compile(Fuzzer.Program(choices)));

    [Fact]
    public void Shrink_RejectsNull()
    {
        Assert.Equal("choices", Assert.Throws<ArgumentNullException>(() => Shrinker.Shrink(null!, _ => true)).ParamName);
        Assert.Equal("fails", Assert.Throws<ArgumentNullException>(() => Shrinker.Shrink([1, 2, 3], null!)).ParamName);
    }

    // Five choices: runs of 2 (the last one, of 1, is no run of 2), then single choices, then for
    // each non-zero choice 0 and its half.
    private static readonly int[][] Neighbours =
    [
        [0, 13, 9], [3, 40, 9],
        [40, 0, 13, 9], [3, 0, 13, 9], [3, 40, 13, 9], [3, 40, 0, 9], [3, 40, 0, 13],
        [0, 40, 0, 13, 9], [1, 40, 0, 13, 9],
        [3, 0, 0, 13, 9], [3, 20, 0, 13, 9],
        [3, 40, 0, 0, 9], [3, 40, 0, 6, 9],
        [3, 40, 0, 13, 0], [3, 40, 0, 13, 4],
    ];

    /// <summary>The neighbours of [3, 40, 0, 13, 9] in the order tried, one per program up to ≡.</summary>
    private static List<int[]> DistinctNeighbours()
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        return Neighbours.Where(n => keys.Add(Key(n))).ToList();
    }

    // The choices are tried once per program up to ≡.
    [Fact]
    public void Shrink_OnAProgramThatNeverFails_TriesEachSimplerNeighbourOnce_SimplestFirst()
    {
        int[] choices = [3, 40, 0, 13, 9];
        var tried = new List<int[]>();
        var result = Shrinker.Shrink(choices, c =>
        {
            tried.Add(c);
            return false;
        });
        Assert.Equal(choices, result);
        var expected = DistinctNeighbours();
        Assert.True(expected.Count >= 8, $"only {expected.Count} of the neighbours are different programs");
        Assert.Equal(expected, tried);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    public void Shrink_StopsAfterTheMostAttempts(int maxAttempts)
    {
        var tried = new List<int[]>();
        var result = Shrinker.Shrink([3, 40, 0, 13, 9], c =>
        {
            tried.Add(c);
            return false;
        }, maxAttempts);
        Assert.Equal([3, 40, 0, 13, 9], result);
        Assert.Equal(DistinctNeighbours().Take(maxAttempts), tried);
    }

    // The limit reached by a candidate that fails: that candidate is kept, and no other is tried.
    [Fact]
    public void Shrink_WhenTheLastAttemptFails_KeepsItAndTriesNoMore()
    {
        var tried = 0;
        var result = Shrinker.Shrink([3, 40, 0, 13, 9], _ =>
        {
            tried++;
            return true;
        }, 1);
        Assert.Equal([0, 13, 9], result);
        Assert.Equal(1, tried);
    }

    [Fact]
    public void Shrink_WhenEverythingFails_EndsAtOneZeroChoice()
    {
        var tried = 0;
        var result = Shrinker.Shrink([7, 5, 11, 2, 9, 4, 8, 6], _ =>
        {
            tried++;
            return true;
        });
        Assert.Equal([0], result); // the empty list is never a candidate: runs are at most half the list
        Assert.InRange(tried, 1, 8);
    }

    [Fact]
    [Trait("Rule", "Syn/div")]
    public void Shrink_KeepsTheFailure_EndsAtALocalMinimum_AndNeverGrowsTheChoices()
    {
        static bool Divides(int[] c) => Fuzzer.Program(c).Contains(" / ", StringComparison.Ordinal);
        foreach (var seed in new[] { 2, 3, 5 })
        {
            var random = new Random(seed);
            var choices = Enumerable.Range(0, 24).Select(_ => random.Next()).ToArray();
            while (!Divides(choices))
            {
                choices = Enumerable.Range(0, 24).Select(_ => random.Next()).ToArray();
            }
            var shrunk = Shrinker.Shrink(choices, Divides);
            Assert.True(Divides(shrunk), $"seed {seed}");
            // Smaller as a choice list (its program text need not be shorter): shorter, or as long with no choice larger.
            Assert.True(shrunk.Length < choices.Length || shrunk.Zip(choices).All(p => p.First <= p.Second), $"seed {seed}");
            // A local minimum: no single choice can be dropped, zeroed or halved without losing the division.
            for (var i = 0; i < shrunk.Length; i++)
            {
                Assert.False(Divides([.. shrunk[..i], .. shrunk[(i + 1)..]]), $"seed {seed}: dropping choice {i} still divides");
                if (shrunk[i] != 0)
                {
                    var zero = (int[])shrunk.Clone();
                    zero[i] = 0;
                    var half = (int[])shrunk.Clone();
                    half[i] /= 2;
                    Assert.False(Divides(zero) || Divides(half), $"seed {seed}: choice {i} could be smaller");
                }
            }
        }
    }
}
