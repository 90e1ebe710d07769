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
        // Stryker disable once Logical : with several workers the interleaving is the threads' under every policy, so whether a policy lets workers keep tasks shows only in speed (outcomes of the same set, Law/soundness)
        _local = _random is null && _options.Scheduler == SchedulerPolicy.Fifo;
        // Stryker disable once Equality : as above: generators for the workers of a deterministic policy, or none for random ones, change which partners and tasks are drawn, never the set of outcomes the threads can reach
        _workers = Enumerable.Range(0, threads)
            .Select(index => new Worker(this, _random is null ? null : new Random(HashCode.Combine(_options.Seed, index))))
            .ToArray();
        ExceptionDispatchInfo? failure = null;
        var threadsRun = _workers.Select(w => new Thread(
            () =>
            {
                t_worker = w;
                // Stryker disable once Statement : without its pool a worker makes a new machine each time instead of reusing a halted one (Recycle and NewMachine skip a null pool); only allocation and speed differ
                w.Pool = new();
                try
                {
                    Work(w);
                }
#pragma warning disable CA1031 // A crash in a worker is rethrown on the caller's thread after the pool stops.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    // Stryker disable once Assignment : with one crash, keeping the first or the last is the same; two crashes in one run would each be a bug to report
                    failure ??= ExceptionDispatchInfo.Capture(e);
                    _exhausted = true;
                    lock (_queueLock)
                    {
                        // Stryker disable once Statement : needed only when another worker is waiting at the moment of the crash, a race no test can bring about on demand (ACrashInAWorker_IsRethrownOnTheCallersThread passes either way)
                        Monitor.PulseAll(_queueLock);
                    }
                }
                finally
                {
                    Stop(w);
                }
            },
            WorkerStack)).ToList();
        threadsRun.ForEach(t => t.Start());
        threadsRun.ForEach(t => t.Join());
        failure?.Throw();
        return !_exhausted;
    }

    /// <summary>
    /// A worker's loop: it runs the task it kept (<c>Sched/local</c>) while it has one, at most <see cref="LocalRun"/>
    /// in a row; otherwise it puts that task in the shared queue and takes the next one there by the policy, waiting
    /// while the queue is empty and another worker is busy (that one may make tasks runnable).
    /// </summary>
    private void Work(Worker w)
    {
        object? task = null;
        while (true)
        {
            if (task is not null)
            {
                RunTask(task, w, w.Random);
                if (w.Next is { } next &&
                    // Stryker disable once Equality : how many kept tasks a worker runs in a row only changes which interleaving the threads take (Law/soundness holds for all of them)
                    w.Run < LocalRun && !_exhausted)
                {
                    w.Next = null;
                    w.Run++;
                    task = next;
                    continue;
                }
            }
            lock (_queueLock)
            {
                if (task is not null)
                {
                    _busy--;
                    task = null;
                }
                if (w.Next is { } kept)
                {
                    _active.Add(kept);
                    w.Next = null;
                }
                w.Run = 0;
                while (true)
                {
                    if (_exhausted)
                    {
                        Monitor.PulseAll(_queueLock);
                        return;
                    }
                    if (Take(out task))
                    {
                        break;
                    }
                    if (_busy == 0)
                    {
                        Monitor.PulseAll(_queueLock);
                        return;
                    }
                    ReturnCredit(w);
                    // Stryker disable once Statement,Update : the count of waiting workers only decides whether to wake them; a wrong count wakes too many (time) or too few, which wake at the next task queued or when the last busy worker ends the run
                    _waiting++;
                    Monitor.Wait(_queueLock);
                    // Stryker disable once Statement,Update : as above
                    _waiting--;
                }
                _busy++;
                // Stryker disable once Equality,Boolean,Statement : waking the idle workers when tasks are left only lets them help sooner; unwoken, they wake at the next task queued or when the run ends
                if (_waiting > 0 && _active.Count > _head)
                {
                    Monitor.PulseAll(_queueLock);
                }
            }
        }
    }

    /// <summary>A stopping worker gives its credit back to the budget and adds its count of machines to the total.</summary>
    private void Stop(Worker w)
    {
        ReturnCredit(w);
        Interlocked.Add(ref _machinesSpawned, w.Spawned);
    }
}
