using Rho.Semantics.Core;
using Rho.Semantics.Syntax;

namespace Rho.Semantics.Normalize;

/// <summary>Expressions, connectives and sends.</summary>
internal sealed partial class ProcNormalizer
{
    /// <summary>
    /// <c>Norm/neg-literal</c>: <c>-n</c> and <c>-BigInt(n)</c> on a literal are the negative literal
    /// (so <c>-9223372036854775808</c> is an Int); any other <c>-p</c> or <c>not p</c> is an operation.
    /// </summary>
    private Proc Unary(SUnary u, Env env, FreeScope free) => (u.Op, u.Operand) switch
    {
        (UnaryOp.Neg, SInt i) => new GInt(Literals.Int(i.Digits, negative: true, u.Pos)) { At = u.Pos },
        (UnaryOp.Neg, SBigInt i) => new GBigInt(-Literals.BigInt(i.Digits)) { At = u.Pos },
        _ => new EUnary(u.Op, Norm(u.Operand, env, free)) { At = u.Pos },
    };

    private EBinary Binary(SBinary b, Env env, FreeScope free)
    {
        var left = Norm(b.Left, env, free);
        return new EBinary(b.Op, left, Norm(b.Right, env, free)) { At = b.Pos };
    }

    private EMethod Method(SMethod m, Env env, FreeScope free)
    {
        var target = Norm(m.Target, env, free);
        return new EMethod(m.Name, target, Many(m.Args, env, free)) { At = m.Pos };
    }

    /// <summary>
    /// <c>Norm/matches</c>: <c>p matches q</c>. The pattern q is normalized as a pattern with its own
    /// free variables, which bind nothing outside it.
    /// </summary>
    private EMatches Matches(SMatches m, Env env, FreeScope free)
    {
        var target = Norm(m.Target, env, free);
        return new EMatches(target, Norm(m.Pattern, env.EnterPattern(), new FreeScope())) { At = m.Pos };
    }

    private Send Send(SSend s, Env env, FreeScope free)
    {
        var chan = Name(s.Chan, env, free);
        return new Send(chan, Many(s.Args, env, free), s.Persistent) { At = s.Pos };
    }

    /// <summary>
    /// <c>Norm/conn-not</c>: <c>~p</c>. The body's variables and wildcards bind nothing (a fresh
    /// scope that is dropped); the connective is recorded for the top-level and receive checks.
    /// </summary>
    private ConnNot Negation(SNegation n, Env env, FreeScope free)
    {
        var body = Norm(n.Body, env, new FreeScope());
        free.Connectives.Add(new ConnectiveUse("~ (negation)", n.Pos));
        return new ConnNot(body) { At = n.Pos };
    }

    /// <summary>
    /// <c>Norm/conn-and</c>: <c>p /\ q</c>; both sides share the pattern's variables. A left operand
    /// that is itself a conjunction is extended, so <c>a /\ b /\ c</c> has three parts.
    /// </summary>
    private ConnAnd Conjunction(SConjunction c, Env env, FreeScope free)
    {
        var left = Norm(c.Left, env, free);
        var right = Norm(c.Right, env, free);
        free.Connectives.Add(new ConnectiveUse("/\\ (conjunction)", c.Pos));
        var parts = left is ConnAnd conj ? conj.Parts.Append(right).ToSeq() : Seq.Of(left, right);
        return new ConnAnd(parts) { At = c.Pos };
    }

    /// <summary>
    /// <c>Norm/conn-or</c>: <c>p \/ q</c>. Each side has its own dropped scope, so variables bound in
    /// an alternative are not visible; left-nested disjunctions are flattened.
    /// </summary>
    private ConnOr Disjunction(SDisjunction d, Env env, FreeScope free)
    {
        var left = Norm(d.Left, env, new FreeScope());
        var right = Norm(d.Right, env, new FreeScope());
        free.Connectives.Add(new ConnectiveUse("\\/ (disjunction)", d.Pos));
        var parts = left is ConnOr disj ? disj.Parts.Append(right).ToSeq() : Seq.Of(left, right);
        return new ConnOr(parts) { At = d.Pos };
    }
}
