using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Mutation;

namespace Rho.Compiler.Compile;

internal static partial class Compiler
{
    /// <summary>
    /// Value position (<c>Compile/value</c>): code that pushes what <c>Evaluator.EvalPar</c> gives
    /// for p under the environment. Expressions are evaluated by primitive operations; variables are
    /// loaded; every other process is quoted (<c>Compile/quote</c>, <c>Law/quote</c>).
    /// </summary>
    private static void Value(Emitter e, Proc p)
    {
        switch (p)
        {
            case BoundVar v:
                e.Op(Opcode.LoadLocal, p, v.Index);
                break;
            case GBool or GInt or GBigInt or GString or GUri or GByteArray or GUnforgeable or GSysChannel:
                e.Op(Opcode.PushConst, p, e.Intern(new ValueConst(p)));
                break;
            case EList { Remainder: null } l:
                Items(e, l.Items, Opcode.MakeList, p);
                break;
            case ETuple t:
                Items(e, t.Items, Opcode.MakeTuple, p);
                break;
            case ESet { Remainder: null } s:
                Items(e, s.Items, Opcode.MakeSet, p);
                break;
            case EMap { Remainder: null } m:
                foreach (var kv in m.Pairs)
                {
                    Value(e, kv.Key);
                    Value(e, kv.Value);
                }
                e.Op(Opcode.MakeMap, p, m.Pairs.Count);
                break;
            case EUnary u:
                Operand(e, u.Operand);
                e.Op(u.Op == UnaryOp.Not ? Opcode.Not : Opcode.Neg, p);
                break;
            case EBinary { Op: BinaryOp.ShortAnd or BinaryOp.ShortOr } b:
                // Compile/short-circuit: the right operand runs only when the left does not decide.
                var end = e.Label();
                Operand(e, b.Left);
                e.Op(Opcode.Dup, p);
                e.OpTo(b.Op == BinaryOp.ShortAnd ? Opcode.JumpIfFalse : Opcode.JumpIfTrue, p, end);
                Operand(e, b.Right);
                e.Op(OpInfo.Binary[b.Op], p);
                e.Mark(end);
                break;
            case EBinary b:
                Operand(e, b.Left);
                if (b.Left is Par)
                {
                    // A par on the left fails its shape check (Expr/single) before the right operand runs.
                    e.Op(Opcode.Quote, b.Right, e.Intern(new QuoteConst(Process(b.Right))));
                }
                else
                {
                    Operand(e, b.Right);
                }
                e.Op(OpInfo.Binary[b.Op], p);
                break;
            case EMethod m:
                Value(e, m.Target);
                foreach (var a in m.Args)
                {
                    Value(e, a);
                }
                e.Op(Opcode.Method, p, e.Intern(new MethodConst(m.Name)), m.Args.Count);
                break;
            case EMatches m:
                Value(e, m.Target);
                e.Op(Opcode.Matches, p, e.Intern(new PatternConst(m.Pattern, PatternVars.Count(m.Pattern))));
                break;
            case Par par when par.Procs.Any(IsEvaluated):
                // Compile/value-par: a par with expressions evaluates them and composes the values.
                Items(e, par.Procs, Opcode.Par, p);
                break;
            case Nil or Par or Send or Receive or New or Match or Bundle:
                e.Op(Opcode.Quote, p, e.Intern(new QuoteConst(Mutants.IsOn(Mutant.QuoteUncompiled) ? Uncompiled(p) : Process(p))));
                break;
            default:
                throw RhoException.Crash($"Compiler: {p.GetType().Name} cannot occur in value position of a closed program");
        }
    }

    /// <summary><c>Mutant/quote-uncompiled</c>: the quoted term itself as one inert sequence, not its code.</summary>
    private static CompiledProcess Uncompiled(Proc p)
    {
        var e = new Emitter();
        e.Op(Opcode.Inert, p, e.Intern(new InertConst(p)));
        e.Op(Opcode.Halt, null);
        return CompiledProcess.Of([e.Build()], []);
    }

    /// <summary>
    /// <c>Compile/operand</c>: an operator's operand. The evaluator checks that an operand is one
    /// expression before it evaluates anything in it (<c>Expr/single</c>), so a par operand is
    /// pushed unevaluated (QUOTE) and the operator's primitive raises <c>Error/not-expression</c>
    /// on it, before any error inside it; any other operand is a value. After a par left operand
    /// the right one is quoted too: the evaluator never reaches it.
    /// </summary>
    private static void Operand(Emitter e, Proc x)
    {
        if (x is Par)
        {
            e.Op(Opcode.Quote, x, e.Intern(new QuoteConst(Process(x))));
            return;
        }
        Value(e, x);
    }

    private static void Items(Emitter e, Seq<Proc> items, Opcode op, Proc p)
    {
        foreach (var x in items)
        {
            Value(e, x);
        }
        e.Op(op, p, items.Count);
    }

    /// <summary>True for the terms value position evaluates or loads rather than quotes.</summary>
    private static bool IsEvaluated(Proc p) => p is BoundVar or GBool or GInt or GBigInt or GString or GUri
        or GByteArray or GUnforgeable or GSysChannel or EList or ETuple or ESet or EMap or EUnary or EBinary
        or EMethod or EMatches;
}

/// <summary>Counts the pattern variables a pattern binds (its own FreeVars, not those of patterns nested in it).</summary>
internal static class PatternVars
{
    public static int Count(Proc pattern) => Max(pattern) + 1;

    private static int Max(Proc p) => p switch
    {
        FreeVar v => v.Level,
        Receive r => Math.Max(r.Binds.Select(b => Max(b.Source)).DefaultIfEmpty(-1).Max(), Max(r.Body)),
        Match m => Math.Max(Max(m.Target), m.Cases.Select(c => Max(c.Body)).DefaultIfEmpty(-1).Max()),
        EMatches m => Max(m.Target),
        _ => Traversal.Children(p).Select(c => Max(c.Child)).DefaultIfEmpty(-1).Max(),
    };
}
