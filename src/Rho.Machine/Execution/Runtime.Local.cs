namespace Rho.Machine.Execution;

/// <summary>
/// <c>Sched/local</c>: what each worker keeps to itself, so that independent work on several threads meets no lock
/// and no shared counter at every step: the task it made runnable last (run next, at most <see cref="LocalRun"/>
/// times in a row), a credit of steps drawn from the budget, a block of private ids, its count of spawned machines,
/// and its pool of halted machines.
/// </summary>
internal sealed partial class Runtime
{
    /// <summary>How many tasks in a row a worker may take from its own slot before it goes back to the shared queue.</summary>
    internal const int LocalRun = 64;

    /// <summary>The most steps a worker draws from the budget at once.</summary>
    internal const long CreditBlock = 256;

    /// <summary>How many private ids a worker reserves at once.</summary>
    private const long IdBlock = 1024;

    [ThreadStatic]
    private static Worker? t_worker;

    private Worker[] _workers = [];

    /// <summary>Whether workers keep the task they made runnable last (fifo with several workers only).</summary>
    private bool _local;

    /// <summary>The worker of this runtime running on the current thread, if any.</summary>
    private Worker? Local => t_worker is { } w && ReferenceEquals(w.Owner, this) ? w : null;

    /// <summary>
    /// One worker's own state (<c>Sched/local</c>); only its thread writes it but <see cref="Credit"/>. Its fields are
    /// padded, so that two workers' states never share a cache line (a step writes <see cref="Credit"/>).
    /// </summary>
    private sealed class Worker(Runtime owner, Random? random)
    {
#pragma warning disable CS0169 // padding only: never read or written
        private Padding _padding;
#pragma warning restore CS0169

        public Runtime Owner { get; } = owner;

        public Random? Random { get; } = random;

        /// <summary>The task this worker made runnable last, which it runs next.</summary>
        public object? Next;

        /// <summary>How many tasks in a row it took from <see cref="Next"/>.</summary>
        public int Run;

        /// <summary>Steps drawn from the budget and not taken yet; other workers read it when the budget is dry.</summary>
        public long Credit;

        public long IdNext;

        public long IdEnd;

        public int Spawned;

        /// <summary>
        /// Its halted machines, kept for the next ones it links (<c>Mach/pool</c>). The worker's own thread makes the
        /// stack when it starts (<see cref="RunParallel"/>), so that the stack lies among that thread's allocations.
        /// Made here, with the workers, it lay right after this worker's padding and right before the next worker's
        /// fields: every push and pop wrote the cache line that the other worker writes at every step, and a two-thread
        /// fan-out run often took half as long again (bench/README.md, "False sharing between the workers").
        /// </summary>
        public Stack<StateMachine>? Pool { get; set; }
    }

    /// <summary>128 bytes: two cache lines of 64 bytes, or one of 128.</summary>
    [System.Runtime.CompilerServices.InlineArray(16)]
    private struct Padding
    {
#pragma warning disable CS0169 // padding only: never read or written
        private long _element;
#pragma warning restore CS0169
    }

    /// <summary>
    /// <c>Sched/local</c>: keeps <paramref name="task"/> as the worker's next task; the one it held before goes to the
    /// shared queue, where any worker may take it.
    /// </summary>
    private void Keep(Worker w, object task)
    {
        if (w.Next is { } older)
        {
            EnqueueShared(older);
        }
        w.Next = task;
    }

    /// <summary>
    /// <c>Sched/budget</c> on a worker: a step of its credit, or a new credit drawn from the budget: at most
    /// <see cref="CreditBlock"/> steps, and fewer as the budget runs low, so that no worker holds many steps another
    /// one needs. When the budget is dry while another worker still holds credit, the worker waits until the holder
    /// takes or returns its steps (the holder is running: it waits for nothing this one holds, and gives its credit back
    /// before it waits for work); when no worker holds any, the budget is spent. So a refused step always ends the run,
    /// as with one thread, and a task stopped between the two communications of a primitive is never run again.
    /// </summary>
    private bool TryStepLocal(Worker w, long limit)
    {
        if (w.Credit > 0)
        {
            w.Credit--;
            return true;
        }
        var spin = default(SpinWait);
        while (true)
        {
            var granted = Interlocked.Read(ref _steps);
            var left = limit - granted;
            if (left > 0)
            {
                var take = Math.Clamp(left / (4 * _workers.Length), 1, CreditBlock);
                // The credit is published before the steps leave the budget: a worker that sees the budget dry then
                // sees this credit (Interlocked orders both).
                Volatile.Write(ref w.Credit, take - 1);
                if (Interlocked.CompareExchange(ref _steps, granted + take, granted) == granted)
                {
                    return true;
                }
                // Stryker disable once Statement : reached only when another worker's compare-exchange wins the race in between, which no test can bring about on demand
                Volatile.Write(ref w.Credit, 0);
                // Stryker disable once Statement : a lost race is retried either way: below, the loop goes on while steps are left or another worker holds credit, and ends the run only when neither holds
                continue;
            }
            if (_workers.Any(o => Volatile.Read(ref o.Credit) > 0))
            {
                // Stryker disable once Statement : how the worker waits (spinning, then yielding its core) changes only the time the holder takes; it loops until the credit is taken or returned either way
                spin.SpinOnce();
                continue;
            }
            // Stryker disable once Equality,Block,Statement : true only when another worker gives its credit back between the two reads above, a race no test can bring about on demand; without it that run would end exhausted a few steps early
            if (Interlocked.Read(ref _steps) < limit)
            {
                continue;
            }
            _exhausted = true;
            // Stryker disable once Boolean : with true, the worker runs the rest of its slice (at most Slice instructions) unbudgeted and stops at its next task, which reads the exhausted flag; where a budget ends between workers holding credit is a race already, so no run shows the difference
            return false;
        }
    }

    /// <summary>Gives the worker's unused credit back to the budget (when it waits for work or stops).</summary>
    private void ReturnCredit(Worker w)
    {
        if (w.Credit > 0)
        {
            Interlocked.Add(ref _steps, -w.Credit);
            Volatile.Write(ref w.Credit, 0);
        }
    }

    /// <summary><c>Mach/private</c> on a worker: the next id of its reserved block.</summary>
    private long NewPrivateIdLocal(Worker w)
    {
        if (w.IdNext == w.IdEnd)
        {
            w.IdEnd = Interlocked.Add(ref _nextPrivate, IdBlock);
            w.IdNext = w.IdEnd - IdBlock;
        }
        // Stryker disable once Unary : a private id only has to differ from every other private id (it keys the resource map and names a machine no program can reach; primitive requests are served inline, never through the RSpace), so its sign changes nothing a run shows
        return -++w.IdNext;
    }

    /// <summary>Counts a spawned machine: on a worker in its own count, added to the total when it stops.</summary>
    private void CountSpawn()
    {
        if (_concurrent && Local is { } w)
        {
            w.Spawned++;
            return;
        }
        Next(ref _machinesSpawned);
    }
}
