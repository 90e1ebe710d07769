using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Mutation;

namespace Rho.Machine.Execution;

/// <summary>Linking sequences into state machines (<c>Mach/link</c>, <c>Mach/tail-spawn</c>, <c>Mach/pool</c>) and fresh private names.</summary>
internal sealed partial class Runtime
{
    /// <summary>
    /// <c>Mach/pool</c>: a machine that halted is kept for the next one to link: in the runtime's pool when one thread
    /// runs the machine, in the worker's own pool with several (<c>Sched/local</c>). Nothing refers to a halted
    /// machine: it is in no queue, the RSpace and primitive messages hold only blocked ones, and snapshots and the
    /// state key read live ones only.
    /// </summary>
    private void Recycle(StateMachine m)
    {
        // Stryker disable once all : a machine kept or dropped is the same to every run; only allocation differs
        var pool = _concurrent ? Local?.Pool : _pool;
        // Stryker disable once Equality,Logical : a machine kept or dropped is the same to every run, and pool is null only off a worker with several threads, where no machine runs
        if (pool is not null && pool.Count < PoolSize)
        {
            pool.Push(m);
        }
    }

    /// <summary>A machine for <paramref name="code"/>: a pooled one when there is one (<c>Mach/pool</c>), else a new one.</summary>
    private StateMachine NewMachine(Code code, Image image, Proc[] env)
    {
        // Stryker disable once Conditional : with one thread no worker is set (Local is null), and without w NewPrivateId looks the worker up itself; only the pool differs, and a machine taken new or reused is the same
        var w = _concurrent ? Local : null;
        // Stryker disable once Conditional : NewPrivateId takes the worker's next id itself when there is one (the same lookup)
        var id = w is not null ? NewPrivateIdLocal(w) : NewPrivateId();
        // Stryker disable once Conditional : the runtime's pool stays empty with several threads (Recycle fills the workers' pools), so taking from it only allocates a new machine
        var pool = _concurrent ? w?.Pool : _pool;
        if (pool is not null && pool.TryPop(out var m))
        {
            m.Become(code, image, env, id);
            return m;
        }
        return new StateMachine(code, image, env, id);
    }

    /// <summary><c>Mach/link</c> (<c>Link/new</c>): one machine per sequence; each link group gets fresh names.</summary>
    public void Link(CompiledProcess p, Proc[] env) => Link(p, env, Codes.Images(p));

    /// <summary><c>Mach/link</c> of a unit whose sequences' images, in order, are <paramref name="images"/>.</summary>
    public void Link(CompiledProcess p, Proc[] env, Image[] images)
    {
        var sequences = p.Sequences;
        for (var i = 0; i < sequences.Count; i++)
        {
            if (i == 1 && Mutants.IsOn(Mutant.SchedulerLosesMachine))
            {
                continue;
            }
            CountSpawn();
            Enqueue(NewMachine(sequences[i], images[i], env));
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
    public bool TailSpawn(StateMachine m, CompiledProcess body, Image[] images, Proc[] env)
    {
        if (body.Sequences.Count != 1 || body.Links.Count != 0)
        {
            return false;
        }
        Release(m);
        CountSpawn();
        m.Become(body.Sequences[0], images[0], env, NewPrivateId());
        return true;
    }

    /// <summary><c>Mach/private</c>: a fresh name outside the program's namespace (negative ids).</summary>
    private long NewPrivateId() => _concurrent && Local is { } w ? NewPrivateIdLocal(w) : -Next(ref _nextPrivate);

    /// <summary>Increments a counter: atomically only when workers share the runtime (<c>Sched/queue</c>).</summary>
    // Stryker disable once Conditional : on one thread both increments give the same values (the true mutant is only slower); the false one loses increments only in a race between workers, which no test can bring about on demand
    private long Next(ref long counter) => _concurrent ? Interlocked.Increment(ref counter) : ++counter;

    /// <inheritdoc cref="Next(ref long)"/>
    // Stryker disable once Conditional : as for the long counter above
    private int Next(ref int counter) => _concurrent ? Interlocked.Increment(ref counter) : ++counter;
}
