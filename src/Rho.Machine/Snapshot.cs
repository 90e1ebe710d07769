using Rho.Compiler.Bytecode;
using Rho.Machine.Execution;
using Rho.Semantics.Core;

namespace Rho.Machine;

/// <summary>One state machine as a snapshot shows it (<c>Mach/snapshot</c>).</summary>
/// <param name="Code">The sequence it runs.</param>
/// <param name="Ip">Its instruction pointer.</param>
/// <param name="Stack">Its operand stack, bottom first.</param>
/// <param name="Locals">Its environment, index 0 innermost.</param>
/// <param name="PrivateChannel">Its private channel.</param>
public sealed record MachineSnapshot(Code Code, int Ip, Seq<Proc> Stack, Seq<Proc> Locals, GUnforgeable PrivateChannel);

/// <summary>Snapshots of the machine state.</summary>
public static class Snapshots
{
    /// <summary>
    /// <c>Mach/snapshot</c>: the machine state right after loading <paramref name="program"/>, as the multiset of its
    /// runnable state machines (one per sequence, link groups linked with fresh names).
    /// </summary>
    /// <param name="program">A verified compiled process.</param>
    /// <returns>The state machines, in load order.</returns>
    public static IReadOnlyList<MachineSnapshot> AfterLoad(CompiledProcess program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var rt = new Runtime(new MachineOptions(), null);
        rt.Link(program, []);
        return rt.Runnable()
            .Select(m => new MachineSnapshot(m.Code, m.Ip, m.Stack.ToSeq(), m.Env.ToSeq(), m.PrivateChannel))
            .ToList();
    }
}
