using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;

namespace Rho.Machine.Execution;

/// <summary>
/// A sequence as a machine runs it (<see cref="Codes.Image"/>, one per code): its instruction bytes, the source
/// position of every offset, and, filled on first use, the images of the unit constants in its pool, so that a SPAWN
/// or a receive's body finds its child's image by pool index, with no lookup.
/// </summary>
/// <param name="bytes">The instruction bytes.</param>
/// <param name="positions">The source position of each offset.</param>
/// <param name="pool">The pool constants.</param>
internal sealed class Image(byte[] bytes, SourcePos[] positions, Const[] pool)
{
    private readonly Image[]?[] _units = new Image[]?[pool.Length];

    /// <summary>The pool constants, as an array.</summary>
    public Const[] Pool { get; } = pool;

    /// <summary>The instruction bytes.</summary>
    public byte[] Bytes { get; } = bytes;

    /// <summary>The source position of each offset.</summary>
    public SourcePos[] Positions { get; } = positions;

    /// <summary>
    /// The images of the sequences of <paramref name="unit"/>, the unit constant at pool index <paramref name="k"/>.
    /// Two threads may both fill an entry: they write equal arrays, and either one serves.
    /// </summary>
    // Stryker disable once Assignment : images built again are equal to the cached ones; the cache only saves the work
    public Image[] Unit(int k, CompiledProcess unit) => _units[k] ??= Codes.Images(unit);
}
