using Rho.Semantics.Core;

namespace Rho.Semantics.Errors;

/// <summary>The fixed error taxonomy (spec/semantics.md, "Errors").</summary>
public enum ErrorClass
{
    /// <summary>Syntax: the text is not a Rholang program.</summary>
    Malformed,

    /// <summary>A static check of the normalizer failed (free variables at top level, …).</summary>
    Invalid,

    /// <summary>A language outcome: a process failed at run time. Its siblings go on.</summary>
    Runtime,

    /// <summary>A budget ran out.</summary>
    Exhaustion,

    /// <summary>A bug in RhoSpec, never a language outcome.</summary>
    Crash,
}

/// <summary>
/// One diagnosed error: its class, a stable kind (see <see cref="ErrorKinds"/>), a message, the
/// source position, and for runtime errors the rule id that raised it.
/// </summary>
public sealed record RhoError(ErrorClass Class, string Kind, string Message, SourcePos Pos, string? Rule = null)
{
    /// <summary>The <c>FILE:LINE:COL: error: message</c> form.</summary>
    public string Format(string file) =>
        Pos.IsNone ? $"{file}: error: {Message}" : $"{file}:{Pos.Line}:{Pos.Col}: error: {Message}";
}

/// <summary>The exception that carries a <see cref="RhoError"/> out of a pass.</summary>
public sealed class RhoException : Exception
{
    /// <summary>Wraps an error.</summary>
    public RhoException(RhoError error)
        : base(error.Message) => Error = error;

    /// <summary>Required by CA1032; prefer the <see cref="RhoError"/> constructor.</summary>
    public RhoException()
        : this(new RhoError(ErrorClass.Crash, ErrorKinds.Crash, "unknown error", SourcePos.None)) { }

    /// <summary>Required by CA1032; prefer the <see cref="RhoError"/> constructor.</summary>
    public RhoException(string message)
        : this(new RhoError(ErrorClass.Crash, ErrorKinds.Crash, message, SourcePos.None)) { }

    /// <summary>Required by CA1032; prefer the <see cref="RhoError"/> constructor.</summary>
    public RhoException(string message, Exception inner)
        : base(message, inner) => Error = new RhoError(ErrorClass.Crash, ErrorKinds.Crash, message, SourcePos.None);

    /// <summary>The error.</summary>
    public RhoError Error { get; }

    /// <summary>A syntax error at a position.</summary>
    public static RhoException Malformed(SourcePos pos, string message) =>
        new(new RhoError(ErrorClass.Malformed, ErrorKinds.Syntax, message, pos));

    /// <summary>A static (normalizer) error of the given kind.</summary>
    public static RhoException Invalid(string kind, SourcePos pos, string message) =>
        new(new RhoError(ErrorClass.Invalid, kind, message, pos));

    /// <summary>A runtime error of the given kind, raised by the rule <paramref name="rule"/>.</summary>
    public static RhoException Runtime(string kind, string rule, SourcePos pos, string message) =>
        new(new RhoError(ErrorClass.Runtime, kind, message, pos, rule));

    /// <summary>A bug: something valid code can never reach.</summary>
    public static RhoException Crash(string message) =>
        new(new RhoError(ErrorClass.Crash, ErrorKinds.Crash, message, SourcePos.None));
}

/// <summary>The stable error kinds. Each runtime kind has an <c>Error/…</c> rule id of the same name.</summary>
public static class ErrorKinds
{
    // Malformed
    /// <summary>A lexical or syntax error.</summary>
    public const string Syntax = "syntax";

    // Invalid (static)
    /// <summary>A free variable at top level.</summary>
    public const string TopLevelFreeVariable = "top-level-free-variable";
    /// <summary>A wildcard at top level.</summary>
    public const string TopLevelWildcard = "top-level-wildcard";
    /// <summary>A logical connective at top level.</summary>
    public const string TopLevelConnective = "top-level-connective";
    /// <summary>A variable reference <c>=x</c> to an unbound x.</summary>
    public const string UnboundVariable = "unbound-variable";
    /// <summary>A name variable used as a process, or the reverse.</summary>
    public const string WrongVariableSort = "wrong-variable-sort";
    /// <summary>A pattern variable bound twice in one pattern.</summary>
    public const string VariableReuse = "variable-reuse";
    /// <summary>The same channel twice in one join.</summary>
    public const string ReceiveSameChannel = "receive-same-channel";
    /// <summary><c>\/</c> or <c>~</c> at the top of a receive pattern.</summary>
    public const string ReceivePatternConnective = "receive-pattern-connective";
    /// <summary>A construct the reference parses but does not implement (<c>select</c>).</summary>
    public const string Unsupported = "unsupported";
    /// <summary>A <c>new</c> with a URI that names no system channel.</summary>
    public const string UnknownUri = "unknown-uri";
    /// <summary>An Int literal outside the 64-bit range.</summary>
    public const string IntLiteralRange = "int-literal-range";
    /// <summary>A bundle whose body has free variables, wildcards or connectives.</summary>
    public const string BundleContent = "bundle-content";

    // Runtime (rule id Error/&lt;kind&gt;)
    /// <summary>Division or modulo by zero.</summary>
    public const string DivZero = "div-zero";
    /// <summary>An operator applied to values of the wrong type.</summary>
    public const string Type = "type";
    /// <summary>A method called with the wrong number of arguments.</summary>
    public const string Arity = "arity";
    /// <summary>An index out of bound.</summary>
    public const string Index = "index";
    /// <summary>A method that does not exist, or is not defined on the receiver's type.</summary>
    public const string UnknownMethod = "unknown-method";
    /// <summary>An operand that is a par or a non-expression ("parallel or non expression found where expression expected").</summary>
    public const string NotExpression = "not-expression";
    /// <summary>A send on a bundle without write permission, or a receive without read permission.</summary>
    public const string BundlePermission = "bundle-permission";
    /// <summary>A value that cannot be converted (toInt of a non-number string, hexToBytes of bad hex, …).</summary>
    public const string Conversion = "conversion";

    // Exhaustion and crash
    /// <summary>A budget ran out.</summary>
    public const string Budget = "budget";
    /// <summary>A bug.</summary>
    public const string Crash = "crash";
}
