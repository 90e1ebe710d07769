using FsCheck;
using FsCheck.Fluent;
using Rho.Laws.Generators;

namespace Rho.Laws.Properties;

/// <summary>
/// Runs a boolean property with FsCheck or Hedgehog under a given seed and returns the shrunk
/// counterexample, printed by the law's printer, or null when the property held on every case.
/// </summary>
internal static class ForAll
{
    /// <summary>FsCheck over <paramref name="arbitrary"/>.</summary>
    public static Counterexample? FsCheck<T>(Arbitrary<T> arbitrary, Func<T, bool> law, Func<T, string> show, int tests, ulong seed)
    {
        var witness = new Witness<T>(law);
        try
        {
            Check.One(Seeds.FsCheck(tests, seed), Prop.ForAll(arbitrary, witness.Test));
        }
        catch (Exception) when (witness.Failed)
        {
            return witness.Counterexample(show, "FsCheck");
        }
        return null;
    }

    /// <summary>Hedgehog over <paramref name="gen"/>.</summary>
    public static Counterexample? Hedgehog<T>(global::Hedgehog.Gen<T> gen, Func<T, bool> law, Func<T, string> show, int tests, ulong seed)
    {
        var witness = new Witness<T>(law);
        try
        {
            global::Hedgehog.Linq.PropertyExtensions.Check(
                global::Hedgehog.Linq.PropertyExtensions.ForAll(gen, x => global::Hedgehog.FSharp.Property.ofBool(witness.Test(x))),
                Seeds.HedgehogConfig(tests, seed));
        }
        catch (Exception) when (witness.Failed)
        {
            return witness.Counterexample(show, "Hedgehog");
        }
        return null;
    }

    /// <summary>
    /// FsCheck, then Hedgehog, over lists of choices (<see cref="Choices"/>): both frameworks
    /// generate and shrink the list, so a counterexample shrinks the term it picks.
    /// </summary>
    public static Counterexample? Choices(Func<int[], bool> law, Func<int[], string> show, int tests, int maxLength, ulong seed) =>
        FsCheck(Generators.Choices.Arbitrary(), law, show, tests, seed)
        ?? Hedgehog(Generators.Choices.Hedgehog(maxLength), law, show, tests, seed);
}
