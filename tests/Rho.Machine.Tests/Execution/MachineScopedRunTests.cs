using Rho.Compiler;
using Rho.Semantics;

namespace Rho.Machine.Tests.Execution;

/// <summary>
/// Survivors of the scoped Machine mutation run of the execution files (mutation-reports/partial-machine/execution):
/// the public entry points' refusal of a missing program, and the position of an error raised by a unary primitive.
/// </summary>
public class MachineScopedRunTests
{
    [Fact]
    public void EntryPoints_RefuseAMissingProgram()
    {
        Assert.Throws<ArgumentNullException>(() => Snapshots.AfterLoad(null!));
        Assert.Throws<ArgumentNullException>(() => RhoMachine.Run(null!));
        Assert.Throws<ArgumentNullException>(() => RhoMachine.Explore(null!));
    }

    [Theory]
    [InlineData(PrimitivePath.Direct)]
    [InlineData(PrimitivePath.Channel)]
    [Trait("Rule", "Mach/error")]
    public void Error_OfAUnaryPrimitive_CarriesTheReducersKindMessageAndPosition(PrimitivePath path)
    {
        // The operand arrives at run time, so the primitive itself raises (no constant folding).
        const string source = "new out(`rho:io:stdout`), c in {\n  c!(true) | for (@v <- c) { out!(-v) }\n}";
        var r = RhoMachine.Run(RhoCompiler.Compile(Rholang.Compile(source)), new MachineOptions(Primitives: path));
        var expected = Assert.Single(Rholang.Reduce(source).Outcomes).Errors;
        Assert.Equal(expected, r.Errors);
        var pos = Assert.Single(r.Errors).Pos;
        Assert.Equal((2, 35), (pos.Line, pos.Col));
    }
}
