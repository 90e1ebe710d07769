using Xunit;

namespace Rho.Laws.Xunit;

/// <summary>Theory data of law ids, for <c>[Theory, MemberData(...)]</c> with one case per id of a set.</summary>
public static class LawTheory
{
    /// <summary>The ids of <paramref name="set"/>, one theory case each.</summary>
    /// <typeparam name="TImpl">The interface of the set.</typeparam>
    /// <param name="set">The law set.</param>
    /// <returns>The theory data.</returns>
    public static TheoryData<string> Ids<TImpl>(LawSet<TImpl> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var data = new TheoryData<string>();
        foreach (var id in set.Ids)
        {
            data.Add(id);
        }
        return data;
    }
}
