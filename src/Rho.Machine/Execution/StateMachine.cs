using Op = Rho.Compiler.Bytecode.Opcode;
using System.Buffers.Binary;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;

namespace Rho.Machine.Execution;

/// <summary>
/// One sequence running in its own state machine (<c>Mach/state</c>): instruction pointer, operand stack,
/// locals (the environment, index 0 innermost), and its private channel, an unforgeable name that no program
/// value ever contains (<c>Mach/private</c>). It runs fetch–decode–execute (<c>Mach/step</c>) until HALT.
/// </summary>
internal sealed partial class StateMachine
{
    private readonly byte[] _code;
    private readonly List<Proc> _stack = [];
    private int _ip;
    private RhoException? _pending;

    public StateMachine(Code code, Proc[] env, GUnforgeable privateChannel)
    {
        Code = code;
        Env = env;
        PrivateChannel = privateChannel;
        _code = Codes.Instructions(code);
    }

    public Code Code { get; }

    /// <summary>The locals: environment index i is <c>Env[i]</c>.</summary>
    public Proc[] Env { get; }

    public GUnforgeable PrivateChannel { get; }

    public bool Halted { get; private set; }

    /// <summary>Whether the machine waits for a primitive's answer (it is then in the RSpace, not in the queue).</summary>
    public bool Blocked { get; private set; }

    public int Ip => _ip;

    /// <summary>The primitive's error the machine raises at its next step, if any (<c>Prim/processor</c>).</summary>
    public RhoException? Pending => _pending;

    public IReadOnlyList<Proc> Stack => _stack;

    /// <summary><c>Mach/step</c>: fetches, decodes and executes one instruction.</summary>
    public void Step(Runtime rt)
    {
        if (_pending is { } failure)
        {
            _pending = null;
            throw failure;
        }
        var at = _ip;
        var op = (Op)_code[_ip++];
        var pos = Codes.PositionAt(Code, at);
        Execute(rt, op, pos);
    }

    /// <summary>Blocks the machine until <see cref="Resume"/> or <see cref="Fail"/> (<c>Prim/channel</c>).</summary>
    public void Block() => Blocked = true;

    /// <summary>The answer arrived: push it and become runnable.</summary>
    public void Resume(Proc result)
    {
        Push(result);
        Blocked = false;
    }

    /// <summary>The answer is an error: the machine raises it at its next step.</summary>
    public void Fail(RhoException error)
    {
        _pending = error;
        Blocked = false;
    }

    private int Operand()
    {
        var v = BinaryPrimitives.ReadInt32LittleEndian(_code.AsSpan(_ip, 4));
        _ip += 4;
        return v;
    }

    private Proc Pop()
    {
        var v = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        return v;
    }

    private Proc[] PopN(int n)
    {
        var xs = new Proc[n];
        for (var i = n - 1; i >= 0; i--)
        {
            xs[i] = Pop();
        }
        return xs;
    }

    private void Push(Proc v) => _stack.Add(v);

    private T Pool<T>(int k)
        where T : Const => (T)Code.Pool[k];

    /// <summary>A pool term closed over the environment (variable references and bound variables replaced).</summary>
    private Proc Close(Proc term) => Env.Length == 0 ? term : Substitution.Open(term, Env);
}
