using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Syntax;

// Names, receipts and binds (for, select), and let declarations.
internal sealed partial class Parser
{
    /// <summary>True when a name can start here.</summary>
    private bool AtName() => Peek.Kind == TokenKind.Var || At("_") || At("@");

    /// <summary>Syn/name-wildcard, Syn/name-var, Syn/name-quote: <c>_</c>, <c>x</c>, <c>@ Proc12</c>.</summary>
    private SName ParseName()
    {
        var t = Peek;
        if (t.Kind == TokenKind.Var)
        {
            Advance();
            return new SNameVar(t.Pos, t.Text);
        }
        if (t.Is("_"))
        {
            Advance();
            return new SNameWildcard(t.Pos);
        }
        if (t.Is("@"))
        {
            Advance();
            return new SNameQuote(t.Pos, ParseProc12());
        }
        throw Unexpected("a name ('_', a variable or '@')");
    }

    /// <summary>A possibly empty name list <c>n1, …, nk</c> and an optional Syn/name-remainder <c>...@x</c>.</summary>
    private (Seq<SName> Names, SProcVar? Remainder) ParseNames()
    {
        var names = new List<SName>();
        if (AtName())
        {
            names.Add(ParseName());
            while (Accept(","))
            {
                names.Add(ParseName());
            }
        }
        if (!Accept("..."))
        {
            return (names.ToSeq(), null);
        }
        Expect("@");
        return (names.ToSeq(), ParseProcVar("a variable or '_' after '...@'"));
    }

    /// <summary>Syn/for and Syn/receipt: <c>for ( receipt ; … ) { Proc }</c>.</summary>
    private SFor ParseFor()
    {
        var start = Expect("for").Pos;
        Expect("(");
        var receipts = new List<SReceipt> { ParseReceipt() };
        while (Accept(";"))
        {
            receipts.Add(ParseReceipt());
        }
        if (!At(")"))
        {
            throw Unexpected("'&', ';' or ')'");
        }
        Advance();
        return new SFor(start, receipts.ToSeq(), ParseBracedBody());
    }

    /// <summary>Syn/receipt and Syn/join: binds joined by <c>&amp;</c>, all with the arrow of the first.</summary>
    private SReceipt ParseReceipt()
    {
        var start = Peek.Pos;
        var binds = new List<SBind> { ParseBind(null, out var kind) };
        while (Accept("&"))
        {
            binds.Add(ParseBind(kind, out _));
        }
        return new SReceipt(start, kind, binds.ToSeq());
    }

    /// <summary>
    /// Syn/bind-linear, Syn/bind-repeated, Syn/bind-peek: <c>names ...@r &lt;- source</c>,
    /// <c>&lt;= name</c>, <c>&lt;&lt;- name</c>. When <paramref name="required"/> is set, the arrow must match it.
    /// </summary>
    private SBind ParseBind(ReceiveKind? required, out ReceiveKind kind)
    {
        var start = Peek.Pos;
        var (names, remainder) = ParseNames();
        var arrow = Peek;
        kind = arrow.Kind != TokenKind.Symbol ? throw UnexpectedArrow(names, remainder) : arrow.Text switch
        {
            "<-" => ReceiveKind.Linear,
            "<=" => ReceiveKind.Persistent,
            "<<-" => ReceiveKind.Peek,
            _ => throw UnexpectedArrow(names, remainder),
        };
        if (required is { } r && r != kind)
        {
            throw RhoException.Malformed(
                arrow.Pos, $"unexpected '{arrow.Text}', expected '{ArrowText(r)}' (the binds of one receipt all use the same arrow)");
        }
        Advance();
        var sourcePos = Peek.Pos;
        var source = kind == ReceiveKind.Linear ? ParseSource() : new SSimpleSource(sourcePos, ParseName());
        return new SBind(start, names, remainder, source);
    }

    private RhoException UnexpectedArrow(Seq<SName> names, SProcVar? remainder) =>
        Unexpected(remainder is not null ? "'<-', '<=' or '<<-'"
            : names.IsEmpty ? "a name, '...', '<-', '<=' or '<<-'"
            : "',', '...', '<-', '<=' or '<<-'");

    private static string ArrowText(ReceiveKind kind) => kind switch
    {
        ReceiveKind.Linear => "<-",
        ReceiveKind.Persistent => "<=",
        ReceiveKind.Peek => "<<-",
        // Stryker disable once String : unreachable guard (ReceiveKind has exactly the three cases above); its text is diagnostic
        _ => throw RhoException.Crash($"unknown receive kind {kind}"),
    };

    /// <summary>Syn/source-simple, Syn/source-receive-send, Syn/source-send-receive: <c>n</c>, <c>n?!</c>, <c>n!?(args)</c>.</summary>
    private SSource ParseSource()
    {
        var start = Peek.Pos;
        var n = ParseName();
        if (Accept("?!"))
        {
            return new SReceiveSendSource(start, n);
        }
        if (Accept("!?"))
        {
            return new SSendReceiveSource(start, n, ParseArgs());
        }
        return new SSimpleSource(start, n);
    }

    /// <summary>Syn/select and Syn/branch: <c>select { binds => Proc3 … }</c>, binds joined by <c>&amp;</c>, all <c>&lt;-</c>.</summary>
    private SSelect ParseSelect()
    {
        var start = Expect("select").Pos;
        Expect("{");
        var branches = new List<SBranch>();
        do
        {
            var branchStart = Peek.Pos;
            var binds = new List<SBind> { ParseBind(ReceiveKind.Linear, out _) };
            while (Accept("&"))
            {
                binds.Add(ParseBind(ReceiveKind.Linear, out _));
            }
            if (!At("=>"))
            {
                throw Unexpected("'&' or '=>'");
            }
            Advance();
            branches.Add(new SBranch(branchStart, binds.ToSeq(), ParseProc3(out _)));
        }
        while (!Accept("}"));
        return new SSelect(start, branches.ToSeq());
    }

    /// <summary>
    /// Syn/let and Syn/decl: <c>let d1 ; … in { Proc }</c> (sequential) or, Syn/let-conc, <c>let d1 &amp; … in { Proc }</c>
    /// (concurrent); a single declaration is sequential.
    /// </summary>
    private SLet ParseLet()
    {
        var start = Expect("let").Pos;
        var decls = new List<SDecl> { ParseDecl() };
        var kind = LetKind.Sequential;
        if (At(";") || At("&"))
        {
            var separator = Peek.Text;
            kind = separator == ";" ? LetKind.Sequential : LetKind.Concurrent;
            while (Accept(separator))
            {
                decls.Add(ParseDecl());
            }
            if (!At("in"))
            {
                throw Unexpected($"'{separator}' or 'in'");
            }
        }
        else if (!At("in"))
        {
            throw Unexpected("';', '&' or 'in'");
        }
        Advance();
        return new SLet(start, kind, decls.ToSeq(), ParseBracedBody());
    }

    /// <summary>Syn/decl: <c>names ...@r &lt;- p1, …, pn</c> (n ≥ 0).</summary>
    private SDecl ParseDecl()
    {
        var start = Peek.Pos;
        var (names, remainder) = ParseNames();
        if (!At("<-"))
        {
            throw Unexpected(remainder is not null ? "'<-'" : names.IsEmpty ? "a name, '...' or '<-'" : "',', '...' or '<-'");
        }
        Advance();
        var values = At(";") || At("&") || At("in") ? Seq<SProc>.Empty : ParseValues();
        return new SDecl(start, names, remainder, values);
    }

    private Seq<SProc> ParseValues()
    {
        var values = new List<SProc> { ParseProc(out _) };
        while (Accept(","))
        {
            values.Add(ParseProc(out _));
        }
        return values.ToSeq();
    }
}
