using Rho.Machine.Space;
using Rho.Semantics.Core;
using Rho.Semantics.Matching;

namespace Rho.Machine.Tests.Space;

/// <summary>
/// <c>RSpace/binding</c>: a bind of distinct pattern variables and wildcards with no remainder is flat (its binding is
/// the data, position for position, with no call to the matcher); flat with variable i at position i it is the
/// identity (its binding is the data themselves). Each shape is checked against its definition and, end to end,
/// against the spatial matcher.
/// </summary>
public class BindShapeTests
{
    private static readonly Proc W = new Wildcard();

    private static Proc V(int level) => new FreeVar(level);

    public static TheoryData<string, Proc[], int, bool, bool> Shapes() => new()
    {
        { "no patterns", [], 0, true, true },
        { "one variable", [V(0)], 1, true, true },
        { "variables in order", [V(0), V(1), V(2)], 3, true, true },
        { "variables swapped", [V(1), V(0)], 2, true, false },
        { "wildcard first", [W, V(0)], 1, true, false },
        { "wildcard last", [V(0), W], 1, true, false },
        { "wildcards only", [W, W], 0, true, false },
        { "a variable twice", [V(0), V(0)], 1, false, false },
        { "the second variable twice, the first never", [V(1), V(1)], 2, false, false },
        { "the first variable twice, the second never", [V(0), V(0)], 2, false, false },
        { "a variable never used", [V(0)], 2, false, false },
        { "a level at the free count", [V(2), V(0)], 2, false, false },
        { "a negative level", [V(-1)], 1, false, false },
        { "a literal", [new GInt(1)], 0, false, false },
        { "a variable and a literal", [V(0), new GInt(1)], 1, false, false },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    [Trait("Rule", "RSpace/binding")]
    public void Shape_FollowsTheDefinition(string what, Proc[] patterns, int freeCount, bool flat, bool identity)
    {
        var bind = new BindPattern(Seq.Of(patterns), null, freeCount);
        Assert.True(flat == bind.IsFlat, what);
        Assert.True(identity == bind.IsIdentity, what);
    }

    [Fact]
    [Trait("Rule", "RSpace/binding")]
    public void Remainder_MakesAnyBindGeneral()
    {
        var bind = new BindPattern(Seq.Of(V(0)), V(1), 2);
        Assert.False(bind.IsFlat);
        Assert.False(bind.IsIdentity);
        // A wildcard remainder binds nothing, but the data may still be longer than the patterns.
        var dropped = new BindPattern(Seq.Of(V(0)), W, 1);
        Assert.False(dropped.IsFlat);
        Assert.False(dropped.IsIdentity);
    }

    [Theory]
    [InlineData(63, true)]
    [InlineData(64, true)]
    [InlineData(65, false)]
    [Trait("Rule", "RSpace/binding")]
    public void Width_UpTo64VariablesIsFlat(int n, bool flat)
    {
        var bind = new BindPattern(Seq.Of(Enumerable.Range(0, n).Select(V).ToArray()), null, n);
        Assert.Equal(flat, bind.IsFlat);
        Assert.Equal(flat, bind.IsIdentity);
    }

    /// <summary>The shapes a compiled bind can have (variables numbered from 0, every one used).</summary>
    public static TheoryData<string, Proc[], int> WellFormed() => new()
    {
        { "no patterns", [], 0 },
        { "one variable", [V(0)], 1 },
        { "variables in order", [V(0), V(1), V(2)], 3 },
        { "variables swapped", [V(1), V(0)], 2 },
        { "three variables rotated", [V(2), V(0), V(1)], 3 },
        { "wildcard first", [W, V(0)], 1 },
        { "wildcard last", [V(0), W], 1 },
        { "wildcards only", [W, W], 0 },
        { "a variable twice", [V(0), V(0)], 1 },
        { "a literal", [new GInt(10)], 0 },
        { "a literal that differs", [new GInt(1)], 0 },
        { "a variable and a literal", [V(0), new GInt(11)], 1 },
    };

    [Theory]
    [MemberData(nameof(WellFormed))]
    [Trait("Rule", "RSpace/binding")]
    [Trait("Rule", "RSpace/comm")]
    public void Comm_BindsAsTheSpatialMatcherDoes(string what, Proc[] patterns, int freeCount)
    {
        var data = Seq.Of(Enumerable.Range(0, patterns.Length).Select(i => (Proc)new GInt(10 + i)).ToArray());
        var expected = SpatialMatcher.MatchArgs(data, Seq.Of(patterns), null, freeCount).FirstOrDefault();
        foreach (var concurrent in new[] { true, false })
        {
            var space = new InMemoryRSpace<string> { Concurrent = concurrent };
            var channel = new GUnforgeable(1);
            space.Consume(Seq.Of<Proc>(channel), Seq.Of(new BindPattern(Seq.Of(patterns), null, freeCount)), ReceiveKind.Linear, "k");
            space.Produce(channel, data, persistent: false);
            var comm = space.Poll(channel);
            if (expected is null)
            {
                Assert.True(comm is null, what);
            }
            else
            {
                Assert.True(comm is not null, what);
                Assert.Equal(expected.ToArray(), comm.Bindings.ToArray());
            }
        }
    }
}
