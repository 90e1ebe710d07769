using System.Runtime.ExceptionServices;

namespace Rho.Machine.Execution;

internal sealed partial class Runtime
{
    private const int WorkerStack = 256 * 1024 * 1024;
    private int _busy;

    /// <summary>Workers waiting on the queue lock: only then does <c>Enqueue</c> pulse it (a pulse inflates the lock).</summary>
    private int _waiting;

    /// <summary>
    /// <c>Sched/threads</c>: a pool of <paramref name="threads"/> workers takes tasks from the shared active queue;
    /// the run ends when the queue is empty and no worker is busy, or when the budget is spent. Each worker draws
    /// its communication choices from its own generator (seed, worker index); the interleaving is the threads'.
    /// </summary>
    public bool RunParallel(int threads)
    {
        _concurrent = true;
        Space.Concurrent = true;
        ExceptionDispatchInfo? failure = null;
        var workers = Enumerable.Range(0, threads).Select(index => new Thread(
            () =>
            {
                try
                {
                    Work(_random is null ? null : new Random(HashCode.Combine(_options.Seed, index)));
                }
#pragma warning disable CA1031 // A crash in a worker is rethrown on the caller's thread after the pool stops.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failure ??= ExceptionDispatchInfo.Capture(e);
                    _exhausted = true;
                    lock (_queueLock)
                    {
                        Monitor.PulseAll(_queueLock);
                    }
                }
            },
            WorkerStack)).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        failure?.Throw();
        return !_exhausted;
    }

    private void Work(Random? random)
    {
        while (true)
        {
            object task;
            lock (_queueLock)
            {
                while (true)
                {
                    if (_exhausted)
                    {
                        return;
                    }
                    if (Take(out task))
                    {
                        _busy++;
                        break;
                    }
                    if (_busy == 0)
                    {
                        Monitor.PulseAll(_queueLock);
                        return;
                    }
                    _waiting++;
                    Monitor.Wait(_queueLock);
                    _waiting--;
                }
            }
            try
            {
                RunTask(task, random);
            }
            finally
            {
                lock (_queueLock)
                {
                    _busy--;
                    if (_waiting > 0)
                    {
                        Monitor.PulseAll(_queueLock);
                    }
                }
            }
        }
    }
}
