using Rho.Semantics.Errors;
using Rho.Semantics.Syntax;

namespace Rho.Semantics.Tests.Syntax;

// Whole programs in the style of the reference's examples (written for this suite), and a
// robustness check: garbled programs raise Malformed or parse, never anything else.
public partial class ParserTests
{
    public static TheoryData<string, string> Programs() => new()
    {
        {
            "hello", """
            new stdout(`rho:io:stdout`), ack in {
              stdout!("Hello, world!") |
              @"greeting"!!("hi", 1) |
              for (@msg <- @"greeting") { stdout!(msg) }
            }
            """
        },
        {
            "cell", """
            new MakeCell, stdout(`rho:io:stdout`) in {
              // A mutable cell as a pair of contracts over one private channel.
              contract MakeCell(@init, get, set) = {
                new value in {
                  value!(init) |
                  contract get(ret) = { for (@v <<- value) { ret!(v) } } |
                  contract set(@newValue, ack) = {
                    for (_ <- value) { value!(newValue) | ack!(Nil) }
                  }
                }
              } |
              new get, set, ack in {
                MakeCell!(0, *get, *set) |
                set!(42, *ack) |
                for (_ <- ack; @v <- get!?(1)) { stdout!(["value", v]) }
              }
            }
            """
        },
        {
            "factorial", """
            new fact, out(`rho:io:stdout`) in {
              contract fact(@n, ret) = {
                if (n <= 1) { ret!(1) }
                else {
                  new r in { fact!(n - 1, *r) | for (@m <- r) { ret!(n * m) } }
                }
              } |
              new r in { fact!(10, *r) | for (@v <- r) { out!(v) } }
            }
            """
        },
        {
            "patterns", """
            new ch in {
              ch!([1, 2, 3], {"a": 1, "b": Set(4, 5)}, (6, "x")) |
              for (@[head ...tail], @{"a": a ...restMap}, @(n, s) <- ch) {
                match [head, tail, a, n ++ s] {
                  [Int /\ ~0, [_, _ ...rest], x \/ y, _] => Nil
                  [=head, _ ..._] => Nil
                  _ => Nil
                }
              } |
              for (@x <- ch) { if (x matches Int and not (x == 3)) ch!(x) }
            }
            """
        },
        {
            "joins-let-bundle", """
            new a, b, c, d in {
              for (@x <- a & @y <- b; @z <= c & w <= d) { Nil } |
              let k <- 1; l, m <- 2, 3 in { a!(k + l * m) } |
              let p <- "s" & q <- "t" in { b!(p ++ q) } |
              bundle+ { c } |
              bundle0 { a!(BigInt(123456789012345678901234567890)) } |
              select { x <- a & y <- b => Nil  z <- c => d!(z) } |
              a!?("sync"). |
              b!?(1, 2); c!(3) |
              for (ret <- a?!; v <- b!?(*d)) { Nil } |
              contract @"svc"(@x ...@rest) = { Nil }
            }
            """
        },
        {
            "methods-and-operators", """
            new out(`rho:io:stdout`) in {
              out!("${a} and ${b}" %% {"a": 1, "b": true}) |
              out!([1, 2, 3].slice(0, 2).length() + {}.size() - Set(1) .size()) |
              out!(-7 / 2 % 3 -- Set(1) ++ Set(2) < 4 || false && true) |
              out!((1, 2, 3).nth(0), "abc".toUtf8Bytes().bytesToHex(), `rho:id:x`)
            }
            """
        },
    };

    [Theory]
    [Trait("Rule", "Syn/par")]
    [Trait("Rule", "Syn/new")]
    [Trait("Rule", "Syn/contract")]
    [Trait("Rule", "Syn/for")]
    [MemberData(nameof(Programs))]
    public void Programs_Representative_Parse(string name, string source)
    {
        var p = RhoParser.Parse(source);
        Assert.True(p is SNew, $"{name}: top level should be a new, was {p.GetType().Name}");
        Assert.Equal(new Core.SourcePos(1, 1), p.Pos);
    }

    [Fact]
    [Trait("Rule", "Syn/bundle")]
    public void Programs_BundleSend_IsNotAName()
    {
        // `bundle+ { c } !(1)` is a bundle process followed by a stray '!': not a send.
        var e = Assert.Throws<RhoException>(() => RhoParser.Parse("bundle+ { c } !(1)"));
        Assert.Equal("1:15: unexpected '!', expected '|' or end of input", $"{e.Error.Pos}: {e.Error.Message}");
    }

    /// <summary>Tokens and characters spliced into programs by the robustness test.</summary>
    private static readonly string[] Debris =
    [
        "(", ")", "{", "}", "[", "]", "|", ",", ",)", ";", "&", "!", "!?", "?!", "<-", "<=", "<<-", "=>", "@", "*", "=",
        "...", "...@", "/\\", "\\/", "~", "matches", "new", "in", "for", "if", "else", "match", "select", "let",
        "contract", "bundle+", "BigInt(", "Set(", "\"", "`", "\\", "/*", "*/", "//", "\n", "x", "_", "1", "\"s\"", "#",
        "\u00e9", "\ud800", "\0", ".", ":", "-",
    ];

    [Fact]
    [Trait("Category", "Slow")] // left out of mutation runs (tests/Rho.Semantics.Tests/stryker-config.json)
    [Trait("Rule", "Syn/error")]
    public void Robustness_GarbledPrograms_OnlyMalformedOrSuccess()
    {
        var rng = new Random(20240611);
        var sources = Programs().Select(row => (string)row[1]).ToArray();
        var parsed = 0;
        for (var i = 0; i < 3000; i++)
        {
            var text = Garble(sources[rng.Next(sources.Length)], rng);
            try
            {
                RhoParser.Parse(text);
                parsed++;
            }
            catch (RhoException e)
            {
                Assert.Equal(ErrorClass.Malformed, e.Error.Class);
                Assert.True(e.Error.Pos.Line >= 1 && e.Error.Pos.Col >= 1, $"no position for {e.Error.Message} in:\n{text}");
            }
        }
        Assert.InRange(parsed, 1, 2999);
    }

    [Fact]
    [Trait("Category", "Slow")] // left out of mutation runs (tests/Rho.Semantics.Tests/stryker-config.json)
    [Trait("Rule", "Syn/error")]
    public void Robustness_RandomCharacterSoup_OnlyMalformedOrSuccess()
    {
        var rng = new Random(7);
        const string alphabet = "(){}[]|,;&!?<-=>@*~/\\.:+%\"`'_ \nxyzNil0123456789setmatchfornewinbundle+-";
        for (var i = 0; i < 3000; i++)
        {
            var chars = new char[rng.Next(1, 40)];
            for (var k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[rng.Next(alphabet.Length)];
            }
            try
            {
                RhoParser.Parse(new string(chars));
            }
            catch (RhoException e)
            {
                Assert.Equal(ErrorClass.Malformed, e.Error.Class);
            }
        }
    }

    /// <summary>One to three random edits: delete a span, insert debris, or swap two spans.</summary>
    private static string Garble(string source, Random rng)
    {
        var text = source;
        for (var edits = rng.Next(1, 4); edits > 0; edits--)
        {
            var at = rng.Next(text.Length);
            var len = Math.Min(rng.Next(1, 6), text.Length - at);
            text = rng.Next(3) switch
            {
                0 => text.Remove(at, len),
                1 => text.Insert(at, Debris[rng.Next(Debris.Length)]),
                _ => Swap(text, at, len, rng.Next(text.Length)),
            };
            if (text.Length == 0)
            {
                return text;
            }
        }
        return text;
    }

    private static string Swap(string text, int at, int len, int to)
    {
        var piece = text.Substring(at, len);
        var rest = text.Remove(at, len);
        return rest.Insert(Math.Min(to, rest.Length), piece);
    }
}
