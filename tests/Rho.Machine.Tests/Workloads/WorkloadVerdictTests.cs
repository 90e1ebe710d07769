using Rho.Machine.Workloads;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Machine.Tests.Workloads;

/// <summary>
/// When a workload's run counts as a measurement (<see cref="Measurement.Mismatch"/>), over results built by hand:
/// the shipped programs never raise an error, never print two lines and never exhaust <c>Take</c>'s unlimited budget,
/// so only a built result reaches those parts of the verdict. And which manifest resources are workload programs.
/// </summary>
public sealed class WorkloadVerdictTests
{
    private static readonly RhoError Boom = new(ErrorClass.Runtime, ErrorKinds.DivZero, "division by zero", SourcePos.None);

    private static MachineResult Result(string[] stdout, RhoError[]? errors = null, bool exhausted = false) =>
        new(Seq.Of(stdout), Seq<string>.Empty, Seq.Of(errors ?? []), exhausted, 10, 1, Nil.Instance);

    [Fact]
    public void TheExpectedLineAlone_CountsAsAMeasurement()
    {
        Assert.Null(Measurement.Mismatch("ring", "3", Result(["3"])));
    }

    [Fact]
    public void TheExpectedLine_WithAnError_IsRejected_AndCountsTheErrors()
    {
        Assert.Equal(
            "workload ring: expected stdout [3], got [3] with 1 error(s)",
            Measurement.Mismatch("ring", "3", Result(["3"], [Boom])));
    }

    [Fact]
    public void TheExpectedLine_WithTheBudgetExhausted_IsRejected_AndSaysSo()
    {
        Assert.Equal(
            "workload ring: expected stdout [3], got [3] with 0 error(s), budget exhausted",
            Measurement.Mismatch("ring", "3", Result(["3"], exhausted: true)));
    }

    [Fact]
    public void TwoLines_AreRejected_AndListedCommaSeparated()
    {
        Assert.Equal(
            "workload ping: expected stdout [3], got [3, 3] with 2 error(s), budget exhausted",
            Measurement.Mismatch("ping", "3", Result(["3", "3"], [Boom, Boom], exhausted: true)));
    }

    [Fact]
    public void ProgramNames_TakeOnlyThisAssemblysWorkloadPrograms_ByName_InOrdinalOrder()
    {
        string[] resources =
        [
            "Rho.Machine.Workloads.ring.rho",
            "Rho.Machine.Workloads.notes.txt",
            "Other.Assembly.ring.rho",
            "Rho.Machine.Workloads.Fan.rho",
            "rho",
        ];
        Assert.Equal(["Fan", "ring"], Workload.ProgramNames(resources));
    }
}
