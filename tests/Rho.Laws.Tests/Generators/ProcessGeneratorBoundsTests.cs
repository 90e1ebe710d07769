using System.Text.RegularExpressions;
using Rho.Laws.Generators;
using Rho.Semantics.Core;
using Rho.Semantics.Syntax;

namespace Rho.Laws.Tests.Generators;

/// <summary>
/// What the process generator promises about every program (the doc comment of
/// <see cref="ProcessGenerator.Process"/>): nesting bounded by the size, one to three match cases,
/// bounded expressions, binder names, and the ranges of its ground values. Fixed seeds.
/// </summary>
public partial class ProcessGeneratorBoundsTests
{
    // Built per test, not cached in a static field: a static cache is filled once per test process, so under
    // Stryker's per-test coverage a mutant of the generator would be run against programs built without it.
    private List<(int Seed, int Size, SProc Program)> Programs { get; } =
        [.. Enumerable.Range(0, 400).Select(seed => (seed, 1 + (seed % 20), new ProcessGenerator(seed).Process(1 + (seed % 20))))];

    private List<SProc> AllNodes => [.. Programs.SelectMany(p => SyntaxWalk.Nodes(p.Program))];

    /// <summary>How deep new, for, match, if and contract nest, leaves counted, pars not.</summary>
    private static int Nesting(SProc p) => p switch
    {
        SPar par => Math.Max(Nesting(par.Left), Nesting(par.Right)),
        SNew n => 1 + Nesting(n.Body),
        SFor f => 1 + Nesting(f.Body),
        SContract c => 1 + Nesting(c.Body),
        SMatch m => 1 + m.Cases.Max(c => Nesting(c.Body)),
        SIf i => 1 + Math.Max(Nesting(i.Then), i.Else is null ? 0 : Nesting(i.Else)),
        _ => 1,
    };

    /// <summary>How deep lists, tuples, sets and maps nest in an expression.</summary>
    private static int Collections(SProc p)
    {
        var inner = 0;
        SyntaxTransforms.MapChildren(p, c =>
        {
            inner = Math.Max(inner, Collections(c));
            return c;
        });
        return (p is SList or STuple or SSet or SMap ? 1 : 0) + inner;
    }

    private static bool IsArithmetic(SProc p) => p is SBinary { Op: BinaryOp.Add or BinaryOp.Sub or BinaryOp.Mul };

    /// <summary>How deep +, - and * nest.</summary>
    private static int Arithmetic(SProc p) => p is SBinary b && IsArithmetic(b) ? 1 + Math.Max(Arithmetic(b.Left), Arithmetic(b.Right)) : 0;

    /// <summary>The binders of a node: (sort, name) for new's names, name binders and process binders.</summary>
    private static IEnumerable<(char Sort, string Name)> Binders(SProc p)
    {
        IEnumerable<(char, string)> Formal(SName n) => n switch
        {
            SNameVar v => [('x', v.Name)],
            SNameQuote { Proc: SVar { Var.Name: { } v } } => [('v', v)],
            _ => [],
        };
        return p switch
        {
            SNew n => n.Decls.Select(d => ('n', d.Name)),
            SFor f => f.Receipts.SelectMany(r => r.Binds).SelectMany(b => b.Names).SelectMany(Formal),
            SContract c => c.Formals.SelectMany(Formal),
            SMatch m => m.Cases.SelectMany(c => c.Pattern switch
            {
                SVar { Var.Name: { } v } => [('v', v)],
                SList l => l.Items.OfType<SVar>().Select(v => ('v', v.Var.Name!)).Append(('v', l.Remainder!.Name!)),
                _ => Array.Empty<(char, string)>(),
            }),
            _ => [],
        };
    }

    [GeneratedRegex("^[nxv][0-9]+$")]
    private static partial Regex Identifier();

    [Fact]
    public void Process_NestsAtMostSizeDeep_AndFillsTheSize()
    {
        foreach (var (seed, size, program) in Programs)
        {
            Assert.True(Nesting(program) <= size, $"seed {seed}, size {size}: nesting {Nesting(program)}");
        }
        Assert.Contains(Programs, p => p.Size >= 3 && Nesting(p.Program) == p.Size);
    }

    [Fact]
    public void Process_BindersHavePrefixedDistinctNames()
    {
        foreach (var (seed, _, program) in Programs)
        {
            var binders = SyntaxWalk.Nodes(program).SelectMany(Binders).ToList();
            Assert.All(binders, b => Assert.Matches(Identifier(), b.Name));
            Assert.All(binders, b => Assert.Equal(b.Sort, b.Name[0]));
            Assert.True(binders.Select(b => b.Name).Distinct(StringComparer.Ordinal).Count() == binders.Count, $"seed {seed}: {string.Join(' ', binders)}");
        }
        var sorts = Programs.SelectMany(p => SyntaxWalk.Nodes(p.Program)).SelectMany(Binders).Select(b => b.Sort).ToHashSet();
        Assert.Equal(3, sorts.Count);
    }

    [Fact]
    public void Process_MatchesHaveOneToThreeCases_OfEveryKind()
    {
        var matches = AllNodes.OfType<SMatch>().ToList();
        Assert.Equal([1, 2, 3], matches.Select(m => m.Cases.Count).Distinct().Order());
        var patterns = matches.SelectMany(m => m.Cases).Select(c => c.Pattern).ToList();
        Assert.Contains(patterns, p => p is SVar { Var.Name: not null });
        Assert.Contains(patterns, p => p is SVar { Var.Name: null });
        Assert.Contains(patterns, p => p is SList { Remainder: not null });
        Assert.Contains(patterns, p => p is SInt or SString or SBool);
    }

    [Fact]
    public void Process_ExpressionsAreBounded()
    {
        var nodes = AllNodes;
        Assert.Equal(2, nodes.Max(Collections));
        Assert.Equal(2, nodes.Max(Arithmetic));
        var comparisons = nodes.OfType<SBinary>().Where(b => b.Op is BinaryOp.Lt or BinaryOp.Eq or BinaryOp.Neq or BinaryOp.Gte).ToList();
        Assert.Equal(1, comparisons.SelectMany(c => new[] { c.Left, c.Right }).Max(Arithmetic));
        Assert.Equal([BinaryOp.Add, BinaryOp.Sub, BinaryOp.Mul], nodes.Where(IsArithmetic).Select(b => ((SBinary)b).Op).Distinct().Order());
    }

    [Fact]
    public void Process_GroundValuesLieInTheirDocumentedRanges()
    {
        var nodes = AllNodes;
        Assert.Equal(["a", "b", "hello", "k0", "k1"], nodes.OfType<SString>().Select(s => s.Raw).Distinct().Order(StringComparer.Ordinal));
        var contracts = nodes.OfType<SContract>().Select(c => Assert.IsType<SString>(Assert.IsType<SNameQuote>(c.Name).Proc).Raw).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["k0", "k1"], contracts);
        var keys = nodes.OfType<SMap>().SelectMany(m => m.Pairs.Select((kv, i) => (I: i, Key: long.Parse(Assert.IsType<SInt>(kv.Key).Digits, System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        Assert.All(keys, k => Assert.InRange(k.Key, 10 * k.I, (10 * k.I) + 4));
        Assert.Contains(keys, k => k.I == 1);
    }
}
