using Rho.Semantics.Core;
using Rho.Semantics.Syntax;

namespace Rho.Laws.Generators;

/// <summary>
/// Generates well-scoped closed Rholang processes as syntax trees. Every variable used is bound
/// by an enclosing new, receive, contract or match, with the right sort (name variables in name
/// position, process variables in process position), so every generated program normalizes.
/// Programs are small and bounded: no persistent send meets a persistent receive, so exploration
/// terminates or reaches a finite cycle. One generator, wrapped for FsCheck and Hedgehog
/// (<see cref="PropertyGens"/>), with one shrinker. Stable: a seed names the same program in every
/// build, so a replay seed keeps reproducing its program (tests record the programs of some seeds).
/// </summary>
public sealed class ProcessGenerator
{
    private static readonly SourcePos P = SourcePos.None;
    private readonly Random _rng;
    private int _fresh;

    /// <summary>A generator drawing from <paramref name="seed"/>.</summary>
    public ProcessGenerator(int seed) => _rng = new Random(seed);

    /// <summary>A closed process of roughly the given size.</summary>
    /// <param name="size">The size; at most 1 gives a leaf (Nil, a send or an eval).</param>
    /// <returns>
    /// The process. Bounds: new, for, match, if and contract nest at most <paramref name="size"/>
    /// deep, leaves counted, pars not (every nested process gets a smaller size); a match has one
    /// to three cases; collections nest at most two deep and arithmetic (+, -, *) at most two deep,
    /// one in the operands of a comparison. Names: a new's names are <c>n</c>, a receive's or
    /// contract's name binders <c>x</c> and process binders <c>v</c>, each followed by a counter, so
    /// every binder of a program has its own identifier. Values: Strings "a", "b", "hello"; Ints
    /// 0..9 in arithmetic, 0..3 as ground values (patterns, sets, plain values), 0..2 as quoted
    /// channels; the i-th key of a map is an Int in 10i..10i+4, so keys are distinct; contracts are
    /// named <c>@"k0"</c> or <c>@"k1"</c> and called once each.
    /// </returns>
    public SProc Process(int size) => Proc(new Scope([], []), Math.Max(1, size));

    private sealed record Scope(IReadOnlyList<string> Names, IReadOnlyList<string> Procs)
    {
        public Scope WithName(string n) => this with { Names = [.. Names, n] };
        public Scope WithProc(string v) => this with { Procs = [.. Procs, v] };
    }

    private bool Chance(int percent) => _rng.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[_rng.Next(items.Count)];

    private string Fresh(string prefix) => prefix + _fresh++;

    private SProc Proc(Scope s, int size)
    {
        if (size <= 1)
        {
            return Leaf(s);
        }
        return _rng.Next(10) switch
        {
            0 or 1 => new SPar(P, Proc(s, size / 2), Proc(s, size - size / 2)),
            2 => New(s, size),
            3 or 4 => Receive(s, size),
            5 => Match(s, size),
            6 => new SIf(P, BoolExpr(s), Proc(s, size / 2), Chance(60) ? Proc(s, size / 2) : null),
            7 => Contract(s, size),
            8 => new SPar(P, Send(s), Proc(s, size - 1)),
            _ => Leaf(s),
        };
    }

    private SProc Leaf(Scope s) => _rng.Next(6) switch
    {
        0 => new SNil(P),
        1 when s.Names.Count > 0 && Chance(30) => new SEval(P, new SNameVar(P, Pick(s.Names))),
        _ => Send(s),
    };

    private SName Channel(Scope s) =>
        s.Names.Count > 0 && Chance(75)
            ? new SNameVar(P, Pick(s.Names))
            : new SNameQuote(P, new SInt(P, _rng.Next(3).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private SProc Send(Scope s)
    {
        var args = Enumerable.Range(0, _rng.Next(3)).Select(_ => Expr(s, 2)).ToSeq();
        return new SSend(P, Channel(s), Chance(10), args);
    }

    private SProc New(Scope s, int size)
    {
        var count = 1 + _rng.Next(2);
        var names = Enumerable.Range(0, count).Select(_ => Fresh("n")).ToList();
        var inner = names.Aggregate(s, (acc, n) => acc.WithName(n));
        return new SNew(P, names.Select(n => new SNameDecl(P, n, null)).ToSeq(), Proc(inner, size - 1));
    }

    private SProc Receive(Scope s, int size)
    {
        var kind = _rng.Next(6) switch
        {
            0 => ReceiveKind.Peek,
            1 => ReceiveKind.Persistent,
            _ => ReceiveKind.Linear,
        };
        var bindCount = Chance(25) ? 2 : 1;
        var channels = new List<SName>();
        var inner = s;
        var binds = new List<SBind>();
        for (var i = 0; i < bindCount; i++)
        {
            var source = Channel(s);
            if (channels.Contains(source))
            {
                continue;
            }
            channels.Add(source);
            var (pattern, scope) = Binder(inner);
            inner = scope;
            binds.Add(new SBind(P, Seq.Of(pattern), null, new SSimpleSource(P, source)));
        }
        var receipt = new SReceipt(P, kind, binds.ToSeq());
        return new SFor(P, Seq.Of(receipt), Proc(inner, size - 1));
    }

    /// <summary>A formal: a name binder <c>x</c> or a process binder <c>@v</c>.</summary>
    private (SName Pattern, Scope Scope) Binder(Scope s)
    {
        if (Chance(50))
        {
            var n = Fresh("x");
            return (new SNameVar(P, n), s.WithName(n));
        }
        var v = Fresh("v");
        return (new SNameQuote(P, new SVar(P, new SProcVar(P, v))), s.WithProc(v));
    }

    private SProc Contract(Scope s, int size)
    {
        var (formal, inner) = Binder(s);
        var name = new SNameQuote(P, new SString(P, "k" + _rng.Next(2)));
        var contract = new SContract(P, name, Seq.Of(formal), null, Proc(inner, size / 2));
        // A call to the contract, so its body can run.
        var call = new SSend(P, name, false, Seq.Of(Expr(s, 1)));
        return new SPar(P, contract, call);
    }

    private SProc Match(Scope s, int size)
    {
        var cases = new List<SCase>();
        var count = 1 + _rng.Next(3);
        for (var i = 0; i < count; i++)
        {
            switch (_rng.Next(4))
            {
                case 0:
                    var v = Fresh("v");
                    cases.Add(new SCase(P, new SVar(P, new SProcVar(P, v)), Proc(s.WithProc(v), size / 2)));
                    break;
                case 1:
                    cases.Add(new SCase(P, new SVar(P, new SProcVar(P, null)), Proc(s, size / 2)));
                    break;
                case 2:
                    var h = Fresh("v");
                    var t = Fresh("v");
                    cases.Add(new SCase(
                        P,
                        new SList(P, Seq.Of<SProc>(new SVar(P, new SProcVar(P, h))), new SProcVar(P, t)),
                        Proc(s.WithProc(h).WithProc(t), size / 2)));
                    break;
                default:
                    cases.Add(new SCase(P, Ground(), Proc(s, size / 2)));
                    break;
            }
        }
        return new SMatch(P, Expr(s, 2), cases.ToSeq());
    }

    private SProc Ground() => _rng.Next(3) switch
    {
        0 => new SInt(P, _rng.Next(4).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        1 => new SString(P, Pick(["a", "b", "hello"])),
        _ => new SBool(P, Chance(50)),
    };

    /// <summary>Distinct map keys, so that no entry is overwritten (a changed leaf must stay visible).</summary>
    private IEnumerable<SProc> DistinctKeys(int count) =>
        Enumerable.Range(0, count).Select(i => (SProc)new SInt(P, (i * 10 + _rng.Next(5)).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private SProc BoolExpr(Scope s) => _rng.Next(3) switch
    {
        0 => new SBool(P, Chance(50)),
        1 => new SBinary(P, Pick([BinaryOp.Lt, BinaryOp.Eq, BinaryOp.Neq, BinaryOp.Gte]), IntExpr(s, 1), IntExpr(s, 1)),
        _ => new SUnary(P, UnaryOp.Not, new SBool(P, Chance(50))),
    };

    private SProc IntExpr(Scope s, int depth) => depth <= 0 || Chance(50)
        ? new SInt(P, _rng.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture))
        : new SBinary(P, Pick([BinaryOp.Add, BinaryOp.Sub, BinaryOp.Mul]), IntExpr(s, depth - 1), IntExpr(s, depth - 1));

    private SProc Expr(Scope s, int depth)
    {
        if (s.Procs.Count > 0 && Chance(25))
        {
            return new SVar(P, new SProcVar(P, Pick(s.Procs)));
        }
        if (depth <= 0)
        {
            return Ground();
        }
        return _rng.Next(7) switch
        {
            0 => IntExpr(s, depth),
            1 => new SList(P, Enumerable.Range(0, _rng.Next(3)).Select(_ => Expr(s, depth - 1)).ToSeq(), null),
            2 => new STuple(P, Enumerable.Range(0, 1 + _rng.Next(2)).Select(_ => Expr(s, depth - 1)).ToSeq()),
            3 => new SSet(P, Enumerable.Range(0, _rng.Next(3)).Select(_ => Ground()).ToSeq(), null),
            4 => new SMap(P, DistinctKeys(_rng.Next(3)).Select(k => new SKeyValue(k, Expr(s, depth - 1))).ToSeq(), null),
            5 => BoolExpr(s),
            _ => Ground(),
        };
    }
}
