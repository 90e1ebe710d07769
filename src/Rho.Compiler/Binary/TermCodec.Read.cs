using System.Numerics;
using Rho.Semantics.Core;

namespace Rho.Compiler.Binary;

internal static partial class TermCodec
{
    /// <summary>Reads one term, rejecting unknown tags, out-of-range enums and nesting beyond <see cref="BytecodeErrors.MaxNesting"/>.</summary>
    public static Proc Read(ByteReader r, int depth)
    {
        var at = r.Pos;
        if (depth > BytecodeErrors.MaxNesting)
        {
            throw BytecodeErrors.At(at, $"terms nested deeper than {BytecodeErrors.MaxNesting}");
        }
        var tag = r.U8();
        var d = depth + 1;
        return (Tag)tag switch
        {
            Tag.Nil => Nil.Instance,
            Tag.Par => new Par(Many(r, d)),
            Tag.Send => new Send(Read(r, d), Many(r, d), r.Bool()),
            Tag.Receive => ReadReceive(r, d),
            Tag.New => ReadNew(r, d),
            Tag.Match => ReadMatch(r, d),
            Tag.Bundle => new Bundle(Read(r, d), r.Bool(), r.Bool()),
            Tag.BoundVar => new BoundVar(r.U32("variable index")),
            Tag.FreeVar => new FreeVar(r.U32("pattern variable")),
            Tag.Wildcard => Wildcard.Instance,
            Tag.GBool => new GBool(r.Bool()),
            Tag.GInt => new GInt(r.I64()),
            Tag.GBigInt => ReadBigInt(r),
            Tag.GString => new GString(r.String("string")),
            Tag.GUri => new GUri(r.String("URI")),
            Tag.GByteArray => new GByteArray(Seq.Of(r.Bytes("byte array"))),
            Tag.GUnforgeable => new GUnforgeable(r.I64()),
            Tag.GSysChannel => new GSysChannel(r.String("system channel")),
            Tag.EList => new EList(Many(r, d), Optional(r, d)),
            Tag.ETuple => new ETuple(Many(r, d)),
            Tag.ESet => new ESet(Many(r, d), Optional(r, d)),
            Tag.EMap => ReadMap(r, d),
            Tag.EUnary => new EUnary(Enum<UnaryOp>(r, "unary operator"), Read(r, d)),
            Tag.EBinary => new EBinary(Enum<BinaryOp>(r, "binary operator"), Read(r, d), Read(r, d)),
            Tag.EMatches => new EMatches(Read(r, d), Read(r, d)),
            Tag.EMethod => ReadMethod(r, d),
            Tag.ConnAnd => new ConnAnd(Many(r, d)),
            Tag.ConnOr => new ConnOr(Many(r, d)),
            Tag.ConnNot => new ConnNot(Read(r, d)),
            Tag.ConnType => new ConnType(Enum<SimpleType>(r, "type connective")),
            Tag.VarRef => new VarRef(r.U32("variable reference")),
            _ => throw BytecodeErrors.At(at, $"unknown term tag {tag}"),
        };
    }

    private static Receive ReadReceive(ByteReader r, int d)
    {
        var n = r.Count("bind count", 11);
        var binds = new ReceiveBind[n];
        for (var i = 0; i < n; i++)
        {
            var patterns = Many(r, d);
            var source = Read(r, d);
            var rem = Optional(r, d);
            binds[i] = new ReceiveBind(patterns, source, rem, r.U32("bind variable count"));
        }
        var body = Read(r, d);
        var kind = Enum<ReceiveKind>(r, "receive kind");
        return new Receive(Seq.Of(binds), body, kind, r.U32("receive variable count"));
    }

    private static New ReadNew(ByteReader r, int d)
    {
        var count = r.U32("new count");
        var n = r.Count("URI count", 4);
        var uris = new string[n];
        for (var i = 0; i < n; i++)
        {
            uris[i] = r.String("URI");
        }
        return new New(count, Seq.Of(uris), Read(r, d));
    }

    private static Match ReadMatch(ByteReader r, int d)
    {
        var target = Read(r, d);
        var n = r.Count("case count", 6);
        var cases = new MatchCase[n];
        for (var i = 0; i < n; i++)
        {
            cases[i] = new MatchCase(Read(r, d), Read(r, d), r.U32("case variable count"));
        }
        return new Match(target, Seq.Of(cases));
    }

    private static EMap ReadMap(ByteReader r, int d)
    {
        var n = r.Count("pair count", 2);
        var pairs = new KeyValue[n];
        for (var i = 0; i < n; i++)
        {
            pairs[i] = new KeyValue(Read(r, d), Read(r, d));
        }
        return new EMap(Seq.Of(pairs), Optional(r, d));
    }

    private static EMethod ReadMethod(ByteReader r, int d)
    {
        var name = r.String("method name");
        return new EMethod(name, Read(r, d), Many(r, d));
    }

    private static GBigInt ReadBigInt(ByteReader r)
    {
        var at = r.Pos;
        var bytes = r.Bytes("BigInt");
        var v = new BigInteger(bytes);
        return v.ToByteArray().AsSpan().SequenceEqual(bytes)
            ? new GBigInt(v)
            : throw BytecodeErrors.At(at, "BigInt is not in its minimal encoding");
    }

    private static Seq<Proc> Many(ByteReader r, int d)
    {
        var n = r.Count("item count", 1);
        var items = new Proc[n];
        for (var i = 0; i < n; i++)
        {
            items[i] = Read(r, d);
        }
        return Seq.Of(items);
    }

    private static Proc? Optional(ByteReader r, int d) => r.Bool() ? Read(r, d) : null;

    private static T Enum<T>(ByteReader r, string what)
        where T : struct, Enum
    {
        var at = r.Pos;
        var b = r.U8();
        var v = (T)(object)(int)b;
        return System.Enum.IsDefined(v) ? v : throw BytecodeErrors.At(at, $"unknown {what} {b}");
    }
}
