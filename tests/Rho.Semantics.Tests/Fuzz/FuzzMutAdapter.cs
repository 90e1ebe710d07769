using Rho.Semantics.Conformance;

namespace Rho.Semantics.Tests.Fuzz;

/// <summary>
/// An implementation under fuzzing whose answer a test chooses; it records each program it is
/// asked to run, and the text of the file it was given for it (null if there was no such file).
/// </summary>
internal sealed class FuzzMutAdapter(Func<string, RunResult> run) : IRhoImplementation
{
    public List<string> Sources { get; } = [];

    public List<(string Path, string? Text)> Files { get; } = [];

    public string Name => "fuzzmut";

    public bool IsExhaustive => false;

    /// <summary>The reducer itself: it agrees with the oracle on every program.</summary>
    public static FuzzMutAdapter Reducer() => new(source => new ReducerImplementation().Run("p.rho", source, null));

    /// <summary>Throws on every program, naming its length (so the problem tells which program failed).</summary>
    public static FuzzMutAdapter Throwing() => new(source => throw new InvalidOperationException($"{source.Length} characters"));

    /// <summary>Gives the same result for every program.</summary>
    public static FuzzMutAdapter Returning(RunResult result) => new(_ => result);

    public RunResult Run(string path, string source, int? maxStates)
    {
        Sources.Add(source);
        Files.Add((path, File.Exists(path) ? File.ReadAllText(path) : null));
        return run(source);
    }
}
