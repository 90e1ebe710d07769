namespace Rho.Cli;

/// <summary>The documented exit codes of the <c>rho</c> command (README, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Success; for <c>reduce</c>, a complete exploration.</summary>
    public const int Ok = 0;

    /// <summary>The program is malformed or invalid (<c>FILE:LINE:COL: error: …</c>), or the file cannot be read.</summary>
    public const int ProgramError = 1;

    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;

    /// <summary>A budget ran out (states, depth or steps): the result is partial.</summary>
    public const int BudgetExhausted = 3;

    /// <summary>
    /// The program ran and raised runtime errors (<c>rho run</c>); the same code as a static
    /// error, as the machine issue specifies: the program is at fault, and stderr says where.
    /// </summary>
    public const int RuntimeError = ProgramError;

    /// <summary>
    /// <c>rho check</c>: the machine reached an outcome that is not one of the reducer's, or (with
    /// <c>--exhaustive</c>) the machine's and the reducer's outcome sets differ.
    /// </summary>
    public const int Disagreement = 4;

    /// <summary>An internal error of RhoSpec (a bug); reported without a stack trace.</summary>
    public const int InternalError = 70;
}
