using Op = Rho.Compiler.Bytecode.Opcode;
using System.Collections.Concurrent;
using Rho.Compiler.Bytecode;
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
    }

    public InMemoryRSpace<Continuation> Space { get; } = new();

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
        if (_exhausted || !TryTake(out var task))
        {
            return false;
        }
        RunTask(task, _random);
        return true;
    }

    /// <summary>Whether the step budget ran out.</summary>
    public bool Exhausted => _exhausted;

    /// <summary><c>Sched/budget</c>: takes one step of the budget, or records that it is spent.</summary>
    private bool TryStep()
    {
        var limit = _options.MaxSteps - (Mutants.IsOn(Mutant.BudgetOffByOne) ? 1 : 0);
        // Stryker disable once all : with one thread the atomic path takes the same steps; only the choice of path is exempt
        if (_concurrent)
        {
            return TryStepShared(limit);
        }
        if (_steps < limit)
        {
            _steps++;
            return true;
        }
        _exhausted = true;
        return false;
    }

    /// <summary><c>Sched/budget</c> with several workers: the counter is atomic.</summary>
    private bool TryStepShared(long limit)
    {
        if (Interlocked.Increment(ref _steps) <= limit)
        {
            return true;
        }
        Interlocked.Decrement(ref _steps);
        _exhausted = true;
        return false;
    }

    private void RunTask(object task, Random? random)
    {
        switch (task)
        {
            case StateMachine m:
                RunSlice(m, random);
                break;
            case Proc channel when TryStep():
                Fire(channel, random);
                break;
            case RepeatSend r when TryStep():
                Print(r.Channel, r.Args, r.Pos);
                Enqueue(r);
                break;
            case Proc or RepeatSend:
                Enqueue(task);
                break;
            default:
                throw RhoException.Crash("unknown task");
        }
    }

    private void RunSlice(StateMachine m, Random? random)
    {
        var self = m.PrivateChannel;
        var taken = 0;
        for (var i = 0; i < Slice && !m.Halted && !m.Blocked; i++)
        {
            if (!TryStep())
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
                    Errors.Add(e.Error with { Rule = e.Error.Rule ?? "Error/" + e.Error.Kind });
                }
                Release(m);
                return;
            }
            if (m.Blocked && !Communicate(m))
            {
                Count(m, taken);
                return;
            }
            if (!ReferenceEquals(m.PrivateChannel, self))
            {
                // Mach/tail-spawn: the machine became its spawned child; the parent's steps were released with it.
                self = m.PrivateChannel;
                taken = 0;
            }
        }
        if (m.Halted)
        {
            Release(m);
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
            Resources.AddOrUpdate(m.PrivateChannel.Id, steps, (_, n) => n + steps);
            m.Counted = true;
        }
    }

    /// <summary><c>Sched/resources</c>: a finished or failed machine's entry is released (it has one once a slice counted).</summary>
    private void Release(StateMachine m)
    {
        if (m.Counted)
        {
            Resources.TryRemove(m.PrivateChannel.Id, out _);
        }
    }

    /// <summary>
    /// <c>Sched/fifo</c> takes the oldest task; <c>Sched/random</c> takes any, from the generator;
    /// <c>Sched/priority</c> takes the oldest communication, else the machine with the fewest steps (oldest first).
    /// </summary>
    private bool TryTake(out object task)
    {
        // Stryker disable once all : with one thread the locked path takes the same task; only the choice of path is exempt
        if (_concurrent)
        {
            return TryTakeShared(out task);
        }
        return TakeLocked(out task);
    }

    private bool TryTakeShared(out object task)
    {
        lock (_queueLock)
        {
            return TakeLocked(out task);
        }
    }

    private bool TakeLocked(out object task)
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
        if (_head > 1024 && _head * 2 > _active.Count)
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
            if (_waiting > 0)
            {
                Monitor.PulseAll(_queueLock);
            }
        }
    }

    /// <summary><c>Mach/link</c> (<c>Link/new</c>): one machine per sequence; each link group gets fresh names.</summary>
    public void Link(CompiledProcess p, Proc[] env)
    {
        var sequences = p.Sequences;
        for (var i = 0; i < sequences.Count; i++)
        {
            if (i == 1 && Mutants.IsOn(Mutant.SchedulerLosesMachine))
            {
                continue;
            }
            Interlocked.Increment(ref _machinesSpawned);
            Enqueue(new StateMachine(sequences[i], env, NewPrivate()));
        }
        foreach (var g in p.Links.Items)
        {
            var plain = g.Count - g.Uris.Count;
            var values = new Proc[g.Count];
            for (var k = 0; k < plain; k++)
            {
                values[k] = new GUnforgeable(Interlocked.Increment(ref _nextName));
            }
            for (var k = 0; k < g.Uris.Count; k++)
            {
                values[plain + k] = new GSysChannel(g.Uris[k]);
            }
            Link(g.Body, [.. values, .. env]);
        }
    }

    /// <summary><c>Mach/eval</c>: runs the process a value carries (a bundle runs its body).</summary>
    public void Run(Proc v)
    {
        while (v is Bundle b)
        {
            v = b.Body;
        }
        Link(Codes.CompileValue(v), []);
    }

    /// <summary>
    /// <c>Mach/tail-spawn</c>: a SPAWN right before HALT of a unit that is one sequence with no link group. The
    /// machine <paramref name="m"/> has nothing left to do, so instead of linking a new machine and halting, it becomes
    /// that machine: the unit's sequence, the environment <paramref name="env"/>, a fresh private channel, ip 0. It is
    /// counted as a spawned machine; the parent's resource entry is released.
    /// </summary>
    /// <returns>False when the unit is not a single sequence (then the caller links it).</returns>
    public bool TailSpawn(StateMachine m, CompiledProcess body, Proc[] env)
    {
        if (body.Sequences.Count != 1 || body.Links.Count != 0)
        {
            return false;
        }
        Release(m);
        Interlocked.Increment(ref _machinesSpawned);
        m.Become(body.Sequences[0], env, NewPrivate());
        return true;
    }

    /// <summary><c>Prim/path</c>: a primitive, directly or through the channel trick.</summary>
    public void Primitive(StateMachine m, Op op, Proc[] operands, SourcePos pos)
    {
        if (_options.Primitives == PrimitivePath.Direct)
        {
            m.Resume(Primitives.Apply(op, operands, pos));
            return;
        }
        m.Block(new PrimitiveRequest(m, NewPrivateId(), op, operands, pos));
    }

    /// <summary><c>Prim/path</c> for a binary operator: on the direct path, two Ints take the fast path with no operand array.</summary>
    public void Primitive(StateMachine m, Op op, Proc v, Proc w, SourcePos pos)
    {
        if (_options.Primitives == PrimitivePath.Direct && Primitives.IntFast(op, v, w) is { } result)
        {
            m.Resume(result);
            return;
        }
        Primitive(m, op, [v, w], pos);
    }

    /// <summary><c>Mach/private</c>: a fresh name outside the program's namespace (negative ids).</summary>
    private GUnforgeable NewPrivate() => new(NewPrivateId());

    private long NewPrivateId() => -Interlocked.Increment(ref _nextPrivate);

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
