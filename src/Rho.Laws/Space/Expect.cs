namespace Rho.Laws.Space;

/// <summary>Checks inside a scenario; a failed check ends it with the scenario as the counterexample.</summary>
internal static class Expect
{
    /// <summary>Raises <see cref="ScenarioFailedException"/> with <paramref name="what"/> unless <paramref name="ok"/>.</summary>
    public static void That(bool ok, string what)
    {
        if (!ok)
        {
            throw new ScenarioFailedException(what);
        }
    }
}

/// <summary>A scenario check failed.</summary>
internal sealed class ScenarioFailedException(string message) : Exception(message);
