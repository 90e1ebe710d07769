using Rho.Semantics.Fuzz;
using FsCheck;
using FsCheck.Fluent;

namespace Rho.Laws.Generators;

/// <summary>
/// Lists of choices, the input of the choice-driven generators (<see cref="CoreGen"/>,
/// <see cref="SourceGen(int[])"/>): shorter lists and smaller numbers pick smaller programs, so
/// shrinking the list shrinks the program.
/// </summary>
public static class Choices
{
    /// <summary>FsCheck's arbitrary int arrays (generated and shrunk by FsCheck).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<int[]> Arbitrary() => ArbMap.Default.ArbFor<int[]>();

    /// <summary>Hedgehog arrays of at most <paramref name="maxLength"/> choices in 0..50.</summary>
    /// <param name="maxLength">The longest list.</param>
    /// <returns>The generator.</returns>
    public static global::Hedgehog.Gen<int[]> Hedgehog(int maxLength = 60) =>
        global::Hedgehog.Linq.GenExtensions.Array(
            global::Hedgehog.Linq.Gen.Int32(global::Hedgehog.Linq.Range.LinearInt32(0, 50)),
            global::Hedgehog.Linq.Range.LinearInt32(0, maxLength));
}
