using Rho.Laws.Compiler;
using Rho.Laws.Congruence;
using Rho.Laws.Machine;
using Rho.Laws.Space;

namespace Rho.Laws;

/// <summary>The named law sets (spec/laws.md, "Law library"). Each is a value: its laws can be listed, filtered and run.</summary>
public static class LawSets
{
    /// <summary>Congruence and reducer laws over an <see cref="IReducer"/> (spec/congruence.md, spec/semantics.md).</summary>
    public static LawSet<IReducer> Congruence { get; } =
        new("congruence and reducer", [.. CongruenceLaws.All(), .. ReductionLaws.All()]);

    /// <summary>Machine laws over an <see cref="IMachine"/>, against the reference reducer (spec/machine.md).</summary>
    public static LawSet<IMachine> Machine { get; } = new("machine", [.. MachineLaws.All()]);

    /// <summary>RSpace laws over a factory of empty <see cref="ISpace"/>s (spec/machine.md, <c>RSpace/laws</c>).</summary>
    public static LawSet<Func<ISpace>> RSpace { get; } = new("rspace", [.. RSpaceLaws.All()]);

    /// <summary>Compiler laws over an <see cref="ICompiler{TCode}"/> (spec/laws.md, "Compiler").</summary>
    /// <typeparam name="TCode">The implementation's compiled form.</typeparam>
    /// <returns>The set.</returns>
    public static LawSet<ICompiler<TCode>> Compiler<TCode>() => new("compiler", [.. CompilerLaws<TCode>.All()]);
}
