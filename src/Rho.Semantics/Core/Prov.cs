namespace Rho.Semantics.Core;

/// <summary>A position in a source file, 1-based line and column.</summary>
public readonly record struct SourcePos(int Line, int Col)
{
    /// <summary>The unknown position, for terms built by code rather than parsed.</summary>
    public static SourcePos None => default;

    /// <summary>True when the position was not recorded.</summary>
    public bool IsNone => Line == 0;

    /// <inheritdoc/>
    public override string ToString() => $"{Line}:{Col}";
}

/// <summary>
/// Provenance: where a term came from. It is carried by terms but is not part of their identity:
/// every two provenances are equal and hash alike, so records that hold one still compare by
/// structure alone (house style: source positions are provenance, not identity).
/// </summary>
public readonly struct Prov : IEquatable<Prov>
{
    /// <summary>Creates provenance for a source position.</summary>
    public Prov(SourcePos pos) => Pos = pos;

    /// <summary>The source position, or <see cref="SourcePos.None"/>.</summary>
    public SourcePos Pos { get; }

    /// <summary>No provenance.</summary>
    public static Prov None => default;

    /// <summary>Always true: provenance never distinguishes terms.</summary>
    public bool Equals(Prov other) => true;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Prov;

    /// <summary>Always 0: provenance never distinguishes terms.</summary>
    public override int GetHashCode() => 0;

    /// <summary>Always true.</summary>
    public static bool operator ==(Prov left, Prov right) => true;

    /// <summary>Always false.</summary>
    public static bool operator !=(Prov left, Prov right) => false;

    /// <summary>Implicit provenance from a position.</summary>
    public static implicit operator Prov(SourcePos pos) => new(pos);

    /// <inheritdoc/>
    public override string ToString() => Pos.ToString();
}
