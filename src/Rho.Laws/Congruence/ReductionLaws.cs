using FsCheck;
using FsCheck.Fluent;
using Rho.Semantics.Reduction;
using Rho.Semantics.Tests.Generators;

namespace Rho.Semantics.Tests.Properties;

/// <summary>
/// Properties of the reducer over generated closed processes (spec/semantics.md): congruent
/// programs have the same successors and the same outcomes, and the explorer's reduction
/// (administrative steps first) loses no outcome.
/// </summary>
public class ReductionProperties
{
    private static readonly ExploreOptions Small = new(MaxStates: 1500, MaxDepth: 200);

    private static HashSet<State> Successors(State s) => Reducer.Step(s).Select(t => t.Target).ToHashSet();

    [Fact]
    [Trait("Rule", "Law/step-congruence")]
    public void Step_CongruentStatesHaveEqualSuccessorSets_FsCheck() => Seeds.Run("step-congruence", () =>
        Check.One(Seeds.FsCheck(150), Prop.ForAll(PropertyGens.Arbitrary(10), FsCheck.Fluent.ArbMap.Default.ArbFor<int>(), (s, seed) =>
        {
            var p = CongruenceProperties.Compile(s);
            var q = CongruenceProperties.Compile(SyntaxTransforms.RenameBound(SyntaxTransforms.ShufflePars(s, new Random(seed))));
            return Core.DeepStack.Run(() => Successors(Reducer.Initial(p)).SetEquals(Successors(Reducer.Initial(q))));
        })));

    [Fact]
    [Trait("Rule", "Law/outcomes-par-order")]
    public void Explore_OutcomesDoNotDependOnParOrder_Hedgehog() => Seeds.Run("outcomes-par-order", () =>
        Seeds.Hedgehog(PropertyGens.Hedgehog(10), s =>
            {
                var a = Explorer.Explore(CongruenceProperties.Compile(s), Small);
                var b = Explorer.Explore(CongruenceProperties.Compile(SyntaxTransforms.ShufflePars(s, new Random(s.GetHashCode()))), Small);
                return !a.IsComplete || !b.IsComplete || a.Outcomes.ToHashSet().SetEquals(b.Outcomes);
            }, 100));

    [Fact]
    [Trait("Rule", "Law/administrative-first")]
    public void Explore_AdministrativeFirstGivesTheSameOutcomesAsAllInterleavings_FsCheck() => Seeds.Run("administrative-first", () =>
        Check.One(Seeds.FsCheck(100), Prop.ForAll(PropertyGens.Arbitrary(8), s =>
        {
            var p = CongruenceProperties.Compile(s);
            var reduced = Explorer.Explore(p, Small);
            var full = Explorer.Explore(p, Small with { AllInterleavings = true });
            return !reduced.IsComplete || !full.IsComplete || reduced.Outcomes.ToHashSet().SetEquals(full.Outcomes);
        })));
}
