using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Semantics.Evaluation;

/// <summary>
/// The runtime errors of evaluation (spec/expressions.md, "Errors"): each is raised with kind k,
/// rule id <c>Error/k</c> and the position of the failing term.
/// </summary>
internal static class Fail
{
    /// <summary><c>Error/type</c>: an operator or conversion applied to values of the wrong type.</summary>
    public static RhoException Type(SourcePos at, string message) => Make(ErrorKinds.Type, at, message);

    /// <summary><c>Error/type</c> in the reference's wording for an operator: "Operator `op` is not defined on T."</summary>
    public static RhoException Operator(SourcePos at, string op, Proc v) =>
        Type(at, $"Operator `{op}` is not defined on {Values.TypeName(v)}.");

    /// <summary><c>Error/arity</c>: a method called with the wrong number of arguments.</summary>
    public static RhoException Arity(SourcePos at, string method, int expected, int actual) =>
        Make(ErrorKinds.Arity, at, $"Method `{method}` expects {expected} Par argument(s), but got {actual} argument(s).");

    /// <summary><c>Error/index</c>: an index out of bound.</summary>
    public static RhoException Index(SourcePos at, string message) => Make(ErrorKinds.Index, at, message);

    /// <summary><c>Error/unknown-method</c>: no such method.</summary>
    public static RhoException UnknownMethod(SourcePos at, string method) =>
        Make(ErrorKinds.UnknownMethod, at, $"Unimplemented method: {method}");

    /// <summary><c>Error/unknown-method</c>: the method is not defined on the receiver's type.</summary>
    public static RhoException MethodNotDefined(SourcePos at, string method, string typeName) =>
        Make(ErrorKinds.UnknownMethod, at, $"Method `{method}` is not defined on {typeName}.");

    /// <summary><c>Error/unknown-method</c> for a receiver value.</summary>
    public static RhoException MethodNotDefined(SourcePos at, string method, Proc v) =>
        MethodNotDefined(at, method, Values.TypeName(v));

    /// <summary><c>Error/conversion</c>: a value that cannot be converted.</summary>
    public static RhoException Conversion(SourcePos at, string message) => Make(ErrorKinds.Conversion, at, message);

    /// <summary><c>Error/div-zero</c>: division or modulo by zero.</summary>
    public static RhoException DivZero(SourcePos at, string message) => Make(ErrorKinds.DivZero, at, message);

    /// <summary><c>Error/not-expression</c>: a par or a non-expression where one expression is expected.</summary>
    public static RhoException NotExpression(SourcePos at, string message) => Make(ErrorKinds.NotExpression, at, message);

    private static RhoException Make(string kind, SourcePos at, string message) =>
        RhoException.Runtime(kind, "Error/" + kind, at, message);
}
