using Rho.Semantics.Congruence;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Evaluation;

// Expression evaluation (spec/expressions.md). The reference's evalExpr is Par below, its
// evalSingleExpr is Single, its evalExprToPar is ExprToPar and its evalExprToExpr is Expr.
//
// Metavariables: p, q : Proc (closed); e : one expression component; v, w : values (evaluated
// expressions); at : the source position blamed by an error (the failing operator or method call).

/// <summary>
/// The expression evaluator (spec/expressions.md): operators <c>Op/…</c>, methods
/// <c>Method/…</c> and the evaluation of processes <c>Expr/…</c>.
/// </summary>
/// <remarks>
/// Inputs are closed (no <see cref="BoundVar"/>: the reducer substitutes first). Recursive in the
/// nesting depth of the term: callers of deep terms run it inside <see cref="DeepStack.Run{T}"/>.
/// Raises Runtime errors of kinds <see cref="ErrorKinds.Type"/>, <see cref="ErrorKinds.Arity"/>,
/// <see cref="ErrorKinds.Index"/>, <see cref="ErrorKinds.UnknownMethod"/>,
/// <see cref="ErrorKinds.Conversion"/>, <see cref="ErrorKinds.DivZero"/> and
/// <see cref="ErrorKinds.NotExpression"/>, each with rule id <c>Error/&lt;kind&gt;</c> and the
/// position of the failing term; Crash on a term that is not closed.
/// </remarks>
public static partial class Evaluator
{
    /// <summary>
    /// <c>Expr/par</c>: evaluates every expression component of <paramref name="p"/> (operators,
    /// methods, <c>matches</c>, collections and their elements) and leaves the other components
    /// (sends, receives, new, match, bundles, names) as they are. The result is canonical.
    /// </summary>
    public static Proc EvalPar(Proc p)
    {
        // Stryker disable once Statement : without it Par(null) falls to its last arm and returns null, and Canon.Of(null) throws the same ArgumentNullException for p
        ArgumentNullException.ThrowIfNull(p);
        return Canon.Of(Par(p));
    }

    /// <summary>
    /// <c>Expr/single</c>: <paramref name="p"/> must be exactly one expression; returns its value
    /// (canonical). A component that is not an expression raises <c>Error/not-expression</c>
    /// ("parallel or non expression found where expression expected"), and so do zero or several
    /// expressions ("Multiple expressions given").
    /// </summary>
    public static Proc EvalSingle(Proc p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return Canon.Of(Single(p, p.At.Pos));
    }

    /// <summary>The names of the methods (<c>Method/…</c>), in the reference's method table.</summary>
    public static IReadOnlyCollection<string> MethodNames => MethodTable.Names;

    /// <summary>
    /// Applies method <paramref name="name"/> to an evaluated target and evaluated arguments, as
    /// <c>target.name(args)</c> does after evaluating them; errors blame <paramref name="pos"/>.
    /// </summary>
    public static Proc ApplyMethod(string name, Proc target, Seq<Proc> args, SourcePos pos)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(target);
        return Canon.Of(MethodTable.Apply(new Call(name, target, args, pos)));
    }

    /// <summary>Expr/par on one term: a Par componentwise, an expression to its value, anything else unchanged.</summary>
    internal static Proc Par(Proc p) => p switch
    {
        Nil => p,
        Core.Par par => Canon.Par(par.Procs.Map(Par)),
        BoundVar or VarRef => throw NotClosed(p),
        _ when IsExpression(p) => ExprToPar(p),
        _ => p,
    };

    /// <summary>A top-level expression component: a method call may yield any process; other expressions yield a value.</summary>
    private static Proc ExprToPar(Proc e) => e is EMethod m ? CallMethod(m) : Expr(e);

    /// <summary>Evaluates one expression component to its value (the reference's evalExprToExpr).</summary>
    internal static Proc Expr(Proc e) => e switch
    {
        GBool or GInt or GBigInt or GString or GUri or GByteArray => e,
        EList l => l with { Items = l.Items.Map(Par) },
        ETuple t => t with { Items = t.Items.Map(Par) },
        ESet s => Canon.Of(s with { Items = s.Items.Map(Par) }),
        EMap m => Canon.Of(m with { Pairs = m.Pairs.Map(kv => new KeyValue(Par(kv.Key), Par(kv.Value))) }),
        EUnary u => Unary(u),
        EBinary b => Binary(b),
        EMatches m => Matches(m),
        EMethod m => Single(CallMethod(m), m.At.Pos),
        // Stryker disable once String : unreachable (every caller passes an expression: ExprToPar after IsExpression, Single, ToBool and ToLong after OneExpression); its text is diagnostic
        _ => throw RhoException.Crash($"Evaluator.Expr: {e.GetType().Name} is not an expression"),
    };

    /// <summary>
    /// <c>Expr/single</c>: the value of the one expression <paramref name="p"/> consists of. The
    /// shape is checked before anything is evaluated, as in the reference.
    /// </summary>
    internal static Proc Single(Proc p, SourcePos at) => Expr(OneExpression(p, at, "Multiple expressions given."));

    /// <summary>The single expression component of <paramref name="p"/>, or the not-expression error.</summary>
    private static Proc OneExpression(Proc p, SourcePos at, string severalMessage)
    {
        var parts = Components(p);
        if (parts.Any(q => !IsExpression(q)))
        {
            throw Fail.NotExpression(at, "parallel or non expression found where expression expected.");
        }
        return parts.Count == 1 ? parts[0] : throw Fail.NotExpression(at, severalMessage);
    }

    /// <summary>The reference's evalToBool: one expression whose value is a Bool.</summary>
    internal static bool ToBool(Proc p, SourcePos at) =>
        Expr(OneExpression(p, at, "Multiple expressions given.")) is GBool b
            ? b.Value
            : throw Fail.Type(at, "expression didn't evaluate to boolean.");

    /// <summary>The reference's evalToLong: one expression whose value is an Int.</summary>
    internal static long ToLong(Proc p, SourcePos at) =>
        Expr(OneExpression(p, at, "Integer expected, or unimplemented expression.")) is GInt i
            ? i.Value
            : throw Fail.Type(at, "expression didn't evaluate to integer.");

    /// <summary>An Int used as an index or count must fit in 32 bits (the JVM's Math.toIntExact).</summary>
    internal static int ToIndex(Proc p, SourcePos at)
    {
        var n = ToLong(p, at);
        return n is >= int.MinValue and <= int.MaxValue ? (int)n : throw Fail.Index(at, $"Integer overflow for value {n}");
    }

    /// <summary>The components of a Par (nested Pars flattened, Nil dropped); a non-Par is its own one component.</summary>
    internal static List<Proc> Components(Proc p)
    {
        var parts = new List<Proc>();
        var todo = new Stack<Proc>();
        todo.Push(p);
        while (todo.Count > 0)
        {
            switch (todo.Pop())
            {
                case Nil:
                    break;
                case Core.Par par:
                    for (var i = par.Procs.Count - 1; i >= 0; i--)
                    {
                        todo.Push(par.Procs[i]);
                    }
                    break;
                case BoundVar or VarRef:
                    throw NotClosed(p);
                case var q:
                    parts.Add(q);
                    break;
            }
        }
        return parts;
    }

    /// <summary>True for the expression kinds: ground values, collections, operators, <c>matches</c>, method calls.</summary>
    internal static bool IsExpression(Proc p) => p is GBool or GInt or GBigInt or GString or GUri or GByteArray
        or EList or ETuple or ESet or EMap or EUnary or EBinary or EMatches or EMethod;

    /// <summary>Evaluates a method call: target, then arguments, then the method (spec/expressions.md, "Methods").</summary>
    private static Proc CallMethod(EMethod m)
    {
        var target = Par(m.Target);
        var args = m.Args.Map(Par);
        return MethodTable.Apply(new Call(m.Name, target, args, m.At.Pos));
    }

    private static RhoException NotClosed(Proc p) =>
        RhoException.Crash($"Evaluator: the term is not closed ({p.GetType().Name}); substitute first");
}
