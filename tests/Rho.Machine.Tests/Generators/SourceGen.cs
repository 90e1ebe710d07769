using System.Globalization;
using System.Text;

namespace Rho.Machine.Tests.Generators;

/// <summary>
/// Generates small closed Rholang programs as source text: prints, sends, linear/peek/persistent receives, joins,
/// matches, ifs, news, arithmetic that may fail (division by zero, type errors). Persistent sends and persistent
/// receives never appear in the same program, so most programs terminate.
/// </summary>
internal sealed class SourceGen
{
    private readonly Random _rng;
    private readonly bool _persistentSends;
    private int _fresh;

    public SourceGen(int seed)
    {
        _rng = new Random(seed);
        _persistentSends = _rng.Next(2) == 0;
    }

    public string Program(int size)
    {
        var channels = new List<string> { "a", "b", "c" };
        return $"new out(`rho:io:stdout`), err(`rho:io:stderr`), a, b, c in {{\n{Proc(size, channels, [])}\n}}";
    }

    private bool Chance(int percent) => _rng.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> xs) => xs[_rng.Next(xs.Count)];

    private string Proc(int size, List<string> chans, List<string> vars)
    {
        if (size <= 1)
        {
            return _rng.Next(4) switch
            {
                0 => $"out!({Expr(2, vars)})",
                1 => $"{Pick(chans)}!({Expr(2, vars)})",
                2 => "Nil",
                _ => $"{Pick(chans)}!{(_persistentSends && Chance(30) ? "!" : string.Empty)}({Expr(1, vars)})",
            };
        }
        switch (_rng.Next(9))
        {
            case 0 or 1:
                {
                    var left = 1 + _rng.Next(size - 1);
                    return $"{Proc(left, chans, vars)} | {Proc(size - left, chans, vars)}";
                }
            case 2 or 3:
                {
                    var v = "x" + _fresh++;
                    var arrow = Chance(20) ? "<<-" : !_persistentSends && Chance(15) ? "<=" : "<-";
                    var pattern = Chance(25) ? "@" + _rng.Next(3).ToString(CultureInfo.InvariantCulture) : "@" + v;
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
                    return $"match {Expr(2, vars)} {{ {_rng.Next(3)} => {{ {Proc(size / 2, chans, vars)} }} {v} => {{ {Proc(size / 2, chans, [.. vars, v])} }} }}";
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
            return vars.Count > 0 && Chance(50) ? Pick(vars) : _rng.Next(4).ToString(CultureInfo.InvariantCulture);
        }
        var sb = new StringBuilder();
        switch (_rng.Next(5))
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
                sb.Append('"').Append((char)('p' + _rng.Next(3))).Append('"');
                break;
            default:
                sb.Append('(').Append(Expr(depth - 1, vars)).Append(" == ").Append(Expr(depth - 1, vars)).Append(')');
                break;
        }
        return sb.ToString();
    }
}
