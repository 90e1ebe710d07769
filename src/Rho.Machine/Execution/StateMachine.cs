using Op = Rho.Compiler.Bytecode.Opcode;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    private byte[] _code;
    private SourcePos[] _positions;
    private Image _image;
    private Proc[] _stack = new Proc[4];
    private int _sp;
    private int _ip;
    private int _at;
    private RhoException? _pending;
    private PrimitiveRequest? _request;
    private PrimitiveRequest? _message;
    private Proc[]? _pair;

    private GUnforgeable? _privateChannel;

    public StateMachine(Code code, Image image, Proc[] env, long privateId)
    {
        Code = code;
        Env = env;
        PrivateId = privateId;
        _image = image;
        (_code, _positions) = (image.Bytes, image.Positions);
    }

    public Code Code { get; private set; }

    /// <summary>The locals: environment index i is <c>Env[i]</c>.</summary>
    public Proc[] Env { get; private set; }

    /// <summary>The id of the private channel (negative: outside the program's namespace).</summary>
    public long PrivateId { get; private set; }

    /// <summary>The private channel, as a name (built only when something asks for it: readback, snapshots, the state key).</summary>
    // Stryker disable once Assignment : a name built again is equal to the cached one (names compare by id); the cache only saves allocation
    public GUnforgeable PrivateChannel => _privateChannel ??= new GUnforgeable(PrivateId);

    /// <summary>
    /// Whether the machine has acted on the rest of the state (SEND, RECEIVE, EVAL, a SPAWN that links): until then
    /// it has only computed values, so it reads back as its whole sequence (<c>Mach/readback</c>).
    /// </summary>
    public bool Acted { get; private set; }

    /// <summary>Whether nothing but HALT is left: a machine stopped there after acting is done, with nothing to read back.</summary>
    public bool AtHalt => (Op)_code[_ip] == Op.Halt;

    /// <summary>Whether the resource map holds an entry for the machine (<c>Sched/resources</c>).</summary>
    public bool Counted { get; set; }

    /// <summary>
    /// <c>Mach/tail-spawn</c>: the machine starts over as a new one: <paramref name="code"/> (whose image is
    /// <paramref name="image"/>) from ip 0 with an empty
    /// stack, the locals <paramref name="env"/> and the private channel numbered <paramref name="privateId"/>. A halted
    /// machine that nothing refers to any more is reused the same way (<c>Mach/pool</c>).
    /// </summary>
    public void Become(Code code, Image image, Proc[] env, long privateId)
    {
        // Stryker disable once all : clearing the dropped stack slots only lets the GC take their values
        if (_sp > 0)
        {
            Array.Clear(_stack, 0, _sp);
        }
        // Stryker disable once Statement,Assignment : a compiled tail SPAWN leaves an empty stack (MATCH popped the value)
        _sp = 0;
        _ip = 0;
        Acted = false;
        // Stryker disable once Boolean : a stale flag only makes Release remove an entry the new identity does not have
        Counted = false;
        Halted = false;
        Code = code;
        _image = image;
        (_code, _positions) = (image.Bytes, image.Positions);
        Env = env;
        PrivateId = privateId;
        _privateChannel = null;
    }

    public bool Halted { get; private set; }

    /// <summary>Whether the machine waits for a primitive's answer (it is then in the RSpace, not in the queue).</summary>
    public bool Blocked { get; private set; }

    public int Ip => _ip;

    /// <summary>The primitive's error the machine raises at its next step, if any (<c>Prim/processor</c>).</summary>
    public RhoException? Pending => _pending;

    /// <summary>The operand stack, bottom first (a copy).</summary>
    public IReadOnlyList<Proc> Stack => _stack[.._sp];

    /// <summary>The source position of the instruction being executed.</summary>
    private SourcePos Pos => _positions[_at];

    /// <summary>
    /// <c>Mach/step</c>: fetches, decodes and executes one instruction. <paramref name="random"/> is the policy's
    /// generator (null under fifo and priority), which picks among a MATCH's distinct bindings (<c>RSpace/binding</c>).
    /// </summary>
    public void Step(Runtime rt, Random? random = null)
    {
        if (_pending is { } failure)
        {
            _pending = null;
            throw failure;
        }
        _at = _ip;
        Execute(rt, (Op)_code[_ip++], random);
    }

    /// <summary>
    /// Blocks the machine on <paramref name="request"/> until <see cref="Resume"/> or <see cref="Fail"/>
    /// (<c>Prim/channel</c>): the request stays with the machine until its slice ends (<see cref="TakeRequest"/>).
    /// </summary>
    public void Block(PrimitiveRequest request)
    {
        _request = request;
        Blocked = true;
    }

    /// <summary>The machine's one primitive message, refilled for each request (<c>Prim/channel</c>).</summary>
    // Stryker disable once Assignment : a new message per request carries the same fields (at most one is pending); reuse only saves allocation
    public PrimitiveRequest Request => _message ??= new PrimitiveRequest(this);

    /// <summary>The two operands of the machine's binary primitive, in an array it reuses (at most one request is pending).</summary>
    public Proc[] Pair(Proc v, Proc w)
    {
        // Stryker disable once Assignment : a new array per request serves the same (at most one request is pending); reuse only saves allocation
        _pair ??= new Proc[2];
        _pair[0] = v;
        _pair[1] = w;
        return _pair;
    }

    /// <summary>The request the machine blocked on, handed to the scheduler once the slice that made it has ended.</summary>
    public PrimitiveRequest TakeRequest()
    {
        // Stryker disable once String : unreachable guard (RunSlice takes the request only of a blocked machine); diagnostic text
        var request = _request ?? throw RhoException.Crash("blocked machine without a request");
        _request = null;
        return request;
    }

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
        var v = _stack[--_sp];
        Slot(_sp) = null!;
        return v;
    }

    private Proc Top => _stack[_sp - 1];

    private Proc[] PopN(int n)
    {
        // Stryker disable once all : an empty array from the loop below or the shared empty one: the same to every caller
        if (n == 0)
        {
            return [];
        }
        var xs = new Proc[n];
        for (var i = n - 1; i >= 0; i--)
        {
            xs[i] = Pop();
        }
        return xs;
    }

    private void Push(Proc v)
    {
        if (_sp == _stack.Length)
        {
            Array.Resize(ref _stack, _sp * 2);
        }
        Slot(_sp++) = v;
    }

    /// <summary>
    /// Stack slot <paramref name="i"/> (below the stack's length) as a reference: a store through it skips the check
    /// that a value fits a covariant array, which <c>_stack</c> (always a <c>Proc[]</c>, made here) does not need.
    /// </summary>
    private ref Proc Slot(int i) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_stack), i);

    private T Pool<T>(int k)
        where T : Const => (T)_image.Pool[k];

    /// <summary>A pool term closed over the environment (variable references and bound variables replaced).</summary>
    // Stryker disable once Conditional : with an empty environment Open substitutes nothing (the false replacement); the true one is killed, but one comment covers both
    private Proc Close(Proc term) => Env.Length == 0 ? term : Substitution.Open(term, Env);
}
