using System.Buffers.Binary;
using System.Text;

namespace Rho.Compiler.Binary;

/// <summary>Appends the primitive encodings of spec/bytecode.md, "Encoding": u8, u32 and i64 little-endian, length-prefixed UTF-8.</summary>
internal sealed class ByteWriter
{
    private readonly List<byte> _bytes = [];

    public int Length => _bytes.Count;

    public void U8(byte b) => _bytes.Add(b);

    public void Bool(bool b) => _bytes.Add(b ? (byte)1 : (byte)0);

    public void U32(int n)
    {
        // Stryker disable once Block,Statement,String : a negative u32 is a compiler bug (Crash); no valid input reaches the guard, and its message is diagnostic text
        if (n < 0)
        {
            throw Semantics.Errors.RhoException.Crash($"ByteWriter: negative u32 {n}");
        }
        Span<byte> s = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(s, (uint)n);
        _bytes.AddRange(s);
    }

    /// <summary>Overwrites a u32 written earlier (jump back-patching).</summary>
    public void PatchU32(int at, int n)
    {
        Span<byte> s = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(s, (uint)n);
        for (var i = 0; i < 4; i++)
        {
            _bytes[at + i] = s[i];
        }
    }

    public void I64(long n)
    {
        Span<byte> s = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(s, n);
        _bytes.AddRange(s);
    }

    public void Bytes(ReadOnlySpan<byte> bytes)
    {
        U32(bytes.Length);
        _bytes.AddRange(bytes);
    }

    public void Raw(ReadOnlySpan<byte> bytes) => _bytes.AddRange(bytes);

    public void String(string s) => Bytes(Encoding.UTF8.GetBytes(s));

    public byte[] ToArray() => [.. _bytes];
}
