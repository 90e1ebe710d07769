using Rho.Laws.Congruence;
using Rho.Semantics.Core;
using Rho.Semantics.Syntax;

namespace Rho.Laws.Properties;

/// <summary>Prints counterexamples as Rholang source, through the reference front end and printer.</summary>
internal static class Show
{
    /// <summary>A closed syntax tree, normalized and printed canonically.</summary>
    public static string Syntax(SProc s)
    {
        var r = ReferenceReducer.Instance;
        return r.Print(r.Canon(r.Normalize(s)));
    }

    /// <summary>A core term, printed canonically.</summary>
    public static string Core(Proc p) => ReferenceReducer.Instance.Print(ReferenceReducer.Instance.Canon(p));

    /// <summary>A seed for the random rewrites of <paramref name="s"/>, stable across runs (FNV-1a of its printed form).</summary>
    public static int StableSeed(SProc s)
    {
        var h = 2166136261u;
        foreach (var ch in Syntax(s))
        {
            h = (h ^ ch) * 16777619u;
        }
        return (int)(h & int.MaxValue);
    }
}
