using Rho.Semantics.Core;

namespace Rho.Semantics.Congruence;

// The rank of each kind of item (Cong/order): the reference's score tag times 64, plus a small
// sub-rank where one tag covers several of our kinds (the three kinds of variable under the
// variable tag; system channels before unforgeable names under the private-name tag). The first
// kind under a tag has sub-rank 0, written as the bare tag: only the order of ranks matters.
public sealed partial class ProcOrder
{
    private const int Scale = 64;

    /// <summary>The rank of an item: kinds compare by rank before their fields.</summary>
    internal static int Rank(Proc a) => a switch
    {
        GBool => 1 * Scale,
        GInt => 2 * Scale,
        GString => 3 * Scale,
        GUri => 4 * Scale,
        GSysChannel => 5 * Scale,
        GUnforgeable => (5 * Scale) + 1,
        EList => 6 * Scale,
        ETuple => 7 * Scale,
        ESet => 8 * Scale,
        EMap => 9 * Scale,
        GBigInt => 13 * Scale,
        BoundVar => 100 * Scale,
        FreeVar => (100 * Scale) + 1,
        Wildcard => (100 * Scale) + 2,
        EUnary u => (u.Op == UnaryOp.Neg ? 101 : 112) * Scale,
        EBinary b => BinaryTag(b.Op) * Scale,
        EMethod => 115 * Scale,
        GByteArray => 116 * Scale,
        EMatches => 118 * Scale,
        Send => 300 * Scale,
        Receive => 301 * Scale,
        New => 303 * Scale,
        Match => 304 * Scale,
        Bundle b => (305 + (b.Read ? 1 : 0) + (b.Write ? 2 : 0)) * Scale,
        ConnNot => 400 * Scale,
        ConnAnd => 401 * Scale,
        ConnOr => 402 * Scale,
        VarRef => 403 * Scale,
        ConnType t => TypeTag(t.Type) * Scale,
        Nil or Par => 999 * Scale,
        _ => throw Unknown(a),
    };

    private static int BinaryTag(BinaryOp op) => op switch
    {
        BinaryOp.Mul => 102,
        BinaryOp.Div => 103,
        BinaryOp.Add => 104,
        BinaryOp.Sub => 105,
        BinaryOp.Lt => 106,
        BinaryOp.Lte => 107,
        BinaryOp.Gt => 108,
        BinaryOp.Gte => 109,
        BinaryOp.Eq => 110,
        BinaryOp.Neq => 111,
        BinaryOp.And => 113,
        BinaryOp.Or => 114,
        BinaryOp.Interpolate => 119,
        BinaryOp.Concat => 120,
        BinaryOp.Diff => 121,
        BinaryOp.Mod => 122,
        BinaryOp.ShortAnd => 123,
        BinaryOp.ShortOr => 124,
        _ => throw Errors.RhoException.Crash($"ProcOrder: unknown operator {op}"),
    };

    private static int TypeTag(SimpleType t) => t switch
    {
        SimpleType.Bool => 404,
        SimpleType.Int => 405,
        SimpleType.String => 406,
        SimpleType.Uri => 407,
        SimpleType.ByteArray => 408,
        SimpleType.BigInt => 409,
        _ => throw Errors.RhoException.Crash($"ProcOrder: unknown type {t}"),
    };
}
