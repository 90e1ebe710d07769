using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;
using static Rho.Semantics.Tests.Matching.MatchTerms;

namespace Rho.Semantics.Tests.Matching;

public partial class SpatialMatcherTests
{
    // A fixed seed: the properties check the same 300 cases on every run.
    private static readonly Config Fixed = Config.QuickThrowOnFailure
        .WithMaxTest(300)
        .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20240611UL, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));

    [Fact]
    [Trait("Rule", "Pat/equal")]
    public void Equal_PatternWithoutVariables_MatchesIffEqual()
    {
        var pairs = Gen.Choose(0, int.MaxValue - 1).Select(seed =>
        {
            var random = new Random(seed);
            var target = RandomTerm(random, 3);
            var pattern = random.Next(3) switch
            {
                0 => target,
                1 => RandomTerm(random, 3),
                _ => Mutate(random, target),
            };
            return (Target: target, Pattern: pattern);
        });
        Check.One(Fixed, Prop.ForAll(Arb.From(pairs), c =>
            All(c.Target, c.Pattern, 0).Count == (c.Target == c.Pattern ? 1 : 0)));
    }

    [Fact]
    [Trait("Rule", "Pat/var")]
    public void Var_AbstractingAnySubterm_BindsThatSubterm()
    {
        var cases = Gen.Choose(0, int.MaxValue - 1).Select(seed =>
        {
            var random = new Random(seed);
            var target = RandomTerm(random, 3);
            var positions = Subterms(target).Count;
            var chosen = random.Next(positions);
            var counter = 0;
            Proc? hole = null;
            var pattern = Abstract(target, ref counter, chosen, ref hole);
            return (Target: target, Pattern: pattern, Hole: hole!);
        });
        Check.One(Fixed, Prop.ForAll(Arb.From(cases), c =>
            All(c.Target, c.Pattern, 1).Contains(Bind(c.Hole))));
    }

    [Fact]
    [Trait("Rule", "Pat/var")]
    [Trait("Rule", "Pat/par")]
    public void Var_EveryResult_RebuildsTheTargetUpToCongruence()
    {
        var cases = Gen.Choose(0, int.MaxValue - 1).Select(seed =>
        {
            var random = new Random(seed);
            var target = Canon.Of(RandomTerm(random, 3));
            var counter = 0;
            Proc? hole = null;
            var pattern = Abstract(target, ref counter, random.Next(Subterms(target).Count), ref hole);
            return (Target: target, Pattern: pattern);
        });
        Check.One(Fixed, Prop.ForAll(Arb.From(cases), c =>
        {
            var results = All(c.Target, c.Pattern, 1);
            return results.Count > 0 && results.TrueForAll(b => Canon.Of(Instantiate(c.Pattern, b)) == c.Target);
        }));
    }

    /// <summary>The pattern with each FreeVar(k) replaced by the bound value.</summary>
    private static Proc Instantiate(Proc pattern, Seq<Proc> binding) => pattern is FreeVar v
        ? binding[v.Level]
        : Traversal.MapChildren(pattern, (c, _) => Instantiate(c, binding));

    private static Proc RandomTerm(Random random, int depth)
    {
        Proc Leaf() => random.Next(4) switch
        {
            0 => I(random.Next(3)),
            1 => Str(random.Next(2) == 0 ? "a" : "b"),
            2 => U(random.Next(2)),
            _ => Empty,
        };
        Proc[] Some(int max) => Enumerable.Range(0, random.Next(max + 1)).Select(_ => RandomTerm(random, depth - 1)).ToArray();
        if (depth == 0)
        {
            return Leaf();
        }
        return random.Next(7) switch
        {
            0 => Leaf(),
            1 => L(Some(3)),
            2 => Out(RandomTerm(random, depth - 1), Some(2)),
            3 => Set(Some(3).Distinct().ToArray()),
            4 => Tup([RandomTerm(random, depth - 1), .. Some(1)]),
            5 => P([.. Some(3).Where(p => p is not Core.Nil and not Par), I(9), Str("c")]),
            _ => Map(Some(2).Distinct().Select(k => (k, RandomTerm(random, depth - 1))).ToArray()),
        };
    }

    /// <summary>The term with one leaf replaced by a different value.</summary>
    private static Proc Mutate(Random random, Proc p)
    {
        var leaves = Subterms(p).Where(q => !Traversal.Children(q).Any() && q is not Par).ToList();
        var victim = leaves[random.Next(leaves.Count)];
        var replaced = false;
        Proc Go(Proc q)
        {
            if (!replaced && ReferenceEquals(q, victim))
            {
                replaced = true;
                return q is GInt { Value: 5 } ? I(6) : I(5);
            }
            return Traversal.MapChildren(q, (c, _) => Go(c));
        }
        return Go(p);
    }

    private static List<Proc> Subterms(Proc p)
    {
        var all = new List<Proc> { p };
        foreach (var (child, _) in Traversal.Children(p))
        {
            all.AddRange(Subterms(child));
        }
        return all;
    }

    /// <summary>The term with its <paramref name="chosen"/>-th subterm (pre-order) replaced by FreeVar(0).</summary>
    private static Proc Abstract(Proc p, ref int counter, int chosen, ref Proc? hole)
    {
        if (counter++ == chosen)
        {
            hole = p;
            return V(0);
        }
        var children = Traversal.Children(p).Select(c => c.Child).ToList();
        var replaced = new List<Proc>();
        foreach (var c in children)
        {
            replaced.Add(Abstract(c, ref counter, chosen, ref hole));
        }
        var i = 0;
        return Traversal.MapChildren(p, (_, _) => replaced[i++]);
    }
}
