namespace Rho.Compiler.Bytecode;

/// <summary>
/// The instructions of the Rho stack machine (spec/bytecode.md, "Instruction set"). Each opcode
/// is one byte; its operands follow as unsigned 32-bit little-endian integers. The stack effect
/// and the meaning of each instruction are given in the spec under its id <c>Op/NAME</c>.
/// </summary>
internal enum Opcode : byte
{
    /// <summary><c>Op/HALT</c>: ends the sequence; the stack must be empty.</summary>
    Halt = 0x00,

    /// <summary><c>Op/PUSH_CONST k</c>: pushes the ground value of pool entry k.</summary>
    PushConst = 0x01,

    /// <summary><c>Op/LOAD_LOCAL i</c>: pushes the environment's variable i (de Bruijn).</summary>
    LoadLocal = 0x02,

    /// <summary><c>Op/QUOTE k</c>: pushes the name whose code is pool entry k, closed over the environment.</summary>
    Quote = 0x03,

    /// <summary><c>Op/INERT k</c>: does nothing; pool entry k is an inert expression in process position.</summary>
    Inert = 0x04,

    /// <summary><c>Op/POP</c>: drops the top of the stack.</summary>
    Pop = 0x05,

    /// <summary><c>Op/DUP</c>: duplicates the top of the stack.</summary>
    Dup = 0x06,

    /// <summary><c>Op/SEND n</c>: sends n arguments on a channel.</summary>
    Send = 0x07,

    /// <summary><c>Op/SEND_PERSISTENT n</c>: the persistent send <c>!!</c>.</summary>
    SendPersistent = 0x08,

    /// <summary><c>Op/RECEIVE kind n b1 … bn u</c>: installs a (join) receive whose body is unit u.</summary>
    Receive = 0x09,

    /// <summary><c>Op/EVAL</c>: runs the process a name carries (<c>*x</c>).</summary>
    Eval = 0x0A,

    /// <summary><c>Op/MATCH k L</c>: tries pattern k on the top; pushes the bindings, or jumps to L.</summary>
    Match = 0x0B,

    /// <summary><c>Op/SPAWN u n</c>: runs unit u with n values from the stack bound in front of the environment.</summary>
    Spawn = 0x0C,

    /// <summary><c>Op/JUMP L</c>.</summary>
    Jump = 0x0D,

    /// <summary><c>Op/JUMP_IF_FALSE L</c>: pops; jumps when the value is <c>false</c>.</summary>
    JumpIfFalse = 0x0E,

    /// <summary><c>Op/JUMP_IF_TRUE L</c>: pops; jumps when the value is <c>true</c>.</summary>
    JumpIfTrue = 0x0F,

    /// <summary><c>Op/BUNDLE f</c>: wraps the top in a bundle with read (bit 0) and write (bit 1) permission.</summary>
    Bundle = 0x10,

    /// <summary><c>Op/PAR n</c>: the parallel composition of the top n values.</summary>
    Par = 0x11,

    /// <summary><c>Op/MATCHES k</c>: <c>target matches pattern</c>.</summary>
    Matches = 0x12,

    /// <summary><c>Op/METHOD k n</c>: calls the method named by pool entry k with n arguments.</summary>
    Method = 0x13,

    /// <summary><c>Op/MAKE_LIST n</c>.</summary>
    MakeList = 0x14,

    /// <summary><c>Op/MAKE_TUPLE n</c>.</summary>
    MakeTuple = 0x15,

    /// <summary><c>Op/MAKE_SET n</c>.</summary>
    MakeSet = 0x16,

    /// <summary><c>Op/MAKE_MAP n</c>: n key-value pairs, 2n values.</summary>
    MakeMap = 0x17,

    /// <summary><c>Op/NOT</c>.</summary>
    Not = 0x20,

    /// <summary><c>Op/NEG</c>.</summary>
    Neg = 0x21,

    /// <summary><c>Op/OR</c>.</summary>
    Or = 0x30,

    /// <summary><c>Op/SHORT_OR</c>: the right half of <c>||</c>.</summary>
    ShortOr = 0x31,

    /// <summary><c>Op/AND</c>.</summary>
    And = 0x32,

    /// <summary><c>Op/SHORT_AND</c>: the right half of <c>&amp;&amp;</c>.</summary>
    ShortAnd = 0x33,

    /// <summary><c>Op/EQ</c>.</summary>
    Eq = 0x34,

    /// <summary><c>Op/NEQ</c>.</summary>
    Neq = 0x35,

    /// <summary><c>Op/LT</c>.</summary>
    Lt = 0x36,

    /// <summary><c>Op/LTE</c>.</summary>
    Lte = 0x37,

    /// <summary><c>Op/GT</c>.</summary>
    Gt = 0x38,

    /// <summary><c>Op/GTE</c>.</summary>
    Gte = 0x39,

    /// <summary><c>Op/ADD</c>.</summary>
    Add = 0x3A,

    /// <summary><c>Op/SUB</c>.</summary>
    Sub = 0x3B,

    /// <summary><c>Op/CONCAT</c>.</summary>
    Concat = 0x3C,

    /// <summary><c>Op/DIFF</c>.</summary>
    Diff = 0x3D,

    /// <summary><c>Op/MUL</c>.</summary>
    Mul = 0x3E,

    /// <summary><c>Op/DIV</c>.</summary>
    Div = 0x3F,

    /// <summary><c>Op/MOD</c>.</summary>
    Mod = 0x40,

    /// <summary><c>Op/INTERPOLATE</c>.</summary>
    Interpolate = 0x41,
}
