using Rho.Semantics.Core;
using Rho.Semantics.Matching;
using static Rho.Semantics.Tests.Matching.MatchTerms;

namespace Rho.Semantics.Tests.Matching;

public class SubParsTests
{
    [Fact]
    [Trait("Rule", "Pat/par")]
    public void Within_SmallMultisets_AgreesWithBruteForce()
    {
        var random = new Random(4711);
        Proc[] alphabet = [I(1), I(2), Out(I(1)), Out(I(2)), U(1)];
        for (var round = 0; round < 300; round++)
        {
            var targets = Enumerable.Range(0, random.Next(6)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToList();
            var take = ItemBounds.Of(RandomBoundsPattern(random));
            var leave = ItemBounds.Of(RandomBoundsPattern(random));
            var all = Enumerable.Range(0, targets.Count).ToList();
            var group = Assignment.Groups(targets);

            var actual = SubPars.Within(targets, group, all, take, leave).Select(s => Key(targets, s.Taken)).ToList();
            var expected = Enumerable.Range(0, 1 << targets.Count)
                .Select(mask => all.Where(i => (mask & (1 << i)) != 0).ToList())
                .Where(taken => Fits(targets, taken, take) && Fits(targets, all.Except(taken).ToList(), leave))
                .Select(taken => Key(targets, taken))
                .ToHashSet();

            Assert.Equal(actual.Count, actual.Distinct().Count());
            Assert.Equal(expected, actual.ToHashSet());
        }
    }

    // A pattern whose bounds are interesting: some plain items, maybe a connective, maybe a variable.
    private static Proc RandomBoundsPattern(Random random)
    {
        var items = new List<Proc>();
        for (var i = random.Next(3); i > 0; i--)
        {
            items.Add(random.Next(2) == 0 ? I(7) : Out(I(7)));
        }
        if (random.Next(3) == 0)
        {
            items.Add(Ty(SimpleType.Int));
        }
        if (random.Next(3) == 0)
        {
            items.Add(V(0));
        }
        return items.Count == 0 ? Empty : items.Count == 1 ? items[0] : P([.. items]);
    }

    private static bool Fits(List<Proc> targets, List<int> chosen, ItemBounds bounds)
    {
        var counts = new int[ItemBounds.Kinds];
        foreach (var i in chosen)
        {
            counts[ItemBounds.KindOf(targets[i])]++;
        }
        return Enumerable.Range(0, ItemBounds.Kinds).All(k => bounds.Min[k] <= counts[k] && counts[k] <= bounds.Max[k]);
    }

    // A sub-multiset, by content: sorted string forms of its items.
    private static string Key(List<Proc> targets, List<int> chosen) =>
        string.Join(" | ", chosen.Select(i => targets[i].ToString()).Order(StringComparer.Ordinal));
}
