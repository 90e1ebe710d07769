using Rho.Semantics.Fuzz;
using FsCheck;
using FsCheck.Fluent;
using Rho.Semantics.Core;

namespace Rho.Laws.Generators;

/// <summary>A generated value with the choice list that picked it (shrinking the list shrinks the value).</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Choices">The choices.</param>
/// <param name="Value">The value they pick.</param>
public sealed record Generated<T>(int[] Choices, T Value);

/// <summary>
/// The choice-driven generators as FsCheck arbitraries and Hedgehog generators of the values
/// themselves, shrinking through their choice lists.
/// </summary>
public static class ChoiceGens
{
    /// <summary>Closed canonical core terms (<see cref="CoreGen.Build"/>), for FsCheck.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Generated<Proc>> CoreTerms() => Of(CoreGen.Build);

    /// <summary>Closed canonical core terms (<see cref="CoreGen.Build"/>), for Hedgehog.</summary>
    /// <param name="maxLength">The longest choice list.</param>
    /// <returns>The generator.</returns>
    public static global::Hedgehog.Gen<Generated<Proc>> CoreTermsHedgehog(int maxLength = 60) => OfHedgehog(CoreGen.Build, maxLength);

    /// <summary>Closed program texts (<see cref="SourceGen.Program"/>, size from the list's length), for FsCheck.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Generated<string>> Programs() => Of(ProgramOf);

    /// <summary>Closed program texts (<see cref="SourceGen.Program"/>), for Hedgehog.</summary>
    /// <param name="maxLength">The longest choice list.</param>
    /// <returns>The generator.</returns>
    public static global::Hedgehog.Gen<Generated<string>> ProgramsHedgehog(int maxLength = 40) => OfHedgehog(ProgramOf, maxLength);

    /// <summary>The program a choice list picks: size one plus a quarter of its length.</summary>
    /// <param name="choices">The choices.</param>
    /// <returns>The program text.</returns>
    public static string ProgramOf(int[] choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return new SourceGen(choices).Program(1 + (choices.Length / 4));
    }

    private static Arbitrary<Generated<T>> Of<T>(Func<int[], T> pick) =>
        Choices.Arbitrary().Convert(xs => new Generated<T>(xs, pick(xs)), g => g.Choices);

    private static global::Hedgehog.Gen<Generated<T>> OfHedgehog<T>(Func<int[], T> pick, int maxLength) =>
        global::Hedgehog.Linq.GenExtensions.Select(Choices.Hedgehog(maxLength), xs => new Generated<T>(xs, pick(xs)));
}
