using Rho.Compiler;
using Rho.Compiler.Bytecode;
using Rho.Laws.Generators;
using Rho.Compiler.Tests.Verify;
using Rho.Semantics;
using Rho.Semantics.Errors;

namespace Rho.Machine.Tests.Execution;

/// <summary>
/// The second half of the compiler's <c>Law/verify</c> (spec/laws.md): a random mutation of a
/// compiled program is either rejected by the verifier, or it verifies and then runs on the
/// machine without any exception escaping — a runtime error or an exhausted budget is fine.
/// </summary>
public class MutatedCodeTests
{
    [Fact]
    public void VerifiedMutations_RunWithoutAnEscapingException()
    {
        var rng = new Random((int)Props.Seed);
        var examples = Directory.GetFiles(Path.Combine(Oracle.RepoRoot(), "examples"), "*.rho").Order(StringComparer.Ordinal).ToList();
        var ran = 0;
        for (var round = 0; round < Props.Tests(200); round++)
        {
            var source = File.ReadAllText(examples[round % examples.Count]);
            var file = RhoCompiler.Serialize(RhoCompiler.Compile(Rholang.Compile(source)), withSourceMap: false);
            var mutated = BytecodeMutations.Mutate(file, rng);
            CompiledProcess program;
            try
            {
                program = RhoCompiler.Load(mutated);
            }
            catch (RhoException e) when (e.Error.Kind == RhoCompiler.BytecodeErrorKind)
            {
                continue;
            }
            try
            {
                var result = RhoMachine.Run(program, new MachineOptions(MaxSteps: 5_000));
                Assert.NotNull(result.Residual);
            }
            catch (RhoException e) when (e.Error.Class is ErrorClass.Runtime or ErrorClass.Exhaustion)
            {
                // A language outcome of the mutated program, reported as such.
            }
            ran++;
        }
        Assert.True(ran > 0, $"no mutation verified in {Props.Tests(200)} rounds (seed {Props.Seed}): the run half of the law was not exercised");
    }
}
