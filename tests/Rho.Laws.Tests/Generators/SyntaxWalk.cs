using Rho.Laws.Generators;
using Rho.Semantics.Syntax;

namespace Rho.Laws.Tests.Generators;

/// <summary>Every process node of a syntax tree of the generated subset, in preorder (through <see cref="SyntaxTransforms.MapChildren"/>).</summary>
internal static class SyntaxWalk
{
    public static List<SProc> Nodes(SProc p)
    {
        var all = new List<SProc>();
        void Visit(SProc q)
        {
            all.Add(q);
            SyntaxTransforms.MapChildren(q, c =>
            {
                Visit(c);
                return c;
            });
        }
        Visit(p);
        return all;
    }

    /// <summary>The components of nested pars, left to right.</summary>
    public static List<SProc> Components(SProc p) => p is SPar par ? [.. Components(par.Left), .. Components(par.Right)] : [p];
}
