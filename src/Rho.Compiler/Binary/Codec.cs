using System.Runtime.CompilerServices;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Compiler.Binary;

/// <summary>
/// The code section encoding (spec/bytecode.md, "Code section"): compiled processes, link
/// groups, codes and pool entries. Encodings are memoized per object (derived data kept outside
/// the records, house style) because the canonical sort of every multiset compares them.
/// </summary>
internal static class Codec
{
    private static readonly ConditionalWeakTable<object, byte[]> Cache = [];

    private enum ConstTag : byte
    {
        Value, Inert, Pattern, Bind, Quote, Unit, Method,
    }

    public static byte[] Encode(Code c) => Cache.GetValue(c, _ => Build(w => WriteCode(w, c)));

    public static byte[] Encode(LinkGroup g) => Cache.GetValue(g, _ => Build(w => WriteGroup(w, g)));

    public static byte[] Encode(CompiledProcess p) => Cache.GetValue(p, _ => Build(w => WriteProcess(w, p)));

    private static byte[] Build(Action<ByteWriter> write)
    {
        var w = new ByteWriter();
        write(w);
        return w.ToArray();
    }

    private static void WriteProcess(ByteWriter w, CompiledProcess p)
    {
        w.U32(p.Sequences.Count);
        foreach (var c in p.Sequences)
        {
            w.Raw(Encode(c));
        }
        w.U32(p.Links.Count);
        foreach (var g in p.Links)
        {
            w.Raw(Encode(g));
        }
    }

    private static void WriteGroup(ByteWriter w, LinkGroup g)
    {
        w.U32(g.Count);
        w.U32(g.Uris.Count);
        foreach (var u in g.Uris)
        {
            w.String(u);
        }
        w.Raw(Encode(g.Body));
    }

    private static void WriteCode(ByteWriter w, Code c)
    {
        w.Bytes(c.Instrs.Items.AsSpan());
        w.U32(c.Pool.Count);
        foreach (var k in c.Pool)
        {
            WriteConst(w, k);
        }
    }

    private static void WriteConst(ByteWriter w, Const k)
    {
        switch (k)
        {
            case ValueConst v:
                w.U8((byte)ConstTag.Value);
                TermCodec.Write(w, v.Value);
                break;
            case InertConst i:
                w.U8((byte)ConstTag.Inert);
                TermCodec.Write(w, i.Term);
                break;
            case PatternConst p:
                w.U8((byte)ConstTag.Pattern);
                w.U32(p.FreeCount);
                TermCodec.Write(w, p.Pattern);
                break;
            case BindConst b:
                w.U8((byte)ConstTag.Bind);
                w.U32(b.FreeCount);
                w.U32(b.Patterns.Count);
                foreach (var p in b.Patterns)
                {
                    TermCodec.Write(w, p);
                }
                w.Bool(b.Remainder is not null);
                if (b.Remainder is not null)
                {
                    TermCodec.Write(w, b.Remainder);
                }
                break;
            case QuoteConst q:
                w.U8((byte)ConstTag.Quote);
                w.Raw(Encode(q.Process));
                break;
            case UnitConst u:
                w.U8((byte)ConstTag.Unit);
                w.U32(u.Binds);
                w.Raw(Encode(u.Body));
                break;
            case MethodConst m:
                w.U8((byte)ConstTag.Method);
                w.String(m.Name);
                break;
            default:
                throw RhoException.Crash($"Codec: unknown pool entry {k.GetType().Name}");
        }
    }

    // ---- Reading ----


    /// <summary>Reads a compiled process; each code's meta records the file offset of its instructions.</summary>
    public static CompiledProcess ReadProcess(ByteReader r, int depth)
    {
        if (depth > BytecodeErrors.MaxNesting)
        {
            throw BytecodeErrors.At(r.Pos, $"code nested deeper than {BytecodeErrors.MaxNesting}");
        }
        var n = r.Count("sequence count", 8);
        var seqs = new Code[n];
        for (var i = 0; i < n; i++)
        {
            seqs[i] = ReadCode(r, depth + 1);
        }
        var m = r.Count("link group count", 16);
        var links = new LinkGroup[m];
        for (var i = 0; i < m; i++)
        {
            var count = r.U32("link group size");
            var k = r.Count("URI count", 4);
            var uris = new string[k];
            for (var j = 0; j < k; j++)
            {
                uris[j] = r.String("URI");
            }
            links[i] = new LinkGroup(count, Seq.Of(uris), ReadProcess(r, depth + 1));
        }
        var result = CompiledProcess.Of(seqs, links);
        if (!SameObjects(result.Sequences, seqs) || !SameObjects(result.Links, links))
        {
            throw BytecodeErrors.At(r.Pos, "the sequences or link groups of a process are not in canonical (byte) order");
        }
        return result;
    }

    private static bool SameObjects<T>(Seq<T> sorted, T[] read)
        where T : class
    {
        for (var i = 0; i < read.Length; i++)
        {
            if (!ReferenceEquals(sorted[i], read[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static Code ReadCode(ByteReader r, int depth)
    {
        // The code's number in file order (Container.Preorder: a code before the codes in its pool) is taken before
        // its pool is read, so that its source map is its own and not that of a code nested in it.
        var index = r.CodeCounter++;
        var len = r.Count("code length", 1);
        var start = r.Pos;
        var instrs = r.Span(start, len).ToArray();
        r.Skip(len);
        var n = r.Count("pool size", 2);
        var pool = new Const[n];
        for (var i = 0; i < n; i++)
        {
            pool[i] = ReadConst(r, depth);
        }
        var map = r.SourceMapOf?.Invoke(index) ?? Seq<SourceMapEntry>.Empty;
        return new Code(Seq.Of(instrs), Seq.Of(pool)) { Meta = new CodeMeta(map, start) };
    }

    private static Const ReadConst(ByteReader r, int depth)
    {
        var at = r.Pos;
        var tag = r.U8();
        switch ((ConstTag)tag)
        {
            case ConstTag.Value:
                return new ValueConst(TermCodec.Read(r, depth));
            case ConstTag.Inert:
                return new InertConst(TermCodec.Read(r, depth));
            case ConstTag.Pattern:
                var free = r.U32("pattern variable count");
                return new PatternConst(TermCodec.Read(r, depth), free);
            case ConstTag.Bind:
                var bindFree = r.U32("bind variable count");
                var n = r.Count("pattern count", 1);
                var pats = new Proc[n];
                for (var i = 0; i < n; i++)
                {
                    pats[i] = TermCodec.Read(r, depth);
                }
                var rem = r.Bool() ? TermCodec.Read(r, depth) : null;
                return new BindConst(Seq.Of(pats), rem, bindFree);
            case ConstTag.Quote:
                return new QuoteConst(ReadProcess(r, depth + 1));
            case ConstTag.Unit:
                var binds = r.U32("unit variable count");
                return new UnitConst(binds, ReadProcess(r, depth + 1));
            case ConstTag.Method:
                return new MethodConst(r.String("method name"));
            default:
                throw BytecodeErrors.At(at, $"unknown pool entry tag {tag}");
        }
    }
}
