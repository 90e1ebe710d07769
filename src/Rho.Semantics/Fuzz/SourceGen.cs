using System.Globalization;
using System.Text;

namespace Rho.Semantics.Fuzz;

/// <summary>
/// Generates small closed Rholang programs as source text: prints, sends, linear/peek/persistent receives, joins,
/// matches, ifs, news, arithmetic that may fail (division by zero, type errors). Persistent sends and persistent
/// receives never appear in the same program. A program need not terminate: a persistent receive whose body sends
/// on its own channel (<c>c!(1) | for (@x &lt;= c) { c!(x) }</c>) loops for ever, and the reducer's exploration
/// reports it as divergent.
/// Every variable is bound where it is used and every channel is declared: programs are closed and
/// well-scoped by construction. Used by <c>rho fuzz</c> (<see cref="Fuzzer"/>) and the machine's
/// agreement tests.
/// </summary>
public sealed class SourceGen
{
    private readonly Func<int, int> _next;
    private readonly bool _persistentSends;
    private int _fresh;

    /// <summary>A generator drawing from a seeded random generator.</summary>
    public SourceGen(int seed)
        : this(new Random(seed).Next)
    {
    }

    /// <summary>
    /// A generator driven by a list of choices (each taken modulo the number of options, 0 once the list runs out),
    /// so shrinking the list shrinks the program.
    /// </summary>
    public SourceGen(int[] choices)
        : this(FromChoices(choices))
    {
    }

    private SourceGen(Func<int, int> next)
    {
        _next = next;
        _persistentSends = _next(2) == 0;
    }

    private static Func<int, int> FromChoices(int[] choices)
    {
        var i = 0;
        return n => i < choices.Length ? (choices[i++] & int.MaxValue) % n : 0;
    }

    /// <summary>A closed program of about <paramref name="size"/> processes: <see cref="Wrap"/> of <see cref="Body"/>.</summary>
    public string Program(int size) => Wrap(Body(size));

    /// <summary>
    /// A process of about <paramref name="size"/> processes whose free names are <c>out</c>,
    /// <c>err</c>, <c>a</c>, <c>b</c> and <c>c</c> (closed by <see cref="Wrap"/>).
    /// </summary>
    public string Body(int size) => Proc(size, ["a", "b", "c"], []);

    /// <summary>Closes a <see cref="Body"/> (or a par of bodies) with its names: stdout, stderr and three private channels.</summary>
    public static string Wrap(string body) => $"new out(`rho:io:stdout`), err(`rho:io:stderr`), a, b, c in {{\n{body}\n}}";

    private bool Chance(int percent) => _next(100) < percent;

    private string Pick(List<string> xs) => xs[_next(xs.Count)];

    private string Proc(int size, List<string> chans, List<string> vars)
    {
        if (size <= 1)
        {
            return _next(4) switch
            {
                0 => $"out!({Expr(2, vars)})",
                1 => $"{Pick(chans)}!({Expr(2, vars)})",
                2 => "Nil",
                _ => $"{Pick(chans)}!{(_persistentSends && Chance(30) ? "!" : string.Empty)}({Expr(1, vars)})",
            };
        }
        switch (_next(9))
        {
            case 0 or 1:
                {
                    var left = 1 + _next(size - 1);
                    return $"{Proc(left, chans, vars)} | {Proc(size - left, chans, vars)}";
                }
            case 2 or 3:
                {
                    var v = "x" + _fresh++;
                    var arrow = Chance(20) ? "<<-" : !_persistentSends && Chance(15) ? "<=" : "<-";
                    var pattern = Chance(25) ? "@" + _next(3).ToString(CultureInfo.InvariantCulture) : "@" + v;
                    var inner = pattern == "@" + v ? [.. vars, v] : vars;
                    return $"for ({pattern} {arrow} {Pick(chans)}) {{ {Proc(size - 1, chans, inner)} }}";
                }
            case 4:
                {
                    var c1 = Pick(chans);
                    var c2 = Pick(chans.Where(c => c != c1).ToList());
                    var v1 = "x" + _fresh++;
                    var v2 = "x" + _fresh++;
                    return $"for (@{v1} <- {c1} & @{v2} <- {c2}) {{ {Proc(size - 1, chans, [.. vars, v1, v2])} }}";
                }
            case 5:
                {
                    var d = "n" + _fresh++;
                    return $"new {d} in {{ {Proc(size - 1, [.. chans, d], vars)} }}";
                }
            case 6:
                {
                    var v = "x" + _fresh++;
                    return $"match {Expr(2, vars)} {{ {_next(3)} => {{ {Proc(size / 2, chans, vars)} }} {v} => {{ {Proc(size / 2, chans, [.. vars, v])} }} }}";
                }
            case 7:
                return $"if ({Expr(1, vars)} < {Expr(1, vars)}) {{ {Proc(size / 2, chans, vars)} }} else {{ {Proc(size / 2, chans, vars)} }}";
            default:
                return $"{Pick(chans)}!({Expr(2, vars)}) | err!({Expr(1, vars)})";
        }
    }

    private string Expr(int depth, List<string> vars)
    {
        if (depth <= 0 || Chance(40))
        {
            return vars.Count > 0 && Chance(50) ? Pick(vars) : _next(4).ToString(CultureInfo.InvariantCulture);
        }
        var sb = new StringBuilder();
        switch (_next(5))
        {
            case 0:
                sb.Append('(').Append(Expr(depth - 1, vars)).Append(" + ").Append(Expr(depth - 1, vars)).Append(')');
                break;
            case 1:
                sb.Append('(').Append(Expr(depth - 1, vars)).Append(" / ").Append(Expr(depth - 1, vars)).Append(')');
                break;
            case 2:
                sb.Append('[').Append(Expr(depth - 1, vars)).Append(", ").Append(Expr(depth - 1, vars)).Append(']');
                break;
            case 3:
                sb.Append('"').Append((char)('p' + _next(3))).Append('"');
                break;
            default:
                sb.Append('(').Append(Expr(depth - 1, vars)).Append(" == ").Append(Expr(depth - 1, vars)).Append(')');
                break;
        }
        return sb.ToString();
    }
}
