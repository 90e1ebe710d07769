namespace Rho.Semantics.Reduction;

/// <summary>
/// The reduction rule ids (spec/semantics.md, "Reduction rules"). Administrative rules are
/// invisible and local; communication and system rules are the observable steps.
/// </summary>
public static class Rules
{
    /// <summary><c>new x1…xn in P → P{fresh names}</c> (administrative).</summary>
    public const string NewFresh = "New/fresh";

    /// <summary><c>match v { … p => P … }</c> fires the first case whose pattern matches v (administrative).</summary>
    public const string MatchCase = "Match/case";

    /// <summary>A match with no matching case reduces to Nil (administrative).</summary>
    public const string MatchNone = "Match/none";

    /// <summary>A send's channel and arguments are evaluated; a bundle channel is unwrapped (administrative).</summary>
    public const string EvalSend = "Eval/send";

    /// <summary>A receive's sources are evaluated; bundle sources are unwrapped (administrative).</summary>
    public const string EvalReceive = "Eval/receive";

    /// <summary>A method call in process position runs its result (administrative).</summary>
    public const string EvalMethod = "Eval/method";

    /// <summary>A bundle in process position runs its body (administrative).</summary>
    public const string EvalBundle = "Eval/bundle";

    /// <summary>Any other expression in process position is inert data and is discarded (administrative).</summary>
    public const string ExprInert = "Expr/inert";

    /// <summary>A linear receive on one channel meets a linear send.</summary>
    public const string CommLinear = "Comm/linear";

    /// <summary>A receive on one channel meets a send, and one of them is persistent and stays.</summary>
    public const string CommPersistent = "Comm/persistent";

    /// <summary>A peek on one channel reads a send without consuming it.</summary>
    public const string CommPeek = "Comm/peek";

    /// <summary>A receive over two or more channels fires when every channel has a matching send.</summary>
    public const string CommJoin = "Comm/join";

    /// <summary><c>stdout!(v)</c> prints v.</summary>
    public const string SysStdout = "Sys/stdout";

    /// <summary><c>stdoutAck!(v, k)</c> prints v, then sends Nil on k.</summary>
    public const string SysStdoutAck = "Sys/stdoutAck";

    /// <summary><c>stderr!(v)</c> prints v on standard error.</summary>
    public const string SysStderr = "Sys/stderr";

    /// <summary><c>stderrAck!(v, k)</c> prints v on standard error, then sends Nil on k.</summary>
    public const string SysStderrAck = "Sys/stderrAck";

    /// <summary>The system channel URIs and their arities.</summary>
    public static readonly IReadOnlyDictionary<string, int> SystemChannels = new Dictionary<string, int>
    {
        ["rho:io:stdout"] = 1,
        ["rho:io:stdoutAck"] = 2,
        ["rho:io:stderr"] = 1,
        ["rho:io:stderrAck"] = 2,
    };
}
