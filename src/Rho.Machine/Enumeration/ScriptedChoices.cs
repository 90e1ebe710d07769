namespace Rho.Machine.Enumeration;

/// <summary>
/// A generator driven by a choice script (<c>Mach/controlled</c>): the i-th call of <see cref="Next(int)"/> returns
/// the script's i-th entry while there is one, then 0; every call is recorded with its arity, so the explorer can
/// backtrack to the deepest call with an untried alternative. Plugged in as the random policy's generator, it makes
/// each scheduling choice (the next task, the RSpace's continuation and data) replayable.
/// </summary>
internal sealed class ScriptedChoices(IReadOnlyList<int> script) : Random
{
    private readonly List<(int Choice, int Arity)> _trace = [];

    /// <summary>The choices made so far, each with the number of alternatives it had.</summary>
    public IReadOnlyList<(int Choice, int Arity)> Trace => _trace;

    /// <summary>Whether every scripted choice has been replayed (the run is in unexplored territory).</summary>
    public bool PastScript => _trace.Count >= script.Count;

    /// <inheritdoc/>
    public override int Next(int maxValue)
    {
        var i = _trace.Count;
        var choice = i < script.Count ? script[i] : 0;
        if (choice >= maxValue)
        {
            throw new InvalidOperationException($"choice {choice} of {maxValue} at {i}: the replay diverged");
        }
        _trace.Add((choice, maxValue));
        return choice;
    }

    /// <inheritdoc/>
    public override int Next() => Next(int.MaxValue);

    /// <inheritdoc/>
    public override int Next(int minValue, int maxValue) => minValue + Next(maxValue - minValue);

    /// <summary>The script of the next run in depth-first order: the deepest choice with an untried alternative, advanced; null when none is left.</summary>
    public List<int>? NextScript()
    {
        for (var i = _trace.Count - 1; i >= 0; i--)
        {
            if (_trace[i].Choice + 1 < _trace[i].Arity)
            {
                var next = _trace.Take(i).Select(t => t.Choice).ToList();
                next.Add(_trace[i].Choice + 1);
                return next;
            }
        }
        return null;
    }
}
