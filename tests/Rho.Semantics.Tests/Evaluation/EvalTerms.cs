using System.Numerics;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Evaluation;

namespace Rho.Semantics.Tests.Evaluation;

/// <summary>Short constructors for core terms and assertions on evaluation, for the evaluator's tests.</summary>
internal static class EvalTerms
{
    public static readonly SourcePos Pos = new(3, 7);

    public static GInt I(long n) => new(n);

    public static GBigInt Big(BigInteger n) => new(n);

    public static GBigInt Big(string digits) => new(BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture));

    public static GString S(string s) => new(s);

    public static GBool B(bool b) => new(b);

    public static GUri U(string s) => new(s);

    public static GByteArray Bytes(params byte[] bs) => new(bs.ToSeq());

    public static EList L(params Proc[] items) => new(items.ToSeq(), null);

    public static ETuple Tup(params Proc[] items) => new(items.ToSeq());

    public static ESet Set(params Proc[] items) => new(items.ToSeq(), null);

    public static EMap Map(params (Proc Key, Proc Value)[] pairs) =>
        new(pairs.Select(kv => new KeyValue(kv.Key, kv.Value)).ToSeq(), null);

    public static Par P(params Proc[] items) => new(items.ToSeq());

    public static Send Out(Proc chan, params Proc[] args) => new(chan, args.ToSeq(), false);

    public static EBinary Op(BinaryOp op, Proc left, Proc right) => new(op, left, right) { At = Pos };

    public static EUnary Neg(Proc p) => new(UnaryOp.Neg, p) { At = Pos };

    public static EUnary Not(Proc p) => new(UnaryOp.Not, p) { At = Pos };

    public static EMethod M(Proc target, string name, params Proc[] args) => new(name, target, args.ToSeq()) { At = Pos };

    public static EMatches Matches(Proc target, Proc pattern) => new(target, pattern) { At = Pos };

    public static Nil Nothing => Nil.Instance;

    /// <summary>Evaluates as a send argument is evaluated.</summary>
    public static Proc Eval(Proc p) => Evaluator.EvalPar(p);

    /// <summary>Asserts that evaluation yields exactly <paramref name="expected"/> (canonical forms compared).</summary>
    public static void Yields(Proc expected, Proc p) =>
        Assert.Equal(Semantics.Congruence.Canon.Of(expected), Eval(p));

    /// <summary>Asserts that evaluation fails with a runtime error of <paramref name="kind"/>, at <see cref="Pos"/>; returns its message.</summary>
    public static string Fails(string kind, Proc p)
    {
        var e = Assert.Throws<RhoException>(() => Eval(p)).Error;
        Assert.Equal(ErrorClass.Runtime, e.Class);
        Assert.Equal(kind, e.Kind);
        Assert.Equal("Error/" + kind, e.Rule);
        Assert.Equal(Pos, e.Pos);
        return e.Message;
    }
}
