using Rho.Compiler.Bytecode;
using Rho.Machine.Space;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
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
    private readonly List<object> _active = [];
    private int _head;
    private readonly List<RhoException> _primitiveErrors = [];
    private readonly Action<Output>? _onOutput;
    private long _nextName;
    private long _nextPrivate = -1;

    public Runtime(MachineOptions options, Action<Output>? onOutput)
    {
        _options = options;
        _onOutput = onOutput;
        _random = options.Scheduler == SchedulerPolicy.Random ? new Random(options.Seed) : null;
    }

    public InMemoryRSpace<Continuation> Space { get; } = new();

    /// <summary><c>Sched/resources</c>: steps taken per machine, keyed by private channel id.</summary>
    public Dictionary<long, long> Resources { get; } = [];

    public List<string> Stdout { get; } = [];

    public List<string> Stderr { get; } = [];

    public List<RhoError> Errors { get; } = [];

    public long Steps { get; private set; }

    public int MachinesSpawned { get; private set; }

    /// <summary>The runnable state machines of the active queue, oldest first (for inspection).</summary>
    public IReadOnlyList<StateMachine> Runnable() => _active.Skip(_head).OfType<StateMachine>().ToList();

    /// <summary><c>Sched/run</c>: runs until no task is active (true) or the step budget is spent (false).</summary>
    public bool RunToCompletion()
    {
        while (_active.Count > _head)
        {
            if (Steps >= _options.MaxSteps)
            {
                return false;
            }
            var task = Take();
            switch (task)
            {
                case StateMachine m:
                    RunSlice(m);
                    break;
                case PollTask p:
                    Steps++;
                    Fire(p.Channel);
                    break;
                case RepeatSend r:
                    Steps++;
                    Print(r.Channel, r.Args, r.Pos);
                    Enqueue(r);
                    break;
                default:
                    throw RhoException.Crash("unknown task");
            }
        }
        return true;
    }

    private void RunSlice(StateMachine m)
    {
        var id = m.PrivateChannel.Id;
        for (var i = 0; i < Slice && !m.Halted && Steps < _options.MaxSteps; i++)
        {
            Steps++;
            Resources[id] = Resources.GetValueOrDefault(id) + 1;
            try
            {
                m.Step(this);
            }
            catch (RhoException e) when (e.Error.Class == ErrorClass.Runtime)
            {
                // Mach/error: the failing machine ends; nothing else is touched.
                Errors.Add(e.Error with { Rule = e.Error.Rule ?? "Error/" + e.Error.Kind });
                Resources.Remove(id);
                return;
            }
        }
        if (m.Halted)
        {
            Resources.Remove(id);
        }
        else
        {
            Enqueue(m);
        }
    }

    /// <summary><c>Sched/policy</c>: fifo takes the oldest task; random takes any, from the seeded generator.</summary>
    private object Take()
    {
        if (_random is not null)
        {
            var i = _head + _random.Next(_active.Count - _head);
            (_active[i], _active[_head]) = (_active[_head], _active[i]);
        }
        var t = _active[_head];
        _active[_head++] = null!;
        if (_head > 1024 && _head * 2 > _active.Count)
        {
            _active.RemoveRange(0, _head);
            _head = 0;
        }
        return t;
    }

    private void Enqueue(object task) => _active.Add(task);

    /// <summary><c>Mach/link</c> (<c>Link/new</c>): one machine per sequence; each link group gets fresh names.</summary>
    public void Link(CompiledProcess p, Proc[] env)
    {
        foreach (var code in p.Sequences)
        {
            MachinesSpawned++;
            Enqueue(new StateMachine(code, env, new GUnforgeable(_nextPrivate--)));
        }
        foreach (var g in p.Links)
        {
            var plain = g.Count - g.Uris.Count;
            var values = new Proc[g.Count];
            for (var k = 0; k < plain; k++)
            {
                values[k] = new GUnforgeable(_nextName++);
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
    public Proc Primitive(StateMachine m, Op op, Proc[] operands, SourcePos pos) =>
        _options.Primitives == PrimitivePath.Direct
            ? Primitives.Apply(op, operands, pos)
            : Primitives.ViaChannel(Space, m.PrivateChannel, new GUnforgeable(_nextPrivate--), op, operands, pos, _primitiveErrors);

    private void Emit(Output o)
    {
        (o.Stream == Rho.Semantics.Reduction.Stream.Stdout ? Stdout : Stderr).Add(o.Text);
        _onOutput?.Invoke(o);
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
