using System.Buffers.Binary;
using System.Security.Cryptography;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;

namespace Rho.Compiler.Binary;

/// <summary>
/// The <c>.rhoc</c> container (spec/bytecode.md, "Container"):
/// <c>"RHOC" version:u16 flags:u16 codeLength:u32 code hash:32 [mapLength:u32 map]</c>. The hash
/// is the SHA-256 of the code section; the optional source map (flag bit 0) is outside it.
/// </summary>
internal static class Container
{
    public static ReadOnlySpan<byte> Magic => "RHOC"u8;

    public const ushort Version = 1;

    public const int HeaderBytes = 12;

    /// <summary>Largest accepted file (spec/bytecode.md, "Limits").</summary>
    public const int MaxFileBytes = 64 << 20;

    /// <summary>The content hash: SHA-256 of the code section.</summary>
    public static byte[] Hash(CompiledProcess p) => SHA256.HashData(Codec.Encode(p));

    /// <summary>Serializes a compiled process, with its source map when <paramref name="withSourceMap"/>.</summary>
    public static byte[] Write(CompiledProcess p, bool withSourceMap)
    {
        var code = Codec.Encode(p);
        var w = new ByteWriter();
        w.Raw(Magic);
        Span<byte> u16 = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(u16, Version);
        w.Raw(u16);
        BinaryPrimitives.WriteUInt16LittleEndian(u16, withSourceMap ? (ushort)1 : (ushort)0);
        w.Raw(u16);
        w.U32(code.Length);
        w.Raw(code);
        w.Raw(SHA256.HashData(code));
        if (withSourceMap)
        {
            var map = new ByteWriter();
            var codes = Preorder(p).ToList();
            map.U32(codes.Count);
            foreach (var c in codes)
            {
                map.U32(c.Meta.SourceMap.Count);
                foreach (var e in c.Meta.SourceMap)
                {
                    map.U32(e.Offset);
                    map.U32(e.Pos.Line);
                    map.U32(e.Pos.Col);
                }
            }
            w.Bytes(map.ToArray());
        }
        return w.ToArray();
    }

    /// <summary>
    /// Reads a container: checks magic, version, flags, lengths and the hash, then decodes the
    /// code section. Raises bytecode errors (<c>offset N: message</c>); does not verify the code.
    /// </summary>
    public static CompiledProcess Read(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > MaxFileBytes)
        {
            throw BytecodeErrors.At(0, $"file of {file.Length} bytes exceeds the limit of {MaxFileBytes}");
        }
        if (file.Length < HeaderBytes || !file.AsSpan(0, 4).SequenceEqual(Magic))
        {
            throw BytecodeErrors.At(0, "not a compiled Rho file (bad magic; expected \"RHOC\")");
        }
        var version = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(4, 2));
        if (version != Version)
        {
            throw BytecodeErrors.At(4, $"unsupported version {version} (this reader knows version {Version})");
        }
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(6, 2));
        if ((flags & ~1) != 0)
        {
            throw BytecodeErrors.At(6, $"unknown flags 0x{flags:x4}");
        }
        var header = new ByteReader(file, 8, file.Length);
        var codeLength = header.Count("code section length", 1);
        var codeStart = HeaderBytes;
        var hashStart = codeStart + codeLength;
        if (file.Length - hashStart < 32)
        {
            throw BytecodeErrors.At(hashStart, "unexpected end of file reading the content hash");
        }
        var actual = SHA256.HashData(file.AsSpan(codeStart, codeLength));
        if (!actual.AsSpan().SequenceEqual(file.AsSpan(hashStart, 32)))
        {
            throw BytecodeErrors.At(hashStart, "content hash does not match the code section");
        }
        var afterHash = hashStart + 32;
        var map = (flags & 1) != 0 ? ReadSourceMap(file, afterHash) : null;
        if (map is null && afterHash != file.Length)
        {
            throw BytecodeErrors.At(afterHash, "trailing bytes after the content hash");
        }
        var code = new ByteReader(file, codeStart, hashStart)
        {
            SourceMapOf = map is null ? null : i => i < map.Count ? map[i] : Seq<SourceMapEntry>.Empty,
        };
        var p = DeepStack.Run(() => Codec.ReadProcess(code, 0));
        if (!code.AtEnd)
        {
            throw BytecodeErrors.At(code.Pos, "trailing bytes in the code section");
        }
        return p;
    }

    private static List<Seq<SourceMapEntry>> ReadSourceMap(byte[] file, int start)
    {
        var r = new ByteReader(file, start, file.Length);
        var length = r.Count("source map length", 1);
        var end = r.Pos + length;
        if (end != file.Length)
        {
            throw BytecodeErrors.At(end, "trailing bytes after the source map");
        }
        var m = new ByteReader(file, r.Pos, end);
        var n = m.Count("source map code count", 4);
        var result = new List<Seq<SourceMapEntry>>(n);
        for (var i = 0; i < n; i++)
        {
            var k = m.Count("source map entry count", 12);
            var entries = new SourceMapEntry[k];
            for (var j = 0; j < k; j++)
            {
                entries[j] = new SourceMapEntry(m.U32("offset"), new SourcePos(m.U32("line"), m.U32("column")));
            }
            result.Add(Seq.Of(entries));
        }
        if (!m.AtEnd)
        {
            throw BytecodeErrors.At(m.Pos, "trailing bytes in the source map");
        }
        return result;
    }

    /// <summary>Every code of a process in file order: each code before the processes of its pool, sequences before link groups.</summary>
    public static IEnumerable<Code> Preorder(CompiledProcess p)
    {
        var stack = new Stack<object>();
        stack.Push(p);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case CompiledProcess cp:
                    for (var i = cp.Links.Count - 1; i >= 0; i--)
                    {
                        stack.Push(cp.Links[i].Body);
                    }
                    for (var i = cp.Sequences.Count - 1; i >= 0; i--)
                    {
                        stack.Push(cp.Sequences[i]);
                    }
                    break;
                case Code c:
                    yield return c;
                    for (var i = c.Pool.Count - 1; i >= 0; i--)
                    {
                        switch (c.Pool[i])
                        {
                            case QuoteConst q:
                                stack.Push(q.Process);
                                break;
                            case UnitConst u:
                                stack.Push(u.Body);
                                break;
                            default:
                                break;
                        }
                    }
                    break;
                default:
                    break;
            }
        }
    }
}
