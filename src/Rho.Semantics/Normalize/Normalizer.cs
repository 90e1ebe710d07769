using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Syntax;

namespace Rho.Semantics.Normalize;

/// <summary>
/// The normalizer (spec/normalization.md): a closed program's syntax tree to its core term, with
/// de Bruijn binding, every desugaring and every static check of the reference. The result is
/// not canonical; <c>Congruence.Canon.Of</c> makes it so.
/// </summary>
public static class Normalizer
{
    /// <summary>
    /// Normalizes a whole program. Raises <see cref="ErrorClass.Invalid"/> (as a
    /// <see cref="RhoException"/>) for every failed static check, at the position of the offending
    /// construct. Runs on a deep stack.
    /// </summary>
    public static Proc Normalize(SProc program)
    {
        ArgumentNullException.ThrowIfNull(program);
        return DeepStack.Run(() =>
        {
            var top = new FreeScope();
            var p = new ProcNormalizer().Norm(program, Env.Empty, top);
            CheckTopLevel(top);
            return p;
        });
    }

    /// <summary>
    /// <c>Static/top-level-connective</c>, <c>Static/top-level-wildcard</c>,
    /// <c>Static/top-level-free</c>, in that priority (the reference's).
    /// </summary>
    private static void CheckTopLevel(FreeScope top)
    {
        if (top.Connectives.Count > 0)
        {
            var c = top.Connectives[0];
            throw RhoException.Invalid(ErrorKinds.TopLevelConnective, c.Pos, $"logical connective {c.Symbol} at top level; connectives belong in patterns");
        }
        if (top.Wildcards.Count > 0)
        {
            throw RhoException.Invalid(ErrorKinds.TopLevelWildcard, top.Wildcards[0], "wildcard _ at top level; wildcards belong in patterns");
        }
        if (top.Vars.Count > 0)
        {
            var v = top.Vars[0];
            throw RhoException.Invalid(ErrorKinds.TopLevelFreeVariable, v.Pos, $"free variable {v.Name} at top level; bind it with new, for, match or let");
        }
    }
}
