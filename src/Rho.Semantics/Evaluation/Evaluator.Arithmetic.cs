using System.Numerics;
using Rho.Semantics.Core;
using Rho.Semantics.Mutation;

namespace Rho.Semantics.Evaluation;

// Arithmetic (spec/expressions.md, "Arithmetic"). Int is 64-bit two's complement and wraps
// silently, as on the JVM: -MinValue = MinValue, MinValue / -1 = MinValue, MinValue % -1 = 0.
// Division truncates toward zero; the remainder has the sign of the dividend.
public static partial class Evaluator
{
    /// <summary>Dispatches a binary operator to its rule.</summary>
    private static Proc Binary(EBinary b) => b.Op switch
    {
        BinaryOp.Add => Add(b),
        BinaryOp.Sub => Sub(b),
        BinaryOp.Mul => Arith(b, "*", static (_, x, y) => unchecked(x * y), static (_, x, y) => x * y),
        BinaryOp.Div => Arith(b, "/", Div, BigDiv),
        BinaryOp.Mod => Arith(b, "%", Mod, BigMod),
        BinaryOp.Lt => Compare(b, static c => c < 0),
        BinaryOp.Lte => Compare(b, static c => c <= 0),
        BinaryOp.Gt => Compare(b, static c => c > 0),
        BinaryOp.Gte => Compare(b, static c => c >= 0),
        BinaryOp.Eq => new GBool(Equal(b)) { At = b.At },
        BinaryOp.Neq => new GBool(!Equal(b)) { At = b.At },
        BinaryOp.And => Logic(b, shortCircuit: false, isAnd: true),
        BinaryOp.Or => Logic(b, shortCircuit: false, isAnd: false),
        BinaryOp.ShortAnd => Logic(b, shortCircuit: true, isAnd: true),
        BinaryOp.ShortOr => Logic(b, shortCircuit: true, isAnd: false),
        BinaryOp.Concat => Concat(b),
        BinaryOp.Diff => Diff(b),
        BinaryOp.Interpolate => Interpolate(b),
        _ => throw Errors.RhoException.Crash($"Evaluator: unknown operator {b.Op}"),
    };

    /// <summary><c>Op/not</c> and <c>Op/neg</c>.</summary>
    private static Proc Unary(EUnary u)
    {
        var at = u.At.Pos;
        if (u.Op == UnaryOp.Not)
        {
            return new GBool(!ToBool(u.Operand, at)) { At = u.At };
        }
        return Single(u.Operand, at) switch
        {
            GInt i => new GInt(unchecked(-i.Value)) { At = u.At },
            GBigInt i => new GBigInt(-i.Value) { At = u.At },
            var v => throw Fail.Operator(at, "-", v),
        };
    }

    /// <summary><c>Op/add</c>: Int + Int (wrapping), BigInt + BigInt, and Set + element (adds).</summary>
    private static Proc Add(EBinary b)
    {
        var (v, w) = Operands(b);
        return v is ESet s ? SetAdd(s, w) : Numeric(b.At, "+", v, w, static (x, y) => unchecked(x + y), static (x, y) => x + y);
    }

    /// <summary><c>Op/sub</c>: Int − Int (wrapping), BigInt − BigInt, Map − key and Set − element (delete).</summary>
    private static Proc Sub(EBinary b)
    {
        var (v, w) = Operands(b);
        return v switch
        {
            EMap m => MapDelete(m, w),
            ESet s => SetDelete(s, w),
            _ => Numeric(b.At, "-", v, w, static (x, y) => unchecked(x - y), static (x, y) => x - y),
        };
    }

    /// <summary><c>Op/mul</c>, <c>Op/div</c>, <c>Op/mod</c>: on two Ints or two BigInts.</summary>
    private static Proc Arith(EBinary b, string op, Func<SourcePos, long, long, long> onInt, Func<SourcePos, BigInteger, BigInteger, BigInteger> onBig)
    {
        var (v, w) = Operands(b);
        var at = b.At.Pos;
        return Numeric(b.At, op, v, w, (x, y) => onInt(at, x, y), (x, y) => onBig(at, x, y));
    }

    /// <summary>Both operands of a binary operator, each one expression, left first.</summary>
    private static (Proc Left, Proc Right) Operands(EBinary b)
    {
        var v = Single(b.Left, b.At.Pos);
        var w = Single(b.Right, b.At.Pos);
        return (v, w);
    }

    /// <summary>
    /// The numeric cases shared by + − * / %: Int with Int, BigInt with BigInt. Otherwise the
    /// error names the right operand's type when the left one is numeric, else the left one's.
    /// </summary>
    private static Proc Numeric(Prov at, string op, Proc v, Proc w, Func<long, long, long> onInt, Func<BigInteger, BigInteger, BigInteger> onBig) =>
        (v, w) switch
        {
            (GInt x, GInt y) => new GInt(onInt(x.Value, y.Value)) { At = at },
            (GBigInt x, GBigInt y) => new GBigInt(onBig(x.Value, y.Value)) { At = at },
            (GInt or GBigInt, _) => throw Fail.Operator(at.Pos, op, w),
            _ => throw Fail.Operator(at.Pos, op, v),
        };

    /// <summary>Int division, truncating toward zero; MinValue / -1 wraps to MinValue as on the JVM.</summary>
    private static long Div(SourcePos at, long x, long y) => y switch
    {
        0 => throw Fail.DivZero(at, "/ by zero"),
        -1 => unchecked(-x),
        _ => x / y,
    };

    /// <summary>Int remainder with the sign of the dividend; MinValue % -1 is 0 as on the JVM.</summary>
    private static long Mod(SourcePos at, long x, long y) => y switch
    {
        0 => throw Fail.DivZero(at, "/ by zero"),
        -1 => 0,
        _ => Mutants.IsOn(Mutant.ModSignOfDivisor) ? (((x % y) + y) % y) : x % y,
    };

    private static BigInteger BigDiv(SourcePos at, BigInteger x, BigInteger y) =>
        y.IsZero ? throw Fail.DivZero(at, "BigInteger divide by zero") : BigInteger.Divide(x, y);

    private static BigInteger BigMod(SourcePos at, BigInteger x, BigInteger y) =>
        y.IsZero ? throw Fail.DivZero(at, "BigInteger divide by zero") : BigInteger.Remainder(x, y);
}
