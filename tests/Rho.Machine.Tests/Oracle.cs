using Rho.Compiler;
using Rho.Semantics;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests;

/// <summary>Runs a program on the machine and checks its outcome against the reducer's outcome set.</summary>
internal static class Oracle
{
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RhoSpec.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("RhoSpec.sln not found above the test binaries");
    }

    public static MachineResult Run(string source, MachineOptions? options = null) =>
        RhoMachine.Run(RhoCompiler.Compile(Rholang.Compile(source)), options);

    public static string Show(MachineResult r) =>
        $"stdout [{string.Join(", ", r.Stdout)}] stderr [{string.Join(", ", r.Stderr)}] errors [{string.Join(", ", Kinds(r.Errors.Select(e => e.Kind)))}] residual {r.ResidualText}";

    public static string Show(Outcome o) =>
        $"stdout [{string.Join(", ", o.Stdout)}] stderr [{string.Join(", ", o.Stderr)}] errors [{string.Join(", ", Kinds(o.Errors.Select(e => e.Kind)))}] residual {o.Residual}";

    private static IEnumerable<string> Kinds(IEnumerable<string> kinds) => kinds.Order(StringComparer.Ordinal);

    /// <summary>The machine's outcome is one of the reducer's (<see cref="Outcomes.IsReducerOutcome"/>).</summary>
    public static bool IsOutcome(MachineResult r, Exploration e) => Outcomes.IsReducerOutcome(MachineOutcome.Of(r), e.Outcomes);
}
