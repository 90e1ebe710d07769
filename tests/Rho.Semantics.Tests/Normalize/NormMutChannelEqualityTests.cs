using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using static Rho.Semantics.Tests.Normalize.Terms;

namespace Rho.Semantics.Tests.Normalize;

/// <summary>
/// <c>Static/same-channel</c>: a join may not receive twice on one channel, where channels are
/// compared up to the order of parallel parts; channels that differ anywhere are two channels.
/// </summary>
public class NormMutChannelEqualityTests
{
    private static void Accepted(string c1, string c2)
    {
        var t = Norm($"for (x <- {c1} & y <- {c2}) {{ Nil }}");
        Assert.Equal(2, Assert.IsType<Receive>(t).Binds.Count);
    }

    [Theory]
    [Trait("Rule", "Static/same-channel")]
    [InlineData("@{1 | 2}", "@1")]
    [InlineData("@{1 | 2}", "@{3 | 4}")]
    [InlineData("@{1 | 2}", "@{1 | 3}")]
    [InlineData("@{1 | 1}", "@{1 | 2}")]
    [InlineData("@{1 | 2}", "@{1 | 1}")]
    [InlineData("@[1]", "@[2]")]
    [InlineData("@{@Nil!(1)}", "@{@Nil!(2)}")]
    [InlineData("@Nil", "@{1 | 2}")]
    public void DifferentChannels_AreAJoin(string c1, string c2) => Accepted(c1, c2);

    [Theory]
    [Trait("Rule", "Static/same-channel")]
    [InlineData("@{1 | 2}", "@{2 | 1}", 27)]
    [InlineData("@{1 | 1 | 2}", "@{1 | 2 | 1}", 31)]
    [InlineData("@[{1 | 2}]", "@[{2 | 1 | Nil}]", 29)]
    [InlineData("@Nil", "@{Nil | Nil}", 23)]
    public void SameChannelUpToParOrder_IsRejected(string c1, string c2, int col) =>
        Fails($"for (x <- {c1} & y <- {c2}) {{ Nil }}", ErrorKinds.ReceiveSameChannel, col);
}
