using System.Globalization;
using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Compiler.Text;

/// <summary>
/// Reads the text format back (spec/bytecode.md, "Text format"). Blocks nest by indentation;
/// <c>;</c> starts a comment; the offset column and the header's hash are informational (the
/// offsets are recomputed, the hash is recomputed on serialization). Errors are bytecode errors
/// <c>line N: message</c>.
/// </summary>
internal sealed class Assembler
{
    private readonly List<(int Number, int Indent, List<string> Tokens)> _lines = [];
    private int _next;

    private Assembler(string text)
    {
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var tokens = TextTokens.Split(raw, number);
            if (tokens.Count > 0)
            {
                var indent = raw.Length - raw.TrimStart(' ').Length;
                if (indent % 2 != 0)
                {
                    throw Error(number, "indentation must be a multiple of two spaces");
                }
                _lines.Add((number, indent / 2, tokens));
            }
        }
    }

    public static CompiledProcess Read(string text)
    {
        var a = new Assembler(text);
        var header = a.Take(0, "the header 'rhoc 1 sha256 …'");
        if (header.Tokens.Count < 2 || header.Tokens[0] != "rhoc" || header.Tokens[1] != Container.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw Error(header.Number, $"expected the header 'rhoc {Container.Version} sha256 …'");
        }
        var p = a.Process(0);
        return a._next < a._lines.Count ? throw Error(a._lines[a._next].Number, "unexpected line after the process") : p;
    }

    private CompiledProcess Process(int indent)
    {
        var head = Take(indent, "'process'");
        Expect(head, "process", 1);
        var seqs = new List<Code>();
        var links = new List<LinkGroup>();
        while (Peek(indent + 1) is { } line)
        {
            _next++;
            switch (line.Tokens[0])
            {
                case "sequence":
                    Expect(line, "sequence", 1);
                    seqs.Add(Code(indent + 2));
                    break;
                case "link":
                    var count = Int(line, 1);
                    var uris = line.Tokens.Skip(2).Select(t => TextTokens.Unquote(t, line.Number)).ToSeq();
                    links.Add(new LinkGroup(count, uris, Process(indent + 2)));
                    break;
                default:
                    throw Error(line.Number, $"expected 'sequence' or 'link', found '{line.Tokens[0]}'");
            }
        }
        return CompiledProcess.Of(seqs, links);
    }

    private Code Code(int indent)
    {
        var w = new ByteWriter();
        while (Peek(indent) is { } line && line.Tokens[0] != "pool")
        {
            _next++;
            Instruction(w, line);
        }
        var pool = new List<Const>();
        if (Peek(indent) is { } poolLine)
        {
            _next++;
            Expect(poolLine, "pool", 1);
            while (Peek(indent + 1) is { } entry)
            {
                _next++;
                if (entry.Tokens[0] != "#" + pool.Count.ToString(CultureInfo.InvariantCulture))
                {
                    throw Error(entry.Number, $"expected pool entry #{pool.Count}");
                }
                pool.Add(Entry(entry, indent + 2));
            }
        }
        return new Code(Seq.Of(w.ToArray()), pool.ToSeq());
    }

    private static void Instruction(ByteWriter w, (int Number, int Indent, List<string> Tokens) line)
    {
        var t = line.Tokens;
        if (t.Count < 2 || !int.TryParse(t[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw Error(line.Number, "expected 'OFFSET NAME operands'");
        }
        var info = OpInfo.TryNamed(t[1]) ?? throw Error(line.Number, $"unknown instruction '{t[1]}'");
        w.U8((byte)info.Op);
        if (info.Op == Opcode.Receive)
        {
            var kind = Enum.TryParse<ReceiveKind>(t.ElementAtOrDefault(2), true, out var k) && char.IsLower(t[2][0])
                ? (int)k : throw Error(line.Number, "RECEIVE: expected linear, persistent or peek");
            var n = Int(line, 3);
            Arity(line, 4 + n + 1);
            w.U32(kind);
            w.U32(n);
            for (var i = 0; i <= n; i++)
            {
                w.U32(Prefixed(line, 4 + i, '#'));
            }
            return;
        }
        Arity(line, 2 + info.Operands.Count);
        for (var i = 0; i < info.Operands.Count; i++)
        {
            w.U32(info.Operands[i] switch
            {
                // Stryker disable once Arithmetic : a pool index is always an instruction's first operand (OpInfo; RECEIVE's are read above), so i is 0 here and 2 + i == 2 - i
                OperandKind.Pool => Prefixed(line, 2 + i, '#'),
                OperandKind.Target => Prefixed(line, 2 + i, '@'),
                _ => Int(line, 2 + i),
            });
        }
    }

    private Const Entry((int Number, int Indent, List<string> Tokens) line, int indent)
    {
        var t = line.Tokens;
        switch (t.ElementAtOrDefault(1))
        {
            case "value":
                Arity(line, 3);
                return new ValueConst(Term(line, 2));
            case "inert":
                Arity(line, 3);
                return new InertConst(Term(line, 2));
            case "pattern":
                Arity(line, 4);
                return new PatternConst(Term(line, 3), Int(line, 2));
            case "bind":
                // The count first: then "rest", if present, is at index 3 or later, after at least the count.
                var free = Int(line, 2);
                var hasRest = t.Contains("rest");
                var end = hasRest ? t.IndexOf("rest") : t.Count;
                if (hasRest)
                {
                    Arity(line, end + 2);
                }
                var patterns = Enumerable.Range(3, end - 3).Select(i => Term(line, i)).ToSeq();
                return new BindConst(patterns, hasRest ? Term(line, end + 1) : null, free);
            case "quote":
                Arity(line, 2);
                return new QuoteConst(Process(indent));
            case "unit":
                Arity(line, 3);
                return new UnitConst(Int(line, 2), Process(indent));
            case "method":
                Arity(line, 3);
                return new MethodConst(TextTokens.Unquote(t[2], line.Number));
            default:
                throw Error(line.Number, $"unknown pool entry kind '{t.ElementAtOrDefault(1)}'");
        }
    }

    private static Proc Term((int Number, int Indent, List<string> Tokens) line, int i)
    {
        var t = line.Tokens[i];
        if (!t.StartsWith("x'", StringComparison.Ordinal) || !t.EndsWith('\'') || t.Length < 3)
        {
            throw Error(line.Number, $"expected a term as x'hex', found '{t}'");
        }
        byte[] bytes;
        try
        {
            bytes = Convert.FromHexString(t[2..^1]);
        }
        catch (FormatException)
        {
            throw Error(line.Number, "bad hex in term");
        }
        try
        {
            var r = new ByteReader(bytes, 0, bytes.Length);
            var p = DeepStack.Run(() => TermCodec.Read(r, 0));
            return r.AtEnd ? p : throw Error(line.Number, "trailing bytes after the term");
        }
        catch (RhoException e) when (e.Error.Kind == BytecodeErrors.Kind && !e.Error.Message.StartsWith("line", StringComparison.Ordinal))
        {
            throw Error(line.Number, "term " + e.Error.Message);
        }
    }

    private (int Number, int Indent, List<string> Tokens)? Peek(int indent) =>
        _next < _lines.Count && _lines[_next].Indent == indent ? _lines[_next] : null;

    private (int Number, int Indent, List<string> Tokens) Take(int indent, string what)
    {
        if (_next >= _lines.Count)
        {
            throw Error(_lines.Count == 0 ? 1 : _lines[^1].Number, $"expected {what}, found the end of the text");
        }
        var line = _lines[_next++];
        return line.Indent == indent ? line : throw Error(line.Number, $"expected {what} at indentation {indent * 2}");
    }

    private static void Expect((int Number, int Indent, List<string> Tokens) line, string word, int count)
    {
        if (line.Tokens[0] != word || line.Tokens.Count != count)
        {
            throw Error(line.Number, $"expected '{word}'");
        }
    }

    private static void Arity((int Number, int Indent, List<string> Tokens) line, int count)
    {
        if (line.Tokens.Count != count)
        {
            throw Error(line.Number, $"expected {count - 1} items after '{line.Tokens[0]}', found {line.Tokens.Count - 1}");
        }
    }

    private static int Int((int Number, int Indent, List<string> Tokens) line, int i) =>
        i < line.Tokens.Count && int.TryParse(line.Tokens[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : throw Error(line.Number, $"expected a number, found '{line.Tokens.ElementAtOrDefault(i)}'");

    // Every caller has checked the line's arity first, so token i exists; a bare prefix fails to parse as a number.
    private static int Prefixed((int Number, int Indent, List<string> Tokens) line, int i, char prefix) =>
        line.Tokens[i].StartsWith(prefix)
            && int.TryParse(line.Tokens[i].AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n : throw Error(line.Number, $"expected '{prefix}N', found '{line.Tokens.ElementAtOrDefault(i)}'");

    public static RhoException Error(int line, string message) =>
        RhoException.Invalid(BytecodeErrors.Kind, SourcePos.None, $"line {line}: {message}");
}
