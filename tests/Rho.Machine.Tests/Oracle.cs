using Rho.Compiler;
using Rho.Semantics;
using Rho.Laws.Machine;
using Rho.Machine.Tests.Laws;
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

    public static string Show(MachineResult r) => OutcomeOracle.Show(RhoMachineLaws.Observed(r));

    public static string Show(Outcome o) => OutcomeOracle.Show(o);

    /// <summary>The machine's outcome is one of the reducer's (<see cref="OutcomeOracle.IsOutcome"/>, the law library's oracle).</summary>
    public static bool IsOutcome(MachineResult r, Exploration e) => OutcomeOracle.IsOutcome(RhoMachineLaws.Observed(r), e);
}
