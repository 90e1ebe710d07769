using Rho.Laws.Generators;
using Rho.Semantics.Core;

namespace Rho.Laws.Tests.Generators;

/// <summary>
/// How the core generator reads its choices (its doc comment, "Reading"), one example per rule. A
/// saved list of choices (a replay, a shrunk counterexample) names the same term in every build
/// only if this reading stays put.
/// </summary>
public class CoreGenReadingTests
{
    private static readonly Seq<Proc> None = Seq<Proc>.Empty;

    public static TheoryData<string, int[], Proc> Examples => new()
    {
        // new (4) of one name (0); par (5) of the name itself (7: the only bound variable is read
        // without a choice) and a send (1) on it; the used-up list ends the par with Nil.
        { "forced picks read nothing", [4, 0, 5, 7, 1], new New(1, Seq<string>.Empty, new Par(Seq.Of<Proc>(new BoundVar(0), new Send(new BoundVar(0), None, true), Nil.Instance))) },
        { "par: an odd choice gives a third process", [5, 0, 0, 1, 1], new Par(Seq.Of<Proc>(Nil.Instance, Nil.Instance, new Send(new GInt(0), None, true))) },
        { "par: an even choice gives Nil third", [5, 0, 0, 0, 1], new Par(Seq.Of<Proc>(Nil.Instance, Nil.Instance, Nil.Instance)) },
        { "bundle: even sets a flag", [8, 1, 2, 0, 1], new Bundle(new GString("c2"), true, false) },
        { "bundle: odd clears it", [8, 1, 2, 1, 0], new Bundle(new GString("c2"), false, true) },
        { "value: \"a\" on even", [9, 3, 0, 1, 0], new Send(new GInt(0), Seq.Of<Proc>(new GString("a")), false) },
        { "value: \"b\" on odd", [9, 3, 0, 1, 1], new Send(new GInt(0), Seq.Of<Proc>(new GString("b")), false) },
        { "value: true on even", [9, 3, 0, 2, 0], new Send(new GInt(0), Seq.Of<Proc>(new GBool(true)), false) },
        { "value: false on odd", [9, 3, 0, 2, 1], new Send(new GInt(0), Seq.Of<Proc>(new GBool(false)), false) },
        { "value: Int -1", [9, 3, 0, 6, 0], new Send(new GInt(0), Seq.Of<Proc>(new GInt(-1)), false) },
        { "value: Int 3", [9, 3, 0, 6, 4], new Send(new GInt(0), Seq.Of<Proc>(new GInt(3)), false) },
        { "value: a bound variable", [4, 0, 9, 3, 0, 0], new New(1, Seq<string>.Empty, new Send(new GInt(0), Seq.Of<Proc>(new BoundVar(0)), false)) },
        { "channel: a bound variable", [4, 0, 9, 0, 1, 0], new New(1, Seq<string>.Empty, new Send(new BoundVar(0), Seq.Of<Proc>(new GString("a")), false)) },
        { "channel: a quoted send", [1, 2, 1], new Send(new Send(new GInt(1), None, false), None, true) },
        {
            "value at depth 0: no process",
            [5, 5, 9, 3, 0, 4, 1],
            new Par(Seq.Of<Proc>(new Par(Seq.Of<Proc>(new Send(new GInt(0), Seq.Of<Proc>(new GInt(0)), false), Nil.Instance, Nil.Instance)), Nil.Instance, Nil.Instance))
        },
        {
            "match target at depth 0: no process",
            [5, 5, 6, 4, 2],
            new Par(Seq.Of<Proc>(new Par(Seq.Of<Proc>(new Match(new GInt(1), Seq.Of(new MatchCase(new GInt(0), Nil.Instance, 0), new MatchCase(new FreeVar(0), Nil.Instance, 1))), Nil.Instance, Nil.Instance)), Nil.Instance, Nil.Instance))
        },
        {
            "a list's values one level down: no process",
            [5, 5, 9, 3, 0, 5, 1, 4, 1],
            new Par(Seq.Of<Proc>(new Par(Seq.Of<Proc>(new Send(new GInt(0), Seq.Of<Proc>(new EList(Seq.Of<Proc>(new GInt(0)), null)), false), Nil.Instance, Nil.Instance)), Nil.Instance, Nil.Instance))
        },
        { "expression: true && ...", [2, 1, 0], new EBinary(BinaryOp.ShortAnd, new GBool(true), new EBinary(BinaryOp.Lt, new GInt(-1), new GInt(-1))) },
        { "expression: false && ...", [2, 1, 1], new EBinary(BinaryOp.ShortAnd, new GBool(false), new EBinary(BinaryOp.Lt, new GInt(-1), new GInt(-1))) },
        { "operand: a bound variable on 0", [4, 0, 2, 2, 0], new New(1, Seq<string>.Empty, new EUnary(UnaryOp.Neg, new BoundVar(0))) },
        { "operand: else an Int -1..2", [4, 0, 2, 2, 1, 3], new New(1, Seq<string>.Empty, new EUnary(UnaryOp.Neg, new GInt(2))) },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void BuildRaw_ReadsTheChoicesAsDocumented(string rule, int[] choices, Proc expected)
    {
        Assert.True(expected == CoreGen.BuildRaw(choices), $"{rule}: got {CoreGen.BuildRaw(choices)}");
    }
}
