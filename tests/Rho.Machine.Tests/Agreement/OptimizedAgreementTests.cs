using Rho.Compiler;
using Rho.Semantics;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Tests.Agreement;

/// <summary>
/// <c>Law/optimizer</c> on runs: optimized code runs to outcomes of the reducer (its residual read
/// back through the decompiler's optimized shapes), the same outcome as the unoptimized code where
/// the reducer has only one, and with the same error positions.
/// </summary>
public class OptimizedAgreementTests
{
    private static MachineResult Run(string source, MachineOptions options, bool optimize)
    {
        var compiled = RhoCompiler.Compile(Rholang.Compile(source));
        return RhoMachine.Run(optimize ? RhoCompiler.Optimize(compiled) : compiled, options);
    }

    private static IEnumerable<(string Name, string Source, Exploration Exploration)> Programs() =>
        GeneratedAgreementTests.Cases().Select(c => ($"seed {c.Seed}", c.Source, c.Exploration))
            .Concat(Directory.GetFiles(Path.Combine(Oracle.RepoRoot(), "examples"), "*.rho")
                .Select(f => (f, File.ReadAllText(f), Rholang.Reduce(File.ReadAllText(f)))));

    [Fact]
    [Trait("Rule", "Law/optimizer")]
    [Trait("Rule", "Opt/source-map")]
    [Trait("Rule", "Opt/original")]
    public void Optimizer_GeneratedProgramsAndExamples_OptimizedRunsAgreeWithTheReducerAndTheUnoptimizedCode()
    {
        var runs = 0;
        var compared = 0;
        foreach (var (name, source, exploration) in Programs())
        {
            foreach (var options in new[]
            {
                new MachineOptions(SchedulerPolicy.Fifo, 0, PrimitivePath.Direct, 200_000),
                new MachineOptions(SchedulerPolicy.Random, 3, PrimitivePath.Channel, 200_000),
            })
            {
                var optimized = Run(source, options, optimize: true);
                if (optimized.BudgetExhausted)
                {
                    Assert.True(exploration.Divergent, $"{name}: budget exhausted on a program without cycles\n{source}");
                    continue;
                }
                runs++;
                Assert.True(Oracle.IsOutcome(optimized, exploration), $"{name} under {options}:\n{source}\noptimized: {Oracle.Show(optimized)}");
                if (exploration.Outcomes.Count == 1)
                {
                    compared++;
                    var plain = Run(source, options, optimize: false);
                    Assert.Equal(Oracle.Show(plain), Oracle.Show(optimized));
                    Assert.Equal(plain.Errors.Select(e => e.ToString()).Order(), optimized.Errors.Select(e => e.ToString()).Order());
                }
            }
        }
        Assert.True(runs > 200 && compared > 60, $"only {runs} runs, {compared} compared");
    }
}
