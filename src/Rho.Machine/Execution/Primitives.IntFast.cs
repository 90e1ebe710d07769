using Op = Rho.Compiler.Bytecode.Opcode;
using Rho.Semantics.Core;

namespace Rho.Machine.Execution;

internal static partial class Primitives
{
    /// <summary>
    /// <c>Prim/handlers</c>, fast path: an operator on two Ints that cannot fail (wrapping <c>+ - *</c>, the
    /// comparisons) computes the evaluator's result without building an expression; everything else (division,
    /// other types) goes to the evaluator. <c>PrimitiveFastPathTests</c> checks the two agree.
    /// </summary>
    private static readonly GBool True = new(true);
    private static readonly GBool False = new(false);

    /// <summary>The shared instance of a Bool (values are immutable).</summary>
    private static GBool Bool(bool b) => b ? True : False;

    // Stryker disable once Conditional : without the fast path the evaluator gives the same value (PrimitiveFastPathTests)
    private static Proc? IntFast(Op op, Proc[] xs) => xs.Length == 2 ? IntFast(op, xs[0], xs[1]) : null;

    /// <summary>The fast path on the operands <paramref name="v"/> and <paramref name="w"/>; null when it does not apply.</summary>
    public static Proc? IntFast(Op op, Proc v, Proc w)
    {
        if (v is not GInt a || w is not GInt b)
        {
            return null;
        }
        var (x, y) = (a.Value, b.Value);
        return op switch
        {
            Op.Add => new GInt(unchecked(x + y)),
            Op.Sub => new GInt(unchecked(x - y)),
            Op.Mul => new GInt(unchecked(x * y)),
            Op.Eq => Bool(x == y),
            Op.Neq => Bool(x != y),
            Op.Lt => Bool(x < y),
            Op.Lte => Bool(x <= y),
            Op.Gt => Bool(x > y),
            Op.Gte => Bool(x >= y),
            _ => null,
        };
    }
}
