using System.Buffers.Binary;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Evaluation;

/// <summary>
/// RhoSpec's binary encoding of core terms, used by <c>toByteArray()</c> (spec/expressions.md,
/// "Serialization"; a deliberate divergence: the reference writes the protobuf of its Par).
/// A term is one tag byte (<see cref="Tag"/>) followed by its fields in declaration order:
/// a term recursively; a sequence as a 4-byte big-endian count then its elements; an optional
/// term as 0, or 1 then the term; a bool as one byte 0 or 1; an int field as 4 bytes and an Int
/// value as 8 bytes, big-endian two's complement; a BigInt as a length-prefixed big-endian two's
/// complement byte string; a string as a length-prefixed byte string in UTF-8 (an unpaired
/// surrogate is written as its own 3-byte sequence, so every string round-trips); an enum as
/// one byte. Encode the canonical form to get equal bytes for congruent terms.
/// </summary>
internal static partial class Serialization
{
    /// <summary>The tag byte of each term kind.</summary>
    internal enum Tag : byte
    {
        Nil = 0x00, Par = 0x01, Send = 0x02, Receive = 0x03, New = 0x04, Match = 0x05, Bundle = 0x06,
        BoundVar = 0x07, FreeVar = 0x08, Wildcard = 0x09,
        Bool = 0x0A, Int = 0x0B, BigInt = 0x0C, String = 0x0D, Uri = 0x0E, ByteArray = 0x0F,
        Unforgeable = 0x10, SysChannel = 0x11,
        List = 0x12, Tuple = 0x13, Set = 0x14, Map = 0x15,
        Unary = 0x16, Binary = 0x17, Matches = 0x18, Method = 0x19,
        ConnAnd = 0x1A, ConnOr = 0x1B, ConnNot = 0x1C, ConnType = 0x1D, VarRef = 0x1E,
    }

    /// <summary>The bytes of <paramref name="p"/>.</summary>
    public static byte[] Encode(Proc p)
    {
        var w = new Writer();
        w.Term(p);
        return [.. w.Bytes];
    }

    private sealed class Writer
    {
        public List<byte> Bytes { get; } = [];

        public void Term(Proc p)
        {
            switch (p)
            {
                case Nil: Op(Tag.Nil); break;
                case Core.Par x: Op(Tag.Par); Terms(x.Procs); break;
                case Send x: Op(Tag.Send); Term(x.Chan); Terms(x.Args); Bool(x.Persistent); break;
                case Receive x:
                    Op(Tag.Receive);
                    Count(x.Binds.Count);
                    foreach (var b in x.Binds)
                    {
                        Terms(b.Patterns); Term(b.Source); Optional(b.Remainder); Int32(b.FreeCount);
                    }
                    Term(x.Body); Byte((byte)x.Kind); Int32(x.BindCount);
                    break;
                case New x: Op(Tag.New); Int32(x.Count); Count(x.Uris.Count); foreach (var u in x.Uris) { Text(u); } Term(x.Body); break;
                case Match x:
                    Op(Tag.Match); Term(x.Target); Count(x.Cases.Count);
                    foreach (var c in x.Cases)
                    {
                        Term(c.Pattern); Term(c.Body); Int32(c.FreeCount);
                    }
                    break;
                case Bundle x: Op(Tag.Bundle); Term(x.Body); Bool(x.Read); Bool(x.Write); break;
                case BoundVar x: Op(Tag.BoundVar); Int32(x.Index); break;
                case FreeVar x: Op(Tag.FreeVar); Int32(x.Level); break;
                case Wildcard: Op(Tag.Wildcard); break;
                case GBool x: Op(Tag.Bool); Bool(x.Value); break;
                case GInt x: Op(Tag.Int); Int64(x.Value); break;
                case GBigInt x: Op(Tag.BigInt); Blob(x.Value.ToByteArray(isUnsigned: false, isBigEndian: true)); break;
                case GString x: Op(Tag.String); Text(x.Value); break;
                case GUri x: Op(Tag.Uri); Text(x.Value); break;
                case GByteArray x: Op(Tag.ByteArray); Blob([.. x.Bytes]); break;
                case GUnforgeable x: Op(Tag.Unforgeable); Int64(x.Id); break;
                case GSysChannel x: Op(Tag.SysChannel); Text(x.Uri); break;
                case EList x: Op(Tag.List); Terms(x.Items); Optional(x.Remainder); break;
                case ETuple x: Op(Tag.Tuple); Terms(x.Items); break;
                case ESet x: Op(Tag.Set); Terms(x.Items); Optional(x.Remainder); break;
                case EMap x:
                    Op(Tag.Map); Count(x.Pairs.Count);
                    foreach (var kv in x.Pairs)
                    {
                        Term(kv.Key); Term(kv.Value);
                    }
                    Optional(x.Remainder);
                    break;
                case EUnary x: Op(Tag.Unary); Byte((byte)x.Op); Term(x.Operand); break;
                case EBinary x: Op(Tag.Binary); Byte((byte)x.Op); Term(x.Left); Term(x.Right); break;
                case EMatches x: Op(Tag.Matches); Term(x.Target); Term(x.Pattern); break;
                case EMethod x: Op(Tag.Method); Text(x.Name); Term(x.Target); Terms(x.Args); break;
                case ConnAnd x: Op(Tag.ConnAnd); Terms(x.Parts); break;
                case ConnOr x: Op(Tag.ConnOr); Terms(x.Parts); break;
                case ConnNot x: Op(Tag.ConnNot); Term(x.Body); break;
                case ConnType x: Op(Tag.ConnType); Byte((byte)x.Type); break;
                case VarRef x: Op(Tag.VarRef); Int32(x.Index); break;
                default: throw RhoException.Crash($"Serialization: unknown term {p.GetType().Name}");
            }
        }

        private void Op(Tag t) => Bytes.Add((byte)t);

        private void Byte(byte b) => Bytes.Add(b);

        private void Bool(bool b) => Bytes.Add(b ? (byte)1 : (byte)0);

        private void Terms(Seq<Proc> ps)
        {
            Count(ps.Count);
            foreach (var p in ps)
            {
                Term(p);
            }
        }

        private void Optional(Proc? p)
        {
            Bool(p is not null);
            if (p is not null)
            {
                Term(p);
            }
        }

        private void Count(int n) => Int32(n);

        private void Int32(int n)
        {
            Span<byte> b = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(b, n);
            Bytes.AddRange(b);
        }

        private void Int64(long n)
        {
            Span<byte> b = stackalloc byte[8];
            BinaryPrimitives.WriteInt64BigEndian(b, n);
            Bytes.AddRange(b);
        }

        private void Blob(byte[] bytes)
        {
            Count(bytes.Length);
            Bytes.AddRange(bytes);
        }

        private void Text(string s) => Blob(Wtf8.Encode(s));
    }
}
