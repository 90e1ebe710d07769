namespace Rho.Laws;

/// <summary>A smallest failing input found, printed as Rholang source, and what went wrong on it.</summary>
/// <param name="Source">The counterexample as Rholang source (after shrinking, when the law shrinks).</param>
/// <param name="Message">What failed on it.</param>
public sealed record Counterexample(string Source, string Message);

/// <summary>The result of checking one law on one implementation.</summary>
/// <param name="Law">The law's own id.</param>
/// <param name="Name">The law's name.</param>
/// <param name="Seed">The seed it ran with: <c>RHO_PROPERTY_SEED=Seed</c> replays it.</param>
/// <param name="Counterexample">Null when the law holds.</param>
public sealed record LawResult(string Law, string Name, ulong Seed, Counterexample? Counterexample)
{
    /// <summary>True when the law holds.</summary>
    public bool Holds => Counterexample is null;

    /// <summary>A report naming the law, the counterexample as Rholang source and the replay seed.</summary>
    /// <returns>One line when the law holds, several when it fails.</returns>
    public override string ToString() => Counterexample is null
        ? $"{Law} ({Name}) holds (seed {Seed})"
        : $"{Law} ({Name}) fails; replay with RHO_PROPERTY_SEED={Seed}\ncounterexample:\n{Counterexample.Source}\n{Counterexample.Message}";
}
