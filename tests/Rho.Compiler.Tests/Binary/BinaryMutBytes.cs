using System.Security.Cryptography;
using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Compiler.Tests.Binary;

/// <summary>
/// Builds malformed binaries byte by byte (spec/bytecode.md, "Encoding") and reads back the
/// exact <c>offset N: message</c> the decoder rejects them with.
/// </summary>
internal static class BinaryMutBytes
{
    /// <summary>
    /// Concatenates encodings: a <c>byte</c> is a u8, an <c>int</c> a u32, a <c>uint</c> a raw u32
    /// (for values above 2^31 - 1), a <c>long</c> an i64, a <c>string</c> a length-prefixed UTF-8
    /// string and a <c>byte[]</c> raw bytes.
    /// </summary>
    public static byte[] Of(params object[] parts)
    {
        var w = new ByteWriter();
        foreach (var part in parts)
        {
            switch (part)
            {
                case byte b:
                    w.U8(b);
                    break;
                case int n:
                    w.U32(n);
                    break;
                case uint u:
                    w.Raw(BitConverter.GetBytes(u));
                    break;
                case long l:
                    w.I64(l);
                    break;
                case string s:
                    w.String(s);
                    break;
                case byte[] raw:
                    w.Raw(raw);
                    break;
                default:
                    throw new ArgumentException($"cannot encode {part.GetType().Name}", nameof(parts));
            }
        }
        return w.ToArray();
    }

    /// <summary>A <c>.rhoc</c> file around a code section, with a correct content hash and an optional tail after it.</summary>
    public static byte[] File(byte[] code, ushort flags = 0, byte[]? tail = null) =>
        [.. "RHOC"u8, 1, 0, (byte)flags, (byte)(flags >> 8), .. BitConverter.GetBytes(code.Length), .. code, .. SHA256.HashData(code), .. tail ?? []];

    /// <summary>Reads one term from the bytes; it must decode and use them all.</summary>
    public static Proc Term(byte[] bytes)
    {
        var r = new ByteReader(bytes, 0, bytes.Length);
        var p = DeepStack.Run(() => TermCodec.Read(r, 0));
        Assert.True(r.AtEnd, $"the term ended at offset {r.Pos} of {bytes.Length}");
        return p;
    }

    /// <summary>The message a term decode of the bytes fails with.</summary>
    public static string TermError(byte[] bytes) =>
        Assert.Throws<RhoException>(() => DeepStack.Run(() => TermCodec.Read(new ByteReader(bytes, 0, bytes.Length), 0))).Error.Message;

    /// <summary>Reads one code section (a compiled process) from the bytes; it must use them all.</summary>
    public static CompiledProcess Process(byte[] bytes)
    {
        var r = new ByteReader(bytes, 0, bytes.Length);
        var p = DeepStack.Run(() => Codec.ReadProcess(r, 0));
        Assert.True(r.AtEnd, $"the process ended at offset {r.Pos} of {bytes.Length}");
        return p;
    }

    /// <summary>The message a code-section decode of the bytes fails with.</summary>
    public static string ProcessError(byte[] bytes) =>
        Assert.Throws<RhoException>(() => DeepStack.Run(() => Codec.ReadProcess(new ByteReader(bytes, 0, bytes.Length), 0))).Error.Message;

    /// <summary>The bytecode error a whole file is rejected with by the loader, of the bytecode kind.</summary>
    public static string FileError(byte[] file)
    {
        var e = Assert.Throws<RhoException>(() => RhoCompiler.Load(file));
        Assert.Equal(RhoCompiler.BytecodeErrorKind, e.Error.Kind);
        return e.Error.Message;
    }
}
