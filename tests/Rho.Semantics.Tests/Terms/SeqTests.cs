using Rho.Semantics.Core;

namespace Rho.Semantics.Tests.Terms;

/// <summary>
/// <see cref="Seq{T}"/>, the immutable sequence every term is built of: a default (never assigned) sequence is the
/// empty one in every respect, and enumeration gives the elements in order.
/// </summary>
public class SeqTests
{
    [Fact]
    public void Default_IsTheEmptySequence()
    {
        var d = default(Seq<int>);
        Assert.True(d.Count == 0);
        Assert.True(d.Items.IsEmpty);
        Assert.True(d.IsEmpty);
        Assert.Empty(d);
        Assert.Equal(Seq<int>.Empty, d);
        Assert.Equal(Seq<int>.Empty.GetHashCode(), d.GetHashCode());
        var seen = 0;
        foreach (var x in d)
        {
            seen += x + 1;
        }
        Assert.Equal(0, seen);
    }

    [Fact]
    public void Enumeration_GivesTheElementsInOrder_ByEachInterface()
    {
        var s = Seq.Of(3, 1, 2);
        var viaStruct = new List<int>();
        foreach (var x in s)
        {
            viaStruct.Add(x);
        }
        Assert.Equal([3, 1, 2], viaStruct);
        Assert.Equal([3, 1, 2], ((IEnumerable<int>)s).ToList());
        Assert.Equal([3, 1, 2], ((System.Collections.IEnumerable)s).Cast<int>().ToList());
        Assert.Equal(3, s.Count);
        Assert.Equal(2, s[2]);
    }
}
