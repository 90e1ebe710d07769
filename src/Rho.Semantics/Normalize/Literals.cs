using System.Globalization;
using System.Numerics;
using System.Text;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Normalize;

/// <summary>Ground literals: integer ranges (<c>Static/int-range</c>) and escape decoding (<c>Norm/string-escapes</c>).</summary>
internal static class Literals
{
    /// <summary>The system URIs a <c>new</c> may bind (<c>Static/unknown-uri</c>).</summary>
    public static readonly IReadOnlySet<string> KnownUris = new HashSet<string>(StringComparer.Ordinal)
    {
        "rho:io:stdout", "rho:io:stdoutAck", "rho:io:stderr", "rho:io:stderrAck",
    };

    /// <summary><c>Static/int-range</c>: the Int literal <paramref name="digits"/>, negated when <paramref name="negative"/>.</summary>
    public static long Int(string digits, bool negative, SourcePos pos)
    {
        var text = negative ? "-" + digits : digits;
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw RhoException.Invalid(
                ErrorKinds.IntLiteralRange,
                pos,
                $"integer literal {text} is outside the 64-bit Int range; write BigInt({digits}) for a big integer");
        }
        return value;
    }

    /// <summary>The digits of a <c>BigInt(…)</c> literal.</summary>
    public static BigInteger BigInt(string digits) =>
        BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary><c>Norm/string-escapes</c>: decodes <c>\" \\ \n \t</c> in the text between the quotes.</summary>
    public static string String(string raw) => Decode(raw, static c => c switch
    {
        '"' => '"',
        '\\' => '\\',
        'n' => '\n',
        't' => '\t',
        _ => null,
    });

    /// <summary><c>Norm/string-escapes</c>: decodes <c>\` \\</c> in the text between the backquotes.</summary>
    public static string Uri(string raw) => Decode(raw, static c => c switch
    {
        '`' => '`',
        '\\' => '\\',
        _ => null,
    });

    // An escape the token does not allow cannot come from the parser; it is kept as written.
    private static string Decode(string raw, Func<char, char?> escape)
    {
        if (!raw.Contains('\\', StringComparison.Ordinal))
        {
            return raw;
        }
        var sb = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\\' && i + 1 < raw.Length && escape(raw[i + 1]) is { } decoded)
            {
                sb.Append(decoded);
                i++;
            }
            else
            {
                sb.Append(raw[i]);
            }
        }
        return sb.ToString();
    }
}
