namespace Rho.Semantics.Congruence;

/// <summary>
/// Strings in their source spelling (spec/congruence.md, rule <c>Cong/order</c>; spec/printing.md,
/// rule <c>Print/string</c>). We store decoded strings; the reference stores a literal's text
/// undecoded. Re-escaping <c>"</c>, <c>\</c>, newline and tab gives back the reference's text, so
/// strings are ordered by their escaped spelling (UTF-16 code units, as the JVM compares) and printed in it.
/// </summary>
internal static class EscapedOrder
{
    /// <summary>The escape of <paramref name="c"/>'s second character, or '\0' when c stands for itself.</summary>
    public static char EscapeOf(char c) => c switch
    {
        '"' => '"',
        '\\' => '\\',
        '\n' => 'n',
        '\t' => 't',
        _ => '\0',
    };

    /// <summary>Compares the escaped spellings of two decoded strings, ordinally, without allocating.</summary>
    public static int Compare(string x, string y)
    {
        var (i, j) = (0, 0);
        var (pendingX, pendingY) = ('\0', '\0');
        while (true)
        {
            var endX = pendingX == '\0' && i == x.Length;
            var endY = pendingY == '\0' && j == y.Length;
            if (endX || endY)
            {
                // Stryker disable once Arithmetic : bool.CompareTo returns only -1, 0 or 1, for which / -1 and * -1 agree
                return endX.CompareTo(endY) * -1;
            }
            var cx = Next(x, ref i, ref pendingX);
            var cy = Next(y, ref j, ref pendingY);
            if (cx != cy)
            {
                return cx.CompareTo(cy);
            }
        }
    }

    private static char Next(string s, ref int i, ref char pending)
    {
        if (pending != '\0')
        {
            var p = pending;
            pending = '\0';
            return p;
        }
        var c = s[i++];
        var e = EscapeOf(c);
        if (e == '\0')
        {
            return c;
        }
        pending = e;
        return '\\';
    }
}
