using System.Buffers.Binary;
using System.Text;
using Rho.Semantics.Errors;

namespace Rho.Compiler.Binary;

/// <summary>
/// Reads the primitive encodings of spec/bytecode.md, "Encoding", from a byte span, checking
/// every length against the bytes left. Every failure is a <see cref="RhoException"/> of kind
/// <see cref="BytecodeErrors.Kind"/> whose message starts with the absolute offset.
/// </summary>
internal sealed class ByteReader
{
    private readonly byte[] _bytes;
    private readonly int _end;
    private static readonly UTF8Encoding StrictUtf8 = new(
        // Stryker disable once Boolean : whether to emit a byte order mark only affects encoding (GetPreamble); this instance only decodes
        false,
        true);

    public ByteReader(byte[] bytes, int start, int end)
    {
        _bytes = bytes;
        Pos = start;
        _end = end;
    }

    /// <summary>While reading a code section with a source map: the entries of the code with a given preorder number.</summary>
    public Func<int, Semantics.Core.Seq<Bytecode.SourceMapEntry>>? SourceMapOf { get; init; }

    /// <summary>How many codes have been read so far (their preorder number).</summary>
    public int CodeCounter { get; set; }

    /// <summary>The absolute offset of the next byte.</summary>
    public int Pos { get; private set; }

    public int Remaining => _end - Pos;

    public bool AtEnd => Pos >= _end;

    public byte U8()
    {
        Need(1, "a byte");
        return _bytes[Pos++];
    }

    public bool Bool()
    {
        var at = Pos;
        return U8() switch
        {
            0 => false,
            1 => true,
            var b => throw BytecodeErrors.At(at, $"expected a boolean (0 or 1), found {b}"),
        };
    }

    /// <summary>A u32 that must fit in an int (≤ 2^31 - 1).</summary>
    public int U32(string what)
    {
        var at = Pos;
        Need(4, what);
        var v = BinaryPrimitives.ReadUInt32LittleEndian(_bytes.AsSpan(Pos, 4));
        Pos += 4;
        return v > int.MaxValue ? throw BytecodeErrors.At(at, $"{what} {v} is too large") : (int)v;
    }

    /// <summary>A count of items each at least <paramref name="minItemBytes"/> long: rejected early when the bytes left cannot hold them.</summary>
    public int Count(string what, int minItemBytes)
    {
        var at = Pos;
        var n = U32(what);
        if ((long)n * minItemBytes > Remaining)
        {
            throw BytecodeErrors.At(at, $"{what} {n} exceeds the {Remaining} bytes left");
        }
        return n;
    }

    public long I64()
    {
        Need(8, "a 64-bit integer");
        var v = BinaryPrimitives.ReadInt64LittleEndian(_bytes.AsSpan(Pos, 8));
        Pos += 8;
        return v;
    }

    public byte[] Bytes(string what)
    {
        var n = Count(what + " length", 1);
        var b = _bytes.AsSpan(Pos, n).ToArray();
        Pos += n;
        return b;
    }

    public ReadOnlySpan<byte> Span(int start, int length) => _bytes.AsSpan(start, length);

    public void Skip(int n)
    {
        // Stryker disable once Statement,String : unreachable — Skip is only called by Codec.ReadCode after Count("code length", 1) checked that the n bytes are left
        Need(n, "bytes");
        Pos += n;
    }

    public string String(string what)
    {
        var at = Pos;
        var b = Bytes(what);
        try
        {
            return StrictUtf8.GetString(b);
        }
        catch (DecoderFallbackException)
        {
            throw BytecodeErrors.At(at, $"{what} is not valid UTF-8");
        }
    }

    private void Need(int n, string what)
    {
        if (Remaining < n)
        {
            throw BytecodeErrors.At(Pos, $"unexpected end of data reading {what}");
        }
    }
}

/// <summary>The bytecode error kind and its <c>offset N: message</c> form.</summary>
internal static class BytecodeErrors
{
    /// <summary>The error kind of malformed or unverifiable bytecode.</summary>
    public const string Kind = "bytecode";

    /// <summary>Most nested codes, terms and processes a file may contain (spec/bytecode.md, "Limits").</summary>
    public const int MaxNesting = 100_000;

    /// <summary>An error at an absolute file offset; formats as <c>FILE: error: offset N: message</c>.</summary>
    public static RhoException At(long offset, string message) =>
        RhoException.Invalid(Kind, Semantics.Core.SourcePos.None, $"offset {offset}: {message}");
}
