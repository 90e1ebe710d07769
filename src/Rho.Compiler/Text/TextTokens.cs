using System.Text;

namespace Rho.Compiler.Text;

/// <summary>The tokens of one line of the text format: words and <c>"strings"</c>, up to a <c>;</c> comment.</summary>
internal static class TextTokens
{
    public static List<string> Split(string line, int number)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < line.Length)
        {
            var ch = line[i];
            if (ch is ' ' or '\t' or '\r')
            {
                i++;
            }
            else if (ch == ';')
            {
                break;
            }
            else if (ch == '"')
            {
                var start = i++;
                while (i < line.Length && line[i] != '"')
                {
                    i += line[i] == '\\' ? 2 : 1;
                }
                if (i >= line.Length)
                {
                    throw Assembler.Error(number, "unterminated string");
                }
                i++;
                tokens.Add(line[start..i]);
            }
            else
            {
                var start = i;
                while (i < line.Length && line[i] is not (' ' or '\t' or '\r' or ';' or '"'))
                {
                    i++;
                }
                tokens.Add(line[start..i]);
            }
        }
        return tokens;
    }

    /// <summary>The text of a <c>"…"</c> token, with its escapes undone.</summary>
    public static string Unquote(string token, int number)
    {
        if (token.Length < 2 || token[0] != '"' || token[^1] != '"')
        {
            throw Assembler.Error(number, $"expected a string, found '{token}'");
        }
        var sb = new StringBuilder();
        for (var i = 1; i < token.Length - 1; i++)
        {
            if (token[i] != '\\')
            {
                sb.Append(token[i]);
                continue;
            }
            i++;
            sb.Append(token[i] switch
            {
                'n' => '\n',
                'r' => '\r',
                '\\' => '\\',
                '"' => '"',
                _ => throw Assembler.Error(number, $"unknown escape '\\{token[i]}'"),
            });
        }
        return sb.ToString();
    }
}
