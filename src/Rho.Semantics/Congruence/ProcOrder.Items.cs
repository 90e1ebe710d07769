using Rho.Semantics.Core;
using Rho.Semantics.Mutation;

namespace Rho.Semantics.Congruence;

// Comparing single items (Cong/order): rank first, then the fields of the kind, in the order the
// reference's score trees list them. Sub-terms are compared as Pars (ComparePar), as in the
// reference every sub-term is a Par.
public sealed partial class ProcOrder
{
    /// <summary>Compares two single items: rank, then fields.</summary>
    internal static int CompareItem(Proc a, Proc b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }
        var r = Rank(a).CompareTo(Rank(b));
        return r != 0 ? r : CompareFields(a, b);
    }

    private static int CompareFields(Proc a, Proc b) => (a, b) switch
    {
        (GBool x, GBool y) => (x.Value ? 0 : 1).CompareTo(y.Value ? 0 : 1),
        (GInt x, GInt y) => x.Value.CompareTo(y.Value),
        (GBigInt x, GBigInt y) => x.Value.CompareTo(y.Value),
        (GString x, GString y) => EscapedOrder.Compare(x.Value, y.Value),
        (GUri x, GUri y) => string.CompareOrdinal(x.Value, y.Value),
        (GUnforgeable x, GUnforgeable y) => x.Id.CompareTo(y.Id),
        (GSysChannel x, GSysChannel y) => string.CompareOrdinal(x.Uri, y.Uri),
        (GByteArray x, GByteArray y) => CompareBytes(x.Bytes, y.Bytes),
        (BoundVar x, BoundVar y) => x.Index.CompareTo(y.Index),
        (FreeVar x, FreeVar y) => x.Level.CompareTo(y.Level),
        (Wildcard, Wildcard) => 0,
        (VarRef x, VarRef y) => x.Index.CompareTo(y.Index),
        (ConnType, ConnType) => 0,
        (EList x, EList y) => Then(CompareOpt(x.Remainder, y.Remainder), x.Items, y.Items),
        (ETuple x, ETuple y) => CompareSeq(x.Items, y.Items),
        (ESet x, ESet y) => Then(CompareOpt(x.Remainder, y.Remainder), x.Items, y.Items),
        (EMap x, EMap y) => CompareMaps(x, y),
        (EUnary x, EUnary y) => ComparePar(x.Operand, y.Operand),
        (EBinary x, EBinary y) => Then(ComparePar(x.Left, y.Left), x.Right, y.Right),
        (EMatches x, EMatches y) => Then(ComparePar(x.Target, y.Target), x.Pattern, y.Pattern),
        (EMethod x, EMethod y) => CompareMethods(x, y),
        (Send x, Send y) => CompareSends(x, y),
        (Receive x, Receive y) => CompareReceives(x, y),
        (New x, New y) => CompareNews(x, y),
        (Match x, Match y) => CompareMatches(x, y),
        (Bundle x, Bundle y) => ComparePar(x.Body, y.Body),
        (ConnAnd x, ConnAnd y) => CompareSeq(x.Parts, y.Parts),
        (ConnOr x, ConnOr y) => CompareSeq(x.Parts, y.Parts),
        (ConnNot x, ConnNot y) => ComparePar(x.Body, y.Body),
        (Nil or Par, Nil or Par) => ComparePar(a, b),
        _ => throw Unknown(a),
    };

    /// <summary>Sequences of sub-terms: lexicographically, a shorter one first.</summary>
    internal static int CompareSeq(Seq<Proc> xs, Seq<Proc> ys)
    {
        var n = Math.Min(xs.Count, ys.Count);
        for (var i = 0; i < n; i++)
        {
            var c = ComparePar(xs[i], ys[i]);
            if (c != 0)
            {
                return c;
            }
        }
        return xs.Count.CompareTo(ys.Count);
    }

    private static int Then(int first, Proc x, Proc y) => first != 0 ? first : ComparePar(x, y);

    private static int Then(int first, Seq<Proc> xs, Seq<Proc> ys) => first != 0 ? first : CompareSeq(xs, ys);

    private static int Then(int first, int second) => first != 0 ? first : second;

    /// <summary>An absent optional part (a remainder) comes first.</summary>
    // Stryker disable once Arithmetic : bool.CompareTo returns only -1, 0 or 1, for which / -1 and * -1 agree
    private static int CompareOpt(Proc? x, Proc? y) =>
        x is null || y is null ? (x is null).CompareTo(y is null) * -1 : ComparePar(x, y);

    /// <summary>Bytes compare as signed bytes, as the reference compares byte strings; then length.</summary>
    private static int CompareBytes(Seq<byte> xs, Seq<byte> ys)
    {
        var a = xs.Items.AsSpan();
        var b = ys.Items.AsSpan();
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var c = ((sbyte)a[i]).CompareTo((sbyte)b[i]);
            if (c != 0)
            {
                return c;
            }
        }
        return a.Length.CompareTo(b.Length);
    }

    /// <summary>Maps: remainder, then the keys (the reference scores keys only), then the values.</summary>
    private static int CompareMaps(EMap x, EMap y)
    {
        var c = CompareOpt(x.Remainder, y.Remainder);
        if (c != 0)
        {
            return c;
        }
        var n = Math.Min(x.Pairs.Count, y.Pairs.Count);
        for (var i = 0; i < n; i++)
        {
            c = ComparePar(x.Pairs[i].Key, y.Pairs[i].Key);
            if (c != 0)
            {
                return c;
            }
        }
        c = x.Pairs.Count.CompareTo(y.Pairs.Count);
        for (var i = 0; c == 0 && i < n; i++)
        {
            c = ComparePar(x.Pairs[i].Value, y.Pairs[i].Value);
        }
        return c;
    }

    private static int CompareMethods(EMethod x, EMethod y)
    {
        var c = string.CompareOrdinal(x.Name, y.Name);
        return c != 0 ? c : Then(ComparePar(x.Target, y.Target), x.Args, y.Args);
    }

    private static int CompareSends(Send x, Send y)
    {
        var c = Mutants.IsOn(Mutant.CongOrderIgnoresPersistence) ? 0 : x.Persistent.CompareTo(y.Persistent);
        return c != 0 ? c : Then(ComparePar(x.Chan, y.Chan), x.Args, y.Args);
    }

    private static int CompareReceives(Receive x, Receive y)
    {
        // The reference scores (persistent, peek, binds…, body, bind count).
        var c = (x.Kind == ReceiveKind.Persistent).CompareTo(y.Kind == ReceiveKind.Persistent);
        c = Then(c, (x.Kind == ReceiveKind.Peek).CompareTo(y.Kind == ReceiveKind.Peek));
        var n = Math.Min(x.Binds.Count, y.Binds.Count);
        for (var i = 0; c == 0 && i < n; i++)
        {
            c = CompareBinds(x.Binds[i], y.Binds[i]);
        }
        c = Then(c, x.Binds.Count.CompareTo(y.Binds.Count));
        c = Then(c, x.Body, y.Body);
        return Then(c, x.BindCount.CompareTo(y.BindCount));
    }

    /// <summary>One bind of a join: source, patterns, remainder (absent first), then its variable count.</summary>
    internal static int CompareBinds(ReceiveBind x, ReceiveBind y)
    {
        var c = ComparePar(x.Source, y.Source);
        c = Then(c, x.Patterns, y.Patterns);
        c = Then(c, CompareOpt(x.Remainder, y.Remainder));
        return Then(c, x.FreeCount.CompareTo(y.FreeCount));
    }

    private static int CompareNews(New x, New y)
    {
        var c = x.Count.CompareTo(y.Count);
        var n = Math.Min(x.Uris.Count, y.Uris.Count);
        for (var i = 0; c == 0 && i < n; i++)
        {
            c = string.CompareOrdinal(x.Uris[i], y.Uris[i]);
        }
        c = Then(c, x.Uris.Count.CompareTo(y.Uris.Count));
        return Then(c, x.Body, y.Body);
    }

    private static int CompareMatches(Match x, Match y)
    {
        var c = ComparePar(x.Target, y.Target);
        var n = Math.Min(x.Cases.Count, y.Cases.Count);
        for (var i = 0; c == 0 && i < n; i++)
        {
            var (cx, cy) = (x.Cases[i], y.Cases[i]);
            c = Then(ComparePar(cx.Pattern, cy.Pattern), cx.Body, cy.Body);
            c = Then(c, cx.FreeCount.CompareTo(cy.FreeCount));
        }
        return Then(c, x.Cases.Count.CompareTo(y.Cases.Count));
    }
}
