using Op = Rho.Compiler.Bytecode.Opcode;
using System.Collections.Concurrent;
using Rho.Machine.Space;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Mutation;
using Rho.Semantics.Printing;
using Rho.Semantics.Reduction;

namespace Rho.Machine.Execution;

/// <summary>
/// The scheduler and the machine's shared state (<c>Sched/…</c>): the active queue of tasks (machines, keyed by
/// their private channel, and pending communications), the RSpace holding blocked receives and waiting data,
/// and the resource map of steps per machine.
/// </summary>
internal sealed partial class Runtime
{
    private const int Slice = 32;
    private const int PoolSize = 256;
    private readonly Stack<StateMachine> _pool = [];

    /// <summary>How many halted machines wait in the pool for reuse (<c>Mach/pool</c>); always 0 after workers ran.</summary>
    internal int Pooled => _pool.Count;
    private readonly MachineOptions _options;
    private readonly Random? _random;
    private readonly object _queueLock = new();
    private readonly Lock _outputLock = new();
    private readonly List<object> _active = [];
    private int _head;
    private readonly Action<Output>? _onOutput;
    private long _nextName = -1;
    private long _nextPrivate;
    private long _steps;
    private int _machinesSpawned;
    private volatile bool _exhausted;

    /// <summary>The step budget (<c>Sched/budget</c>), fixed when the runtime is made.</summary>
    private readonly long _limit;

    /// <summary>Whether workers share the runtime (<c>Sched/threads</c>): only then do the queue and counters take locks.</summary>
    private bool _concurrent;

    public Runtime(MachineOptions options, Action<Output>? onOutput)
        : this(options, onOutput, options.Scheduler == SchedulerPolicy.Random ? new Random(options.Seed) : null)
    {
    }

    /// <summary>A runtime whose every choice (next task, RSpace partners) is drawn from <paramref name="choices"/>, when given.</summary>
    public Runtime(MachineOptions options, Action<Output>? onOutput, Random? choices)
    {
        _options = options;
        _onOutput = onOutput;
        _random = choices;
        _limit = options.MaxSteps - (Mutants.IsOn(Mutant.BudgetOffByOne) ? 1 : 0);
    }

    /// <summary>The RSpace; it takes no lock until workers share it (<see cref="RunParallel"/>).</summary>
    public InMemoryRSpace<Continuation> Space { get; } = new() { Concurrent = false };

    /// <summary><c>Sched/resources</c>: steps taken per live machine, keyed by private channel id.</summary>
    public ConcurrentDictionary<long, long> Resources { get; } = [];

    public List<string> Stdout { get; } = [];

    public List<string> Stderr { get; } = [];

    public List<RhoError> Errors { get; } = [];

    public long Steps => Interlocked.Read(ref _steps);

    public int MachinesSpawned => Volatile.Read(ref _machinesSpawned);

    /// <summary>The runnable state machines of the active queue, oldest first (for inspection).</summary>
    public IReadOnlyList<StateMachine> Runnable()
    {
        lock (_queueLock)
        {
            return _active.Skip(_head).OfType<StateMachine>().ToList();
        }
    }

    /// <summary>Every machine in the active queue or blocked on a primitive request or answer, oldest first.</summary>
    public IReadOnlyList<StateMachine> LiveMachines()
    {
        lock (_queueLock)
        {
            return _active.Skip(_head).Select(t => t switch
            {
                StateMachine m => m,
                PrimitiveRequest q => q.Machine,
                PrimitiveAnswer a => a.Machine,
                _ => null,
            }).OfType<StateMachine>().ToList();
        }
    }

    /// <summary>Every repeating system send in the active queue, as the persistent send it stands for.</summary>
    public IReadOnlyList<Proc> RepeatingSends()
    {
        lock (_queueLock)
        {
            return _active.Skip(_head).OfType<RepeatSend>().Select(r => (Proc)new Send(r.Channel, r.Args.ToSeq(), Persistent: true)).ToList();
        }
    }

    /// <summary><c>Sched/run</c>: runs until no task is active (true) or the step budget is spent (false).</summary>
    public bool RunToCompletion()
    {
        while (RunOne())
        {
        }
        return !_exhausted;
    }

    /// <summary>Takes one task by the policy and runs it; false when the queue is empty or the budget is spent.</summary>
    public bool RunOne()
    {
        if (_exhausted || !Take(out var task))
        {
            return false;
        }
        RunTask(task, null, _random);
        return true;
    }

    /// <summary>Whether the step budget ran out.</summary>
    public bool Exhausted => _exhausted;

    /// <summary>
    /// <c>Sched/budget</c>: takes one step of the budget, or records that it is spent. <paramref name="w"/> is the
    /// worker running the task (null with one thread), passed down rather than looked up, since a step is the
    /// machine's most frequent operation.
    /// </summary>
    private bool TryStep(Worker? w)
    {
        var limit = _limit;
        if (
            // Stryker disable once all : with one thread the atomic path takes the same steps; only the choice of path is exempt
            _concurrent)
        {
            // With several threads every task runs on a worker, which passes itself down.
            return TryStepLocal(w!, limit);
        }
        if (_steps < limit)
        {
            _steps++;
            return true;
        }
        _exhausted = true;
        return false;
    }

    private void RunTask(object task, Worker? w, Random? random)
    {
        switch (task)
        {
            case StateMachine m:
                RunSlice(m, w, random);
                break;
            case Proc channel when TryStep(w):
                Fire(channel, random);
                break;
            case RepeatSend r when TryStep(w):
                Print(r.Channel, r.Args, r.Pos);
                Enqueue(r);
                break;
            case Proc or RepeatSend:
                Enqueue(task);
                break;
            // Stryker disable once all : unreachable: the queue holds only machines, channels to poll, repeating sends and primitive messages
            default:
                throw RhoException.Crash("unknown task");
        }
    }

    private void RunSlice(StateMachine m, Worker? w, Random? random)
    {
        var self = m.PrivateId;
        var taken = 0;
        for (var i = 0; i < Slice && !m.Halted && !m.Blocked; i++)
        {
            if (!TryStep(w))
            {
                Count(m, taken);
                Enqueue(m);
                return;
            }
            taken++;
            try
            {
                m.Step(this, random);
            }
            catch (RhoException e) when (e.Error.Class == ErrorClass.Runtime)
            {
                // Mach/error: the failing machine ends; nothing else is touched.
                lock (_outputLock)
                {
                    // Stryker disable once String,NullCoalescing : every runtime error the evaluator and the machine raise names its rule, and that rule is "Error/" and its kind (RhoException.Runtime's callers), so the fallback gives the same rule; it only keeps a rule on a future error
                    Errors.Add(e.Error with { Rule = e.Error.Rule ?? "Error/" + e.Error.Kind });
                }
                Release(m);
                return;
            }
            if (m.Blocked && !Communicate(m, w))
            {
                Count(m, taken);
                return;
            }
            if (m.PrivateId != self)
            {
                // Mach/tail-spawn: the machine became its spawned child; the parent's steps were released with it.
                self = m.PrivateId;
                taken = 0;
            }
        }
        if (m.Halted)
        {
            Release(m);
            Recycle(m);
        }
        else
        {
            Count(m, taken);
            Enqueue(m);
        }
    }

    /// <summary><c>Sched/resources</c>: adds a slice's steps to the machine's count (once per slice, not per step).</summary>
    private void Count(StateMachine m, int steps)
    {
        if (steps > 0)
        {
            Resources.AddOrUpdate(m.PrivateId, steps, (_, n) => n + steps);
            m.Counted = true;
        }
    }

    /// <summary><c>Sched/resources</c>: a finished or failed machine's entry is released (it has one once a slice counted).</summary>
    private void Release(StateMachine m)
    {
        if (m.Counted)
        {
            Resources.TryRemove(m.PrivateId, out _);
        }
    }

    /// <summary><c>Prim/path</c>: a primitive, directly or through the channel trick.</summary>
    public void Primitive(StateMachine m, Op op, Proc[] operands, SourcePos pos)
    {
        if (_options.Primitives == PrimitivePath.Direct)
        {
            m.Resume(Primitives.Apply(op, operands, pos));
            return;
        }
        m.Block(m.Request.Set(NewPrivateId(), op, operands, pos));
    }

    /// <summary><c>Prim/path</c> for a binary operator: on the direct path, two Ints take the fast path with no operand array.</summary>
    public void Primitive(StateMachine m, Op op, Proc v, Proc w, SourcePos pos)
    {
        if (_options.Primitives == PrimitivePath.Direct && Primitives.IntFast(op, v, w) is { } result)
        {
            m.Resume(result);
            return;
        }
        Primitive(m, op, m.Pair(v, w), pos);
    }

    private void Emit(Output o)
    {
        lock (_outputLock)
        {
            (o.Stream == Rho.Semantics.Reduction.Stream.Stdout ? Stdout : Stderr).Add(o.Text);
            _onOutput?.Invoke(o);
        }
    }

    private sealed record RepeatSend(GSysChannel Channel, Proc[] Args, SourcePos Pos);

    private static Proc Unbundle(Proc chan, bool write, SourcePos pos)
    {
        if (chan is not Bundle b)
        {
            return chan;
        }
        if (write && !b.Write)
        {
            throw RhoException.Runtime(ErrorKinds.BundlePermission, "Error/" + ErrorKinds.BundlePermission, pos, "Trying to send on non-writeable channel.");
        }
        if (!write && !b.Read)
        {
            throw RhoException.Runtime(ErrorKinds.BundlePermission, "Error/" + ErrorKinds.BundlePermission, pos, "Trying to read from non-readable channel.");
        }
        return b.Body;
    }

    private void Print(GSysChannel sys, Proc[] args, SourcePos pos)
    {
        var text = Printer.Print(args[0]);
        var toErr = sys.Uri.StartsWith("rho:io:stderr", StringComparison.Ordinal);
        Emit(new Output(toErr ? Rho.Semantics.Reduction.Stream.Stderr : Rho.Semantics.Reduction.Stream.Stdout, text));
        if (args.Length == 2)
        {
            Send(args[1], [Nil.Instance], persistent: false, pos);
        }
    }
}
