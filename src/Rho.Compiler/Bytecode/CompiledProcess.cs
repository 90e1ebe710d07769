using Rho.Compiler.Binary;
using Rho.Semantics.Core;
using Rho.Semantics.Mutation;

namespace Rho.Compiler.Bytecode;

/// <summary>
/// <c>[| P |]</c>: a compiled process (spec/bytecode.md, "Compiled processes"). It is a multiset
/// of bytecode sequences, one per parallel component of P that is not a <c>new</c>, plus its
/// linking table: one link group per component that is a <c>new</c>, whose names the linker
/// allocates and shares between the group's own sequences. Both multisets are kept sorted by
/// their encoded bytes, so two compiled processes are equal exactly when they have the same
/// elements, and the encoding of a compiled process is canonical.
/// </summary>
/// <remarks>Build it with <see cref="Of"/>, which sorts; the empty process is <see cref="Empty"/> (<c>[| Nil |] = ∅</c>).</remarks>
public sealed record CompiledProcess
{
    private CompiledProcess(Seq<Code> sequences, Seq<LinkGroup> links)
    {
        Sequences = sequences;
        Links = links;
    }

    /// <summary>The bytecode sequences, sorted by their encoding.</summary>
    public Seq<Code> Sequences { get; }

    /// <summary>The linking table: one group of fresh names per top-level <c>new</c>, sorted by encoding.</summary>
    public Seq<LinkGroup> Links { get; }

    /// <summary>The empty multiset, <c>[| Nil |]</c>.</summary>
    public static CompiledProcess Empty { get; } = new(Seq<Code>.Empty, Seq<LinkGroup>.Empty);

    /// <summary>True for <c>[| Nil |]</c>.</summary>
    public bool IsEmpty => Sequences.IsEmpty && Links.IsEmpty;

    /// <summary>The compiled process with these elements, in canonical (byte) order.</summary>
    public static CompiledProcess Of(IEnumerable<Code> sequences, IEnumerable<LinkGroup> links) =>
        new(
            Mutants.IsOn(Mutant.ParOrderDependent) ? sequences.ToSeq() : sequences.OrderBy(Codec.Encode, ByteOrder.Instance).ToSeq(),
            links.OrderBy(Codec.Encode, ByteOrder.Instance).ToSeq());

    /// <summary>
    /// Multiset union <c>⊎</c> (<c>Law/par</c>): <c>[| P | Q |] = [| P |] ⊎ [| Q |]</c>.
    /// </summary>
    public CompiledProcess Union(CompiledProcess other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Of(Sequences.Concat(other.Sequences), Links.Concat(other.Links));
    }
}

/// <summary>
/// One entry of a linking table (<c>Link/new</c>): <c>new x1 … xn in P</c> at the top of a
/// compiled process. The linker binds <see cref="Count"/> names — fresh unforgeable ones, then the
/// system channels of <see cref="Uris"/> for the last <c>Uris.Count</c> — in front of the
/// environment, and links <see cref="Body"/> with it.
/// </summary>
/// <param name="Count">How many names the group binds (as <see cref="New.Count"/>).</param>
/// <param name="Uris">The system-channel URIs of the last names, in order.</param>
/// <param name="Body">The compiled body, which shares the names.</param>
public sealed record LinkGroup(int Count, Seq<string> Uris, CompiledProcess Body);

/// <summary>
/// One bytecode sequence or code unit: the instruction bytes and the pool of constants its
/// operands index (spec/bytecode.md, "Code"). Equality is by content; <see cref="Meta"/> (source
/// map, file offset) never counts.
/// </summary>
/// <param name="Instrs">The instruction bytes.</param>
/// <param name="Pool">The constants, in order of first use.</param>
public sealed record Code(Seq<byte> Instrs, Seq<Const> Pool)
{
    /// <summary>Provenance of the code: source positions and file offset (never part of equality).</summary>
    public CodeMeta Meta { get; init; }
}

/// <summary>
/// The provenance of a <see cref="Code"/>: the source map (instruction offset → source position)
/// and, for code read from a file, the file offset of its first instruction byte. Like
/// <see cref="Prov"/>, every two metas are equal, so they never distinguish code.
/// </summary>
public readonly struct CodeMeta : IEquatable<CodeMeta>
{
    /// <summary>Creates a meta.</summary>
    public CodeMeta(Seq<SourceMapEntry> sourceMap, long fileOffset)
    {
        SourceMap = sourceMap;
        FileOffset = fileOffset;
    }

    /// <summary>Instruction offsets with the source position of the term they were compiled from.</summary>
    public Seq<SourceMapEntry> SourceMap { get; }

    /// <summary>The file offset of the first instruction byte, or -1 when not read from a file.</summary>
    public long FileOffset { get; }

    /// <summary>Always true: provenance never distinguishes code.</summary>
    public bool Equals(CodeMeta other) => true;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CodeMeta;

    /// <summary>Always 0.</summary>
    public override int GetHashCode() => 0;

    /// <summary>Always true.</summary>
    public static bool operator ==(CodeMeta left, CodeMeta right) => true;

    /// <summary>Always false.</summary>
    public static bool operator !=(CodeMeta left, CodeMeta right) => false;
}

/// <summary>A source-map entry: the instruction at <paramref name="Offset"/> came from <paramref name="Pos"/>.</summary>
/// <param name="Offset">The instruction's byte offset in its code.</param>
/// <param name="Pos">The source position.</param>
public readonly record struct SourceMapEntry(int Offset, SourcePos Pos);

/// <summary>Ordinal order of byte arrays (shorter prefix first).</summary>
internal sealed class ByteOrder : IComparer<byte[]>
{
    public static readonly ByteOrder Instance = new();

    public int Compare(byte[]? x, byte[]? y) =>
        x is null || y is null ? Comparer<byte[]?>.Default.Compare(x, y) : x.AsSpan().SequenceCompareTo(y);
}
