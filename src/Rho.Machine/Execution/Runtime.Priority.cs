namespace Rho.Machine.Execution;

internal sealed partial class Runtime
{
    /// <summary>
    /// <c>Sched/priority</c>: the oldest pending communication (a poll or a repeating system send) runs first, so
    /// blocked continuations are served as soon as a partner may exist; otherwise the runnable machine with the
    /// fewest steps in the resource map (<c>Sched/resources</c>; a machine that has not run has 0), the oldest among
    /// equals, so a long computation cannot hold back machines that have barely started. Called under the queue lock.
    /// </summary>
    private int PriorityIndex()
    {
        var best = -1;
        var fewest = long.MaxValue;
        for (var i = _head; i < _active.Count; i++)
        {
            if (_active[i] is not StateMachine m)
            {
                return i;
            }
            var steps = Resources.TryGetValue(m.PrivateChannel.Id, out var n) ? n : 0;
            if (steps < fewest)
            {
                fewest = steps;
                best = i;
            }
        }
        return best;
    }

    /// <summary>Moves the task at <paramref name="i"/> to the head, keeping the others in their order.</summary>
    private void MoveToHead(int i)
    {
        var task = _active[i];
        for (var j = i; j > _head; j--)
        {
            _active[j] = _active[j - 1];
        }
        _active[_head] = task;
    }
}
