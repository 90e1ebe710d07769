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
    private static Proc? IntFast(Op op, Proc[] xs)
    {
        if (xs.Length != 2 || xs[0] is not GInt a || xs[1] is not GInt b)
        {
            return null;
        }
        var (x, y) = (a.Value, b.Value);
        return op switch
        {
            Op.Add => new GInt(unchecked(x + y)),
            Op.Sub => new GInt(unchecked(x - y)),
            Op.Mul => new GInt(unchecked(x * y)),
            Op.Eq => new GBool(x == y),
            Op.Neq => new GBool(x != y),
            Op.Lt => new GBool(x < y),
            Op.Lte => new GBool(x <= y),
            Op.Gt => new GBool(x > y),
            Op.Gte => new GBool(x >= y),
            _ => null,
        };
    }
}
