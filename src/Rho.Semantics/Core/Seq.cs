using System.Collections;
using System.Collections.Immutable;

namespace Rho.Semantics.Core;

/// <summary>
/// An immutable sequence with structural equality and hashing. Records that hold a
/// <see cref="Seq{T}"/> compare their contents, not references (house style: no raw arrays in records).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
public readonly struct Seq<T> : IEquatable<Seq<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps an immutable array.</summary>
    public Seq(ImmutableArray<T> items) => _items = items.IsDefault ? [] : items;

    /// <summary>The empty sequence.</summary>
    public static Seq<T> Empty => new([]);

    /// <summary>The underlying array (never default).</summary>
    public ImmutableArray<T> Items => _items.IsDefault ? None() : _items;

    /// <inheritdoc/>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <inheritdoc/>
    public T this[int index] => Items[index];

    /// <summary>True when the sequence has no elements.</summary>
    public bool IsEmpty => Items.IsEmpty;

    // The empty array, out of line: the getter above stays small enough to inline in shared generic code.
    private static ImmutableArray<T> None() => [];

    /// <summary>Returns a new sequence with <paramref name="f"/> applied to each element.</summary>
    public Seq<TOut> Map<TOut>(Func<T, TOut> f)
    {
        var b = ImmutableArray.CreateBuilder<TOut>(Count);
        foreach (var x in Items)
        {
            b.Add(f(x));
        }
        return new Seq<TOut>(b.MoveToImmutable());
    }

    /// <inheritdoc/>
    public bool Equals(Seq<T> other)
    {
        var a = Items;
        var b = other.Items;
        if (a.Length != b.Length)
        {
            return false;
        }
        var cmp = EqualityComparer<T>.Default;
        for (var i = 0; i < a.Length; i++)
        {
            if (!cmp.Equals(a[i], b[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Seq<T> s && Equals(s);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var x in Items)
        {
            h.Add(x);
        }
        return h.ToHashCode();
    }

    /// <summary>Structural equality.</summary>
    public static bool operator ==(Seq<T> left, Seq<T> right) => left.Equals(right);

    /// <summary>Structural inequality.</summary>
    public static bool operator !=(Seq<T> left, Seq<T> right) => !left.Equals(right);

    /// <summary>The elements in order, by a struct enumerator (a <c>foreach</c> over a sequence allocates nothing).</summary>
    /// <returns>The array's enumerator.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc/>
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)Items).GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}

/// <summary>Constructors for <see cref="Seq{T}"/>.</summary>
public static class Seq
{
    /// <summary>A sequence of the given elements.</summary>
    public static Seq<T> Of<T>(params T[] items) => new([.. items]);

    /// <summary>A sequence of the given elements.</summary>
    public static Seq<T> From<T>(IEnumerable<T> items) => new([.. items]);

    /// <summary>Materializes an enumerable as a structural sequence.</summary>
    public static Seq<T> ToSeq<T>(this IEnumerable<T> items) => new([.. items]);
}
