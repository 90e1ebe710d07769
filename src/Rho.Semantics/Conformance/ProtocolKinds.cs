using Rho.Semantics.Errors;

namespace Rho.Semantics.Conformance;

/// <summary>
/// The error kinds the command protocol reads (spec/conformance.md, "Exit status"): an exit status
/// of 1 whose first error line names a runtime kind is a run that completed with runtime errors;
/// any other exit 1 is a rejection.
/// </summary>
public static class ProtocolKinds
{
    /// <summary>The runtime error kinds (spec/expressions.md, <c>Error/…</c>), in spec order.</summary>
    public static IReadOnlyList<string> Runtime { get; } =
    [
        ErrorKinds.DivZero, ErrorKinds.Type, ErrorKinds.Arity, ErrorKinds.Index,
        ErrorKinds.UnknownMethod, ErrorKinds.NotExpression, ErrorKinds.BundlePermission, ErrorKinds.Conversion,
    ];

    /// <summary>True when <paramref name="kind"/> is a runtime error kind.</summary>
    public static bool IsRuntime(string? kind) => kind is not null && Runtime.Contains(kind);
}
