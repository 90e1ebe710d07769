using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Reduction;

/// <summary>
/// A reducer state (spec/semantics.md, "States"): the canonical multiset of top-level processes
/// (each a non-Par, sorted by the congruence order, unforgeable names numbered canonically), the
/// output printed so far on each stream, and the runtime errors raised so far (sorted).
/// States are equal exactly when they are equal modulo ≡ and renaming of unforgeable names.
/// </summary>
public sealed record State(Seq<Proc> Procs, Seq<string> Stdout, Seq<string> Stderr, Seq<RhoError> Errors)
{
    private int _hash;

    /// <summary>The residual process: the parallel composition of <see cref="Procs"/>.</summary>
    public Proc Residual => Procs.Count switch
    {
        0 => Nil.Instance,
        1 => Procs[0],
        _ => new Par(Procs),
    };

    /// <summary>Structural equality (cached hash, provenance ignored).</summary>
    public bool Equals(State? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (GetHashCode() == other.GetHashCode()
                && Procs == other.Procs
                && Stdout == other.Stdout
                && Stderr == other.Stderr
                && Errors == other.Errors));

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            _hash = NonZero(HashCode.Combine(Procs, Stdout, Stderr, Errors));
        }
        return _hash;
    }

    /// <summary><paramref name="hash"/>, or 1 for 0: a cached hash of 0 means "not computed yet".</summary>
    internal static int NonZero(int hash) => hash == 0 ? 1 : hash;
}

/// <summary>Which output stream a step printed on.</summary>
public enum Stream
{
    /// <summary>Standard output (<c>rho:io:stdout</c>, <c>rho:io:stdoutAck</c>).</summary>
    Stdout,

    /// <summary>Standard error (<c>rho:io:stderr</c>, <c>rho:io:stderrAck</c>).</summary>
    Stderr,
}

/// <summary>A printed line and its stream.</summary>
public sealed record Output(Stream Stream, string Text);

/// <summary>
/// One reduction step: the rule that fired (a stable id such as <c>Comm/linear</c>), the state
/// it leads to, what it printed (if anything) and the error it raised (if any).
/// </summary>
public sealed record Transition(string Rule, State Target, Output? Printed = null, RhoError? Raised = null);
