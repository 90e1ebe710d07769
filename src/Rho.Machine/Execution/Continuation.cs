using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;

namespace Rho.Machine.Execution;

/// <summary>What a waiting continuation in the machine's RSpace stands for.</summary>
internal abstract record Continuation;

/// <summary>
/// A blocked receive (<c>Mach/receive</c>): its body unit, the environment it closes over, and its binds as compiled
/// (open patterns) for readback.
/// </summary>
/// <param name="Unit">The body unit.</param>
/// <param name="Images">The images of the body's sequences.</param>
/// <param name="Env">The environment the body closes over.</param>
/// <param name="Binds">The binds as compiled.</param>
internal sealed record ReceiveContinuation(UnitConst Unit, Image[] Images, Proc[] Env, Seq<BindConst> Binds) : Continuation;
