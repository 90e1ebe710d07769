using Op = Rho.Compiler.Bytecode.Opcode;
using Rho.Machine.Execution;
using Rho.Semantics.Core;

namespace Rho.Machine.Tests.Execution;

/// <summary>The Int fast path of the primitive handlers gives exactly the evaluator's result (<c>Prim/handlers</c>).</summary>
public class PrimitiveFastPathTests
{
    private static readonly long[] Edges = [0, 1, -1, 2, 7, -13, 1_000_003, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, long.MaxValue - 1];

    [Fact]
    [Trait("Rule", "Prim/handlers")]
    public void IntFastPath_AgreesWithTheEvaluator_OnEveryOperatorAndEdgeValues()
    {
        var random = new Random(20261129);
        var values = Edges.Concat(Enumerable.Range(0, 40).Select(_ => random.NextInt64(long.MinValue, long.MaxValue))).ToList();
        for (var op = Op.Or; op <= Op.Interpolate; op++)
        {
            foreach (var x in values)
            {
                foreach (var y in values.Take(16))
                {
                    Proc[] operands = [new GInt(x), new GInt(y)];
                    Assert.Equal(Outcome(() => Primitives.ApplyHandler(op, operands, SourcePos.None)), Outcome(() => Primitives.Apply(op, operands, SourcePos.None)));
                }
            }
        }
    }

    [Fact]
    [Trait("Rule", "Prim/handlers")]
    public void IntFastPath_LeavesOtherTypesToTheEvaluator()
    {
        Proc[] mixed = [new GInt(1), new GString("a")];
        Assert.Equal(Outcome(() => Primitives.ApplyHandler(Op.Add, mixed, SourcePos.None)), Outcome(() => Primitives.Apply(Op.Add, mixed, SourcePos.None)));
        Proc[] strings = [new GString("a"), new GString("b")];
        Assert.Equal(Outcome(() => Primitives.ApplyHandler(Op.Concat, strings, SourcePos.None)), Outcome(() => Primitives.Apply(Op.Concat, strings, SourcePos.None)));
        Assert.Equal("\"ab\"", Outcome(() => Primitives.Apply(Op.Concat, strings, SourcePos.None)));
    }

    /// <summary>The value, or the kind of the runtime error raised.</summary>
    private static string Outcome(Func<Proc> f)
    {
        try
        {
            return Rho.Semantics.Printing.Printer.Print(f());
        }
        catch (Rho.Semantics.Errors.RhoException e)
        {
            return "error " + e.Error.Kind;
        }
    }
}
