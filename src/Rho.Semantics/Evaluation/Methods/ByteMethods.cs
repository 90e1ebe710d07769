using System.Text;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;

namespace Rho.Semantics.Evaluation;

/// <summary>Methods that produce or read byte arrays (spec/expressions.md, "Methods").</summary>
internal static class ByteMethods
{
    /// <summary>UTF-8 as the JVM's <c>String.getBytes("UTF-8")</c>: an unpaired surrogate becomes '?'.</summary>
    private static readonly Encoding JvmUtf8 = Encoding.GetEncoding(
        "utf-8", new EncoderReplacementFallback("?"), DecoderFallback.ReplacementFallback);

    /// <summary>
    /// <c>Method/toByteArray</c>: any process (not only one expression) serialized, after
    /// evaluation, in its canonical form, with RhoSpec's encoding (<see cref="Serialization"/>).
    /// </summary>
    public static Proc ToByteArray(Call c) =>
        new GByteArray(Serialization.Encode(Canon.Of(c.Target)).ToSeq()) { At = new Prov(c.At) };

    /// <summary>
    /// <c>Method/hexToBytes</c>: a String of hex digits to bytes. As the reference's decoder, it
    /// drops every character that is not a hex digit, pads an odd count with a leading 0, and
    /// never fails on a String.
    /// </summary>
    public static Proc HexToBytes(Call c) => Singular(c) switch
    {
        GString s => new GByteArray(DecodeHex(s.Value).ToSeq()) { At = new Prov(c.At) },
        var v => throw c.NotDefinedOn(v),
    };

    /// <summary><c>Method/bytesToHex</c>: a ByteArray as lowercase hex, two digits a byte.</summary>
    public static Proc BytesToHex(Call c) => Singular(c) switch
    {
        GByteArray b => new GString(Convert.ToHexStringLower(b.Bytes.Items.AsSpan())) { At = new Prov(c.At) },
        var v => throw c.NotDefinedOn(v),
    };

    /// <summary><c>Method/toUtf8Bytes</c>: a String's UTF-8 bytes (an unpaired surrogate gives '?', as on the JVM).</summary>
    public static Proc ToUtf8Bytes(Call c) => Singular(c) switch
    {
        GString s => new GByteArray(JvmUtf8.GetBytes(s.Value).ToSeq()) { At = new Prov(c.At) },
        var v => throw c.NotDefinedOn(v),
    };

    /// <summary>The hex decoding of the reference (Base16.unsafeDecode).</summary>
    internal static byte[] DecodeHex(string s)
    {
        var digits = s.Where(Uri.IsHexDigit).ToList();
        if (digits.Count % 2 == 1)
        {
            digits.Insert(0, '0');
        }
        var bytes = new byte[digits.Count / 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((Uri.FromHex(digits[2 * i]) << 4) | Uri.FromHex(digits[(2 * i) + 1]));
        }
        return bytes;
    }

    /// <summary>
    /// These three methods take their receiver as it is (already evaluated) and need it to be one
    /// expression: otherwise "Method can only be called on singular expressions".
    /// </summary>
    private static Proc Singular(Call c)
    {
        var parts = Evaluator.Components(c.Target);
        return parts.Count == 1 && Evaluator.IsExpression(parts[0])
            ? parts[0]
            : throw Fail.NotExpression(c.At, "Method can only be called on singular expressions.");
    }
}
