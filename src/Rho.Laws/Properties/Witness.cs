namespace Rho.Laws.Properties;

/// <summary>
/// Wraps a boolean property and remembers the last input it failed on. Both frameworks evaluate a
/// failing case's shrinks and move to the ones that still fail, so after a failed check the last
/// failing input is the shrunk counterexample. An exception raised by the property is a failure.
/// </summary>
/// <typeparam name="T">The input type.</typeparam>
internal sealed class Witness<T>(Func<T, bool> law)
{
    private T? _last;
    private string? _error;

    /// <summary>Whether some input failed.</summary>
    public bool Failed { get; private set; }

    /// <summary>Evaluates the law on <paramref name="input"/>, remembering a failure.</summary>
    public bool Test(T input)
    {
        try
        {
            if (law(input))
            {
                return true;
            }
            Record(input, null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Record(input, e.GetType().Name + ": " + e.Message);
        }
        return false;
    }

    private void Record(T input, string? error)
    {
        Failed = true;
        _last = input;
        _error = error;
    }

    /// <summary>The counterexample, printed with <paramref name="show"/>; <paramref name="framework"/> names who found it.</summary>
    public Counterexample Counterexample(Func<T, string> show, string framework)
    {
        string source;
        try
        {
            source = show(_last!);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            source = $"(could not print the counterexample: {e.Message})";
        }
        return new Counterexample(source, $"{framework}: " + (_error ?? "the property is false"));
    }
}
