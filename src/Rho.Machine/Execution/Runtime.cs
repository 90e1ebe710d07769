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
    private long _failureIds;
    private readonly ConcurrentDictionary<long, RhoException> _failures = [];

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
        if (Interlocked.Increment(ref _steps) <= _options.MaxSteps - (Mutants.IsOn(Mutant.BudgetOffByOne) ? 1 : 0))
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
                RunSlice(m);
                break;
            case PollTask p when TryStep():
                Fire(p.Channel, random);
                break;
            case RepeatSend r when TryStep():
                Print(r.Channel, r.Args, r.Pos);
                Enqueue(r);
                break;
            case PollTask or RepeatSend:
                Enqueue(task);
                break;
            default:
                throw RhoException.Crash("unknown task");
        }
    }

    private void RunSlice(StateMachine m)
    {
        var id = m.PrivateChannel.Id;
        var taken = 0;
        for (var i = 0; i < Slice && !m.Halted && !m.Blocked; i++)
        {
            if (!TryStep())
            {
                Count(id, taken);
                Enqueue(m);
                return;
            }
            taken++;
            try
            {
                m.Step(this);
            }
            catch (RhoException e) when (e.Error.Class == ErrorClass.Runtime)
            {
                // Mach/error: the failing machine ends; nothing else is touched.
                lock (_outputLock)
                {
                    Errors.Add(e.Error with { Rule = e.Error.Rule ?? "Error/" + e.Error.Kind });
                }
                Resources.TryRemove(id, out _);
                return;
            }
        }
        if (m.Halted)
        {
            Resources.TryRemove(id, out _);
        }
        else if (m.Blocked)
        {
            Count(id, taken);
            Enqueue(new PollTask(m.PrivateChannel));
        }
        else
        {
            Count(id, taken);
            Enqueue(m);
        }
    }

    /// <summary><c>Sched/resources</c>: adds a slice's steps to the machine's count (once per slice, not per step).</summary>
    private void Count(long id, int steps)
    {
        if (steps > 0)
        {
            Resources.AddOrUpdate(id, steps, (_, n) => n + steps);
        }
    }

    /// <summary>
    /// <c>Sched/fifo</c> takes the oldest task; <c>Sched/random</c> takes any, from the generator;
    /// <c>Sched/priority</c> takes the oldest communication, else the machine with the fewest steps (oldest first).
    /// </summary>
    private bool TryTake(out object task)
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
        foreach (var code in p.Sequences.Where((_, i) => i != 1 || !Mutants.IsOn(Mutant.SchedulerLosesMachine)))
        {
            Interlocked.Increment(ref _machinesSpawned);
            Enqueue(new StateMachine(code, env, NewPrivate()));
        }
        foreach (var g in p.Links)
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

    /// <summary><c>Prim/path</c>: a primitive, directly or through the channel trick.</summary>
    public void Primitive(StateMachine m, Op op, Proc[] operands, SourcePos pos)
    {
        if (_options.Primitives == PrimitivePath.Direct)
        {
            m.Resume(Primitives.Apply(op, operands, pos));
            return;
        }
        // The processor's poll is scheduled by RunSlice once this thread has let go of the machine.
        Primitives.Request(Space, m, NewPrivate(), op, operands, pos);
        m.Block();
    }

    private long RecordFailure(RhoException e)
    {
        var id = Interlocked.Increment(ref _failureIds);
        _failures[id] = e;
        return id;
    }

    /// <summary><c>Mach/private</c>: a fresh name outside the program's namespace (negative ids).</summary>
    private GUnforgeable NewPrivate() => new(-Interlocked.Increment(ref _nextPrivate));

    private void Emit(Output o)
    {
        lock (_outputLock)
        {
            (o.Stream == Rho.Semantics.Reduction.Stream.Stdout ? Stdout : Stderr).Add(o.Text);
            _onOutput?.Invoke(o);
        }
    }

    private sealed record PollTask(Proc Channel);

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
