using Rho.Laws.Generators;
using Rho.Laws.Properties;

namespace Rho.Laws.Tests.Generators;

/// <summary>
/// Replay stability: a seed names the same program in every build, so the seed in a failure message
/// or a bug report still reproduces its program later. The programs of some seeds are recorded (a
/// hash of their printed canonical form); any change to what the generator draws, even one that
/// keeps its distribution, changes them, and must then be made on purpose by re-recording.
/// </summary>
public class ProcessGeneratorReplayTests
{
    /// <summary><see cref="Show.StableSeed"/> of the programs of size 12 of seeds 0..39, recorded on 30 Nov 2026.</summary>
    private static readonly int[] Recorded =
    [
        517395801, 197186934, 313785520, 783478798, 636704292, 747777416, 122029087, 1559339535,
        1882099852, 1890914339, 1712540857, 873825622, 342555633, 1801320675, 1221321488, 1808438382,
        758658866, 2111569429, 2143081871, 1296019058, 1744272847, 1335623542, 558528823, 1480868089,
        1316809453, 1113335246, 1380893042, 903476329, 1467653952, 2047183998, 130098099, 1077669198,
        1846410738, 741166255, 357155975, 362795701, 1618824664, 1228182732, 1115621161, 1957516513,
    ];

    [Fact]
    public void Process_RecordedSeeds_GiveTheRecordedPrograms()
    {
        var actual = Enumerable.Range(0, 40).Select(seed => Show.StableSeed(new ProcessGenerator(seed).Process(12))).ToArray();
        Assert.True(Recorded.SequenceEqual(actual), $"the programs of seeds 0..39 changed; if on purpose, record [{string.Join(", ", actual)}]");
    }
}
