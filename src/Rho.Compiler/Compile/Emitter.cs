using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;

namespace Rho.Compiler.Compile;

/// <summary>
/// Builds one <see cref="Code"/>: appends instructions, interns pool entries in order of first
/// use (so the pool is a function of the instructions), resolves labels and records the source
/// map.
/// </summary>
internal sealed class Emitter
{
    private readonly ByteWriter _code = new();
    private readonly List<Const> _pool = [];
    private readonly Dictionary<Const, int> _interned = [];
    private readonly List<int> _labels = [];
    private readonly List<(int At, int Label)> _fixups = [];
    private readonly List<SourceMapEntry> _map = [];

    /// <summary>Emits an instruction with its operands; <paramref name="from"/> goes to the source map.</summary>
    public void Op(Opcode op, Proc? from, params int[] operands)
    {
        if (from is not null && !from.At.Pos.IsNone && (_map.Count == 0 || _map[^1].Pos != from.At.Pos))
        {
            _map.Add(new SourceMapEntry(_code.Length, from.At.Pos));
        }
        _code.U8((byte)op);
        foreach (var x in operands)
        {
            _code.U32(x);
        }
    }

    /// <summary>The pool index of <paramref name="k"/>, adding it on first use.</summary>
    public int Intern(Const k)
    {
        if (!_interned.TryGetValue(k, out var i))
        {
            i = _pool.Count;
            _pool.Add(k);
            _interned[k] = i;
        }
        return i;
    }

    /// <summary>A new, not yet placed label.</summary>
    public int Label()
    {
        // Stryker disable once Unary : the placeholder is never read: the compiler marks every label before Build patches its jumps
        _labels.Add(-1);
        return _labels.Count - 1;
    }

    /// <summary>Places <paramref name="label"/> at the next instruction.</summary>
    public void Mark(int label) => _labels[label] = _code.Length;

    /// <summary>Emits a jump-carrying instruction whose last operand is <paramref name="label"/>.</summary>
    public void OpTo(Opcode op, Proc? from, int label, params int[] operands)
    {
        Op(op, from, operands);
        _fixups.Add((_code.Length, label));
        _code.U32(0);
    }

    public Code Build()
    {
        foreach (var (at, label) in _fixups)
        {
            _code.PatchU32(at, _labels[label]);
        }
        return new Code(Seq.Of(_code.ToArray()), _pool.ToSeq()) { Meta = new CodeMeta(_map.ToSeq(), -1) };
    }
}
