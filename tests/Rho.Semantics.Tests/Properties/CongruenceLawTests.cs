using Rho.Laws;
using Rho.Laws.Congruence;
using Rho.Laws.Xunit;

namespace Rho.Semantics.Tests.Properties;

/// <summary>
/// The congruence and reducer laws (spec/semantics.md, "Laws") on the model itself, through the law
/// library: one line per law id, the properties live in <c>src/Rho.Laws/Congruence</c>.
/// </summary>
public class CongruenceLawTests
{
    private static readonly IReducer Model = ReferenceReducer.Instance;

    [Fact]
    [Trait("Rule", "Law/print-parse")]
    [Trait("Rule", "Print/source")]
    public void PrintThenParse_IsIdentityUpToCongruence() => LawAssert.Holds(LawSets.Congruence, "Law/print-parse", Model);

    [Fact]
    [Trait("Rule", "Law/canon-idempotent")]
    public void Canon_IsIdempotent() => LawAssert.Holds(LawSets.Congruence, "Law/canon-idempotent", Model);

    [Fact]
    [Trait("Rule", "Cong/par-comm")]
    [Trait("Rule", "Cong/par-assoc")]
    public void Canon_InvariantUnderParReorderingAndRegrouping() => LawAssert.Holds(LawSets.Congruence, "Cong/par-comm", Model);

    [Fact]
    [Trait("Rule", "Cong/par-nil")]
    public void Canon_InvariantUnderNilInsertion() => LawAssert.Holds(LawSets.Congruence, "Cong/par-nil", Model);

    [Fact]
    [Trait("Rule", "Cong/alpha")]
    public void Canon_InvariantUnderAlphaRenaming() => LawAssert.Holds(LawSets.Congruence, "Cong/alpha", Model);

    [Fact]
    [Trait("Rule", "Law/canon-sensitive")]
    public void Canon_ChangesWhenOneLeafChanges() => LawAssert.Holds(LawSets.Congruence, "Law/canon-sensitive", Model);

    [Fact]
    [Trait("Rule", "Law/step-congruence")]
    public void Step_CongruentStatesHaveEqualSuccessorSets() => LawAssert.Holds(LawSets.Congruence, "Law/step-congruence", Model);

    [Fact]
    [Trait("Rule", "Law/outcomes-par-order")]
    public void Explore_OutcomesDoNotDependOnParOrder() => LawAssert.Holds(LawSets.Congruence, "Law/outcomes-par-order", Model);

    [Fact]
    [Trait("Rule", "Law/administrative-first")]
    public void Explore_AdministrativeFirstGivesTheSameOutcomesAsAllInterleavings() => LawAssert.Holds(LawSets.Congruence, "Law/administrative-first", Model);
}
