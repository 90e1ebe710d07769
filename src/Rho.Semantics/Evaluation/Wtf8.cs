using System.Text;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Evaluation;

/// <summary>
/// UTF-8 extended to unpaired surrogates (each written as its own 3-byte sequence, as WTF-8
/// does), so that every .NET string, sliced or not, encodes and decodes exactly. On strings
/// without unpaired surrogates it is plain UTF-8.
/// </summary>
internal static class Wtf8
{
    /// <summary>The bytes of <paramref name="s"/>.</summary>
    public static byte[] Encode(string s)
    {
        var bytes = new List<byte>(s.Length);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsSurrogatePair(s, i))
            {
                var n = new Rune(s[i], s[i + 1]).EncodeToUtf8(buffer);
                bytes.AddRange(buffer[..n]);
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                int c = s[i];
                // c is a char value (0xD800..0xDFFF here), never negative: dividing by 0x1000 and 0x40 takes its
                // upper bits as >> 12 and >> 6 would (and has no equivalent mutant, as >> has in >>>).
                bytes.Add((byte)(0xE0 | (c / 0x1000)));
                bytes.Add((byte)(0x80 | ((c / 0x40) & 0x3F)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
            else
            {
                var n = new Rune(s[i]).EncodeToUtf8(buffer);
                bytes.AddRange(buffer[..n]);
            }
        }
        return [.. bytes];
    }

    /// <summary>
    /// The string encoded in <paramref name="bytes"/> (the inverse of <see cref="Encode"/>): Crash
    /// on a stray continuation byte or a truncated sequence. Forms <see cref="Encode"/> never writes
    /// (overlong forms, a lead byte followed by a non-continuation byte) are not checked.
    /// </summary>
    public static string Decode(byte[] bytes)
    {
        var s = new StringBuilder(bytes.Length);
        var i = 0;
        while (i < bytes.Length)
        {
            int b0 = bytes[i];
            var (length, initial) = b0 switch
            {
                < 0x80 => (1, b0),
                // Stryker disable once Equality : 0xC0 only starts an overlong form of U+0000..U+003F, which Encode never writes and Decode does not check (see the summary)
                < 0xC0 => throw RhoException.Crash("Wtf8.Decode: stray continuation byte"),
                < 0xE0 => (2, b0 & 0x1F),
                < 0xF0 => (3, b0 & 0x0F),
                _ => (4, b0 & 0x07),
            };
            if (i + length > bytes.Length)
            {
                throw RhoException.Crash("Wtf8.Decode: truncated sequence");
            }
            var cp = initial;
            for (var k = 1; k < length; k++)
            {
                cp = (cp << 6) | (bytes[i + k] & 0x3F);
            }
            if (cp >= 0x10000)
            {
                s.Append(char.ConvertFromUtf32(cp));
            }
            else
            {
                s.Append((char)cp);
            }
            i += length;
        }
        return s.ToString();
    }
}
