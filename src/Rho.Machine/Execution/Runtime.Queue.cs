namespace Rho.Machine.Execution;

/// <summary>The active queue (<c>Sched/queue</c>): taking a task by the policy, and adding one.</summary>
internal sealed partial class Runtime
{
    /// <summary>
    /// <c>Sched/fifo</c> takes the oldest task; <c>Sched/random</c> takes any, from the generator;
    /// <c>Sched/priority</c> takes the oldest communication, else the machine with the fewest steps (oldest first).
    /// The caller holds the queue's lock (workers, in <c>Work</c>) or is the only thread running the machine (<c>RunOne</c>).
    /// </summary>
    private bool Take(out object task)
    {
        if (_active.Count <= _head)
        {
            task = null!;
            return false;
        }
        if (_random is not null)
        {
            var i = _head + _random.Next(_active.Count - _head);
            (_active[i], _active[_head]) = (_active[_head], _active[i]);
        }
        else if (_options.Scheduler == SchedulerPolicy.Priority)
        {
            MoveToHead(PriorityIndex());
        }
        task = _active[_head];
        _active[_head++] = null!;
        // Stryker disable once all : dropping the taken prefix at any moment keeps every queued task in order; only memory differs
        var compact = _head > 1024 && _head * 2 > _active.Count;
        if (
            // Stryker disable once Boolean : as above
            compact)
        {
            _active.RemoveRange(0, _head);
            _head = 0;
        }
        return true;
    }

    private void Enqueue(object task)
    {
        // Stryker disable once all : with one thread the locked path queues the same task; only the choice of path is exempt
        if (_concurrent)
        {
            if (_local && Local is { } w)
            {
                Keep(w, task);
                return;
            }
            EnqueueShared(task);
            return;
        }
        _active.Add(task);
    }

    private void EnqueueShared(object task)
    {
        lock (_queueLock)
        {
            _active.Add(task);
            // Stryker disable once all : a worker not woken here is woken when a busy worker ends its task (Work pulses then), and the busy ones take this task meanwhile
            if (_waiting > 0)
            {
                Monitor.PulseAll(_queueLock);
            }
        }
    }
}
