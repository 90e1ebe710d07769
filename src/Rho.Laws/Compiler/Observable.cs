using Rho.Semantics.Core;
using Rho.Semantics.Reduction;

namespace Rho.Laws.Compiler;

/// <summary>Makes a generated term observable (its sends on channel 0 are printed) and observes it with the reference reducer.</summary>
internal static class Observable
{
    /// <summary><c>new out(`rho:io:stdout`) in { P | for (@x &lt;= @0) { out!(x) } }</c>, with P shifted under the new.</summary>
    public static Proc Printing(Proc p)
    {
        var printer = new Receive(
            Seq.Of(new ReceiveBind(Seq.Of<Proc>(new FreeVar(0)), new GInt(0), null, 1)),
            new Send(new BoundVar(1), Seq.Of<Proc>(new BoundVar(0)), false),
            ReceiveKind.Persistent,
            1);
        return new New(1, Seq.Of("rho:io:stdout"), new Par(Seq.Of(Substitution.Shift(p, 1), printer)));
    }

    /// <summary>The printed lines and errors of each outcome, or null when the exploration is over budget.</summary>
    public static HashSet<string>? Outputs(Proc p)
    {
        var e = Explorer.Explore(p, new ExploreOptions(MaxStates: 400, MaxDepth: 60));
        return e.IsComplete
            ? e.Outcomes.Select(o => string.Join("|", o.Stdout) + "#" + string.Join("|", o.Stderr) + "#" + string.Join("|", o.Errors.Select(x => x.Kind + x.Message))).ToHashSet()
            : null;
    }
}
