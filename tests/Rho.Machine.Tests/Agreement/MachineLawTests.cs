using Rho.Laws;
using Rho.Laws.Xunit;
using Rho.Machine.Tests.Laws;

namespace Rho.Machine.Tests.Agreement;

/// <summary>
/// The machine laws (spec/machine.md, "Laws") on generated programs, through the law library: one
/// line per law id; the properties live in <c>src/Rho.Laws/Machine</c>.
/// </summary>
public class MachineLawTests
{
    [Fact]
    [Trait("Rule", "Law/soundness")]
    [Trait("Rule", "Mach/readback")]
    [Trait("Rule", "Mach/op")]
    public void Soundness_GeneratedPrograms_EveryMachineOutcomeIsAReducerOutcome() =>
        LawAssert.Holds(LawSets.Machine, "Law/soundness", RhoMachineLaws.Instance);

    /// <summary>
    /// The channel trick blocks the machine between request and answer, so one seed may interleave differently on
    /// the two paths; the law is about outcomes: where the reducer has one outcome both paths give exactly it.
    /// </summary>
    [Fact]
    [Trait("Rule", "Law/channel-trick")]
    [Trait("Rule", "Prim/channel")]
    [Trait("Rule", "Prim/direct")]
    public void ChannelTrick_DeterministicPrograms_BothPathsGiveTheOneOutcome() =>
        LawAssert.Holds(LawSets.Machine, "Law/channel-trick", RhoMachineLaws.Instance);

    [Fact]
    [Trait("Rule", "Law/multiset")]
    public void Multiset_GeneratedPars_RunAlikeInEitherOrder() =>
        LawAssert.Holds(LawSets.Machine, "Law/multiset", RhoMachineLaws.Instance);

    [Fact]
    [Trait("Rule", "Law/isolation")]
    public void Isolation_FailingProcessBeside_ChangesOnlyByTheError() =>
        LawAssert.Holds(LawSets.Machine, "Law/isolation", RhoMachineLaws.Instance);
}
