using System.Text.RegularExpressions;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Conformance;

/// <summary>
/// What the command protocol (spec/conformance.md, "The command protocol") fixes beyond line
/// shapes: the runtime error kinds, by which an exit status of 1 whose first error line names a
/// runtime kind is a run that completed with runtime errors (any other exit 1 is a rejection), and
/// the one-line form of a residual process.
/// </summary>
public static partial class Protocol
{
    /// <summary>The runtime error kinds (spec/expressions.md, <c>Error/…</c>), in spec order.</summary>
    public static IReadOnlyList<string> Runtime { get; } =
    [
        ErrorKinds.DivZero, ErrorKinds.Type, ErrorKinds.Arity, ErrorKinds.Index,
        ErrorKinds.UnknownMethod, ErrorKinds.NotExpression, ErrorKinds.BundlePermission, ErrorKinds.Conversion,
    ];

    /// <summary>True when <paramref name="kind"/> is a runtime error kind.</summary>
    public static bool IsRuntime(string? kind) => kind is not null && Runtime.Contains(kind);

    /// <summary>
    /// The one-line form of a printed process: every line break and the indentation after it
    /// become one space. The printer writes no raw line break inside a string literal, so this
    /// loses nothing; residuals are compared in this form.
    /// </summary>
    public static string OneLine(string process)
    {
        ArgumentNullException.ThrowIfNull(process);
        return LineBreak().Replace(process.Trim(), " ");
    }

    [GeneratedRegex(@"\s*\r?\n\s*")]
    private static partial Regex LineBreak();
}
