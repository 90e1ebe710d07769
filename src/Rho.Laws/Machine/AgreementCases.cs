using Rho.Semantics.Fuzz;
using Rho.Semantics;
using Rho.Semantics.Reduction;

namespace Rho.Laws.Machine;

/// <summary>A generated program with the reducer's complete exploration of it.</summary>
/// <param name="Seed">The generator seed that replays it.</param>
/// <param name="Source">The program.</param>
/// <param name="Exploration">The reference reducer's exploration (complete).</param>
public sealed record AgreementCase(int Seed, string Source, Exploration Exploration);

/// <summary>Generated programs for the machine laws: <see cref="SourceGen"/> programs the reducer explores completely within 3,000 states.</summary>
public static class AgreementCases
{
    /// <summary>The pinned seed of the generated machine laws.</summary>
    public const ulong Pinned = 7;

    /// <summary>
    /// The programs of generator seeds <c>seed·1000 + i</c> for i &lt; <paramref name="count"/> (sizes 2 to 8) whose
    /// exploration is complete, lazily.
    /// </summary>
    /// <param name="seed">The seed in force.</param>
    /// <param name="count">How many programs to generate (those over budget are skipped).</param>
    /// <returns>The cases.</returns>
    public static IEnumerable<AgreementCase> Generate(ulong seed, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var s = unchecked(((int)seed * 1000) + i);
            var source = new SourceGen(s).Program(2 + (i % 7));
            var exploration = Rholang.Reduce(source, new ExploreOptions(MaxStates: 3000));
            if (exploration.Verdict == Verdict.Complete)
            {
                yield return new AgreementCase(s, source, exploration);
            }
        }
    }

    /// <summary>Fifo, priority and five random seeds, on both primitive paths, with a 200,000-step budget.</summary>
    /// <returns>Fourteen schedules.</returns>
    public static IEnumerable<Schedule> Schedules()
    {
        foreach (var channel in new[] { false, true })
        {
            yield return new Schedule(ChannelPrimitives: channel);
            yield return new Schedule(ChannelPrimitives: channel, Priority: true);
            for (var seed = 1; seed <= 5; seed++)
            {
                yield return new Schedule(Random: true, Seed: seed, ChannelPrimitives: channel);
            }
        }
    }
}
