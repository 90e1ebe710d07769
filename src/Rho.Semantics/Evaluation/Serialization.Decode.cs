using System.Buffers.Binary;
using System.Numerics;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Evaluation;

// The inverse of Encode, so that the encoding has a round-trip test (Decode ∘ Encode = id).
internal static partial class Serialization
{
    /// <summary>The term encoded in <paramref name="bytes"/>; Crash on bytes Encode never produces.</summary>
    public static Proc Decode(byte[] bytes)
    {
        var r = new Reader(bytes);
        var p = r.Term();
        return r.AtEnd ? p : throw RhoException.Crash("Serialization.Decode: trailing bytes");
    }

    private sealed class Reader(byte[] bytes)
    {
        private int _at;

        public bool AtEnd => _at == bytes.Length;

        public Proc Term() => (Tag)Byte() switch
        {
            Tag.Nil => Nil.Instance,
            Tag.Par => new Core.Par(Terms()),
            Tag.Send => new Send(Term(), Terms(), Bool()),
            Tag.Receive => new Receive(Many(() => new ReceiveBind(Terms(), Term(), Optional(), Int32())), Term(), (ReceiveKind)Byte(), Int32()),
            Tag.New => new New(Int32(), Many(Text), Term()),
            Tag.Match => new Match(Term(), Many(() => new MatchCase(Term(), Term(), Int32()))),
            Tag.Bundle => new Bundle(Term(), Bool(), Bool()),
            Tag.BoundVar => new BoundVar(Int32()),
            Tag.FreeVar => new FreeVar(Int32()),
            Tag.Wildcard => Wildcard.Instance,
            Tag.Bool => new GBool(Bool()),
            Tag.Int => new GInt(Int64()),
            Tag.BigInt => new GBigInt(new BigInteger(Blob(), isUnsigned: false, isBigEndian: true)),
            Tag.String => new GString(Text()),
            Tag.Uri => new GUri(Text()),
            Tag.ByteArray => new GByteArray(Blob().ToSeq()),
            Tag.Unforgeable => new GUnforgeable(Int64()),
            Tag.SysChannel => new GSysChannel(Text()),
            Tag.List => new EList(Terms(), Optional()),
            Tag.Tuple => new ETuple(Terms()),
            Tag.Set => new ESet(Terms(), Optional()),
            Tag.Map => new EMap(Many(() => new KeyValue(Term(), Term())), Optional()),
            Tag.Unary => new EUnary((UnaryOp)Byte(), Term()),
            Tag.Binary => new EBinary((BinaryOp)Byte(), Term(), Term()),
            Tag.Matches => new EMatches(Term(), Term()),
            Tag.Method => new EMethod(Text(), Term(), Terms()),
            Tag.ConnAnd => new ConnAnd(Terms()),
            Tag.ConnOr => new ConnOr(Terms()),
            Tag.ConnNot => new ConnNot(Term()),
            Tag.ConnType => new ConnType((SimpleType)Byte()),
            Tag.VarRef => new VarRef(Int32()),
            var t => throw RhoException.Crash($"Serialization.Decode: unknown tag {t}"),
        };

        private Seq<Proc> Terms() => Many(Term);

        // Every item takes at least one byte, so a count above the bytes left is truncated input
        // (checked before the array is made: a negative or huge count must not reach new T[n]).
        private Seq<T> Many<T>(Func<T> item)
        {
            var n = Int32();
            // Stryker disable once Arithmetic : with + a count up to bytes.Length + _at passes, but its items then run out of bytes and Byte or Take raises the same truncated Crash; the check keeps a huge count from new T[n]
            if (n < 0 || n > bytes.Length - _at)
            {
                throw RhoException.Crash("Serialization.Decode: truncated");
            }
            var items = new T[n];
            for (var i = 0; i < n; i++)
            {
                items[i] = item();
            }
            return items.ToSeq();
        }

        private Proc? Optional() => Bool() ? Term() : null;

        private byte Byte() => _at < bytes.Length ? bytes[_at++] : throw RhoException.Crash("Serialization.Decode: truncated");

        private bool Bool() => Byte() != 0;

        private ReadOnlySpan<byte> Take(int n)
        {
            if (n < 0 || _at + n > bytes.Length)
            {
                throw RhoException.Crash("Serialization.Decode: truncated");
            }
            _at += n;
            return bytes.AsSpan(_at - n, n);
        }

        private int Int32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

        private long Int64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

        private byte[] Blob() => Take(Int32()).ToArray();

        private string Text() => Wtf8.Decode(Blob());
    }
}
