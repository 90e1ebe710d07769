using Rho.Semantics.Congruence;
using Rho.Semantics.Core;

namespace Rho.Laws.Generators;

/// <summary>
/// A generator of closed, well-scoped core terms driven by a stream of choices (a list of ints).
/// FsCheck and Hedgehog both generate and shrink the list, so one generator serves both and
/// shrinking a failure shrinks the term (shorter lists and smaller numbers pick smaller terms).
/// </summary>
/// <remarks>
/// <para>
/// Reading: each pick among k alternatives takes the next choice modulo k (negative ones too); a
/// pick with one alternative, or past the end of the list, takes alternative 0 and reads nothing.
/// A process at depth d &gt; 0 is 0 Nil, 1 a send of up to two values (persistent when its last
/// choice is 0 mod 4), 2 an expression, 3 a receive, 4 a new of one or two names, 5 a par of two
/// processes and a third that is Nil when its choice is even, 6 a match, 7 a bound variable (an
/// Int 0..4 when none is in scope), 8 a bundle whose read and write flags are set when their
/// choices are even, 9 a send of one value; at depth 0 it is one of the first three. A channel is
/// a bound variable, a String "c0".."c2", the quoted send <c>@0!()</c> or <c>@1!()</c> (not at depth
/// 0) or an Int 0..2. A value is a bound variable, "a" (even choice) or "b", a Bool (true on an
/// even choice), an expression, a process (only above depth 0), a list of up to two values, or an
/// Int -1..3. Expression operands are bound variables or Ints -1..2 (so that division by zero
/// occurs).
/// </para>
/// <para>
/// Bounds: the top level has depth 3 and every nested process, value and match target one less, so
/// at most four of send, receive, new, par, match and bundle nest on any path (lists of values nest
/// as deep as the list of choices allows). The term is closed: a bound variable's index is below
/// the number of variables bound around it, and the bodies of new, receive and match cases use the
/// variables they bind.
/// </para>
/// </remarks>
public sealed class CoreGen
{
    private readonly int[] _choices;
    private int _next;

    private CoreGen(int[] choices) => _choices = choices;

    /// <summary>The closed term the choices pick, in canonical form.</summary>
    /// <param name="choices">The choices (see <see cref="Choices"/>).</param>
    /// <returns>The term.</returns>
    public static Proc Build(int[] choices) => Canon.Of(new CoreGen(choices).Proc(3, 0));

    /// <summary>The term the choices pick, not canonicalized.</summary>
    /// <param name="choices">The choices (see <see cref="Choices"/>).</param>
    /// <returns>The term.</returns>
    public static Proc BuildRaw(int[] choices) => new CoreGen(choices).Proc(3, 0);

    private int Next(int n)
    {
        if (n <= 1 || _next >= _choices.Length)
        {
            return 0;
        }
        var x = _choices[_next++] % n;
        return x < 0 ? x + n : x;
    }

    private Proc Proc(int depth, int env)
    {
        var pick = depth <= 0 ? Next(3) : Next(10);
        return pick switch
        {
            0 => Nil.Instance,
            1 => new Send(Chan(depth, env), Many(2, () => Value(depth - 1, env)), Next(4) == 0),
            2 => Expression(env),
            3 => ReceiveOf(depth, env),
            4 => NewOf(depth, env),
            5 => new Par(Seq.Of(Proc(depth - 1, env), Proc(depth - 1, env), Next(2) == 0 ? Nil.Instance : Proc(depth - 1, env))),
            6 => MatchOf(depth, env),
            7 => env > 0 ? new BoundVar(Next(env)) : new GInt(Next(5)),
            8 => new Bundle(Chan(depth, env), Next(2) == 0, Next(2) == 0),
            _ => new Send(Chan(depth, env), Seq.Of(Value(depth - 1, env)), false),
        };
    }

    private New NewOf(int depth, int env)
    {
        var n = 1 + Next(2);
        return new New(n, Seq<string>.Empty, Proc(depth - 1, env + n));
    }

    private Receive ReceiveOf(int depth, int env)
    {
        var binds = new List<ReceiveBind>();
        var total = 0;
        var count = 1 + Next(2);
        for (var b = 0; b < count; b++)
        {
            var free = 0;
            var patterns = Many(2, () => Next(3) switch
            {
                0 => new FreeVar(free++),
                1 => Wildcard.Instance,
                _ => (Proc)new GInt(Next(3)),
            });
            // Distinct channels per join (a static rule of the language): the bind index is part of the name.
            binds.Add(new ReceiveBind(patterns, new ETuple(Seq.Of(Chan(depth, env), new GInt(b))), null, free));
            total += free;
        }
        var kind = (ReceiveKind)Next(3);
        return new Receive(binds.ToSeq(), Proc(depth - 1, env + total), kind, total);
    }

    private Match MatchOf(int depth, int env) => new(
        Value(depth - 1, env),
        Seq.Of(
            new MatchCase(new GInt(Next(3)), Proc(depth - 1, env), 0),
            new MatchCase(new FreeVar(0), Proc(depth - 1, env + 1), 1)));

    private Proc Chan(int depth, int env) => Next(4) switch
    {
        0 when env > 0 => new BoundVar(Next(env)),
        1 => new GString("c" + Next(3)),
        2 when depth > 0 => new Send(new GInt(Next(2)), Seq<Proc>.Empty, false),
        _ => new GInt(Next(3)),
    };

    private Proc Value(int depth, int env) => Next(7) switch
    {
        0 when env > 0 => new BoundVar(Next(env)),
        1 => new GString(Next(2) == 0 ? "a" : "b"),
        2 => new GBool(Next(2) == 0),
        3 => Expression(env),
        4 when depth > 0 => Proc(depth - 1, env),
        5 => new EList(Many(2, () => Value(depth - 1, env)), null),
        _ => new GInt(Next(5) - 1),
    };

    private Proc Expression(int env) => Next(6) switch
    {
        0 => new EBinary(BinaryOp.Add, Leaf(env), Leaf(env)),
        1 => new EBinary(BinaryOp.ShortAnd, new GBool(Next(2) == 0), new EBinary(BinaryOp.Lt, Leaf(env), Leaf(env))),
        2 => new EUnary(UnaryOp.Neg, Leaf(env)),
        3 => new EMethod("length", new EList(Seq.Of(Leaf(env)), null), Seq<Proc>.Empty),
        4 => new EBinary(BinaryOp.Div, Leaf(env), Leaf(env)),
        _ => new GInt(Next(4)),
    };

    private Proc Leaf(int env) => env > 0 && Next(3) == 0 ? new BoundVar(Next(env)) : new GInt(Next(4) - 1);

    private Seq<Proc> Many(int max, Func<Proc> item)
    {
        var n = Next(max + 1);
        var items = new Proc[n];
        for (var i = 0; i < n; i++)
        {
            items[i] = item();
        }
        return Seq.Of(items);
    }
}
