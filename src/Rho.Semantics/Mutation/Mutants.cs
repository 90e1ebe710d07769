namespace Rho.Semantics.Mutation;

/// <summary>
/// The switch of the semantic mutants (spec/mutants.md). A mutant is on only inside a
/// <see cref="Enable"/> scope, and only for the code that runs in that scope's asynchronous
/// context (an <see cref="AsyncLocal{T}"/>, which flows into threads and tasks started inside it),
/// so tests that run in parallel never see each other's mutants. With no scope open anywhere,
/// <see cref="IsOn"/> is one read of a counter and every mutation point behaves as production code.
/// </summary>
public static class Mutants
{
    private static readonly AsyncLocal<Mutant> Current = new();
    // The number of open scopes, never negative (each Scope increments it once and decrements it once).
    private static int s_openScopes;

    /// <summary>Every mutant, in declaration order (not <see cref="Mutant.None"/>).</summary>
    public static IReadOnlyList<Mutant> All { get; } = [.. Enum.GetValues<Mutant>().Where(m => m != Mutant.None)];

    /// <summary>True when <paramref name="mutant"/> is on in the current context.</summary>
    public static bool IsOn(Mutant mutant) => Volatile.Read(ref s_openScopes) != 0 && Current.Value == mutant;

    /// <summary>True when some mutant is on in the current context (caches of derived results must be bypassed then).</summary>
    public static bool AnyOn => Volatile.Read(ref s_openScopes) != 0 && Current.Value != Mutant.None;

    /// <summary>Turns <paramref name="mutant"/> on for the current context until the returned scope is disposed.</summary>
    public static IDisposable Enable(Mutant mutant) => new Scope(mutant);

    /// <summary>The stable id of <paramref name="mutant"/>: <c>Mutant/</c> and its kebab-case name (spec/mutants.md).</summary>
    public static string Id(Mutant mutant) => mutant switch
    {
        Mutant.None => "Mutant/none",
        Mutant.StdoutAckNeverAcks => "Mutant/stdoutack-never-acks",
        Mutant.RSpacePersistenceDropped => "Mutant/rspace-persistence-dropped",
        _ => "Mutant/" + Kebab(mutant.ToString()),
    };

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i == 0 ? "" : "-") + char.ToLowerInvariant(c) : c.ToString()));

    private sealed class Scope : IDisposable
    {
        private readonly Mutant _previous;
        private bool _disposed;

        public Scope(Mutant mutant)
        {
            _previous = Current.Value;
            Interlocked.Increment(ref s_openScopes);
            Current.Value = mutant;
        }

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            Current.Value = _previous;
            Interlocked.Decrement(ref s_openScopes);
        }
    }
}
