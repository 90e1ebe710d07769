using System.Buffers.Binary;
using Rho.Compiler.Binary;

namespace Rho.Compiler.Bytecode;

/// <summary>One decoded instruction: its offset in the code, opcode, operands and length in bytes.</summary>
internal sealed record Instruction(int Offset, Opcode Op, int[] Operands, int Length)
{
    public OpInfo Info => OpInfo.Of(Op);

    /// <summary>For <c>Op/RECEIVE</c>: the pool indices of the binds.</summary>
    public IEnumerable<int> ReceiveBinds => Operands.Skip(2).Take(Operands[1]);

    /// <summary>For <c>Op/RECEIVE</c>: the pool index of the body unit.</summary>
    public int ReceiveUnit => Operands[^1];

    /// <summary>For the jump-carrying instructions, the target; otherwise null.</summary>
    public int? Target => Op switch
    {
        Opcode.Jump or Opcode.JumpIfFalse or Opcode.JumpIfTrue => Operands[0],
        Opcode.Match => Operands[1],
        _ => null,
    };
}

/// <summary>Splits instruction bytes into instructions (spec/bytecode.md, "Encoding"), rejecting unknown opcodes and truncated operands.</summary>
internal static class Decoder
{
    /// <summary>Most operands one <c>Op/RECEIVE</c> may carry (binds of a join).</summary>
    public const int MaxJoin = 1 << 16;

    public static List<Instruction> Decode(Code c)
    {
        var bytes = c.Instrs.Items;
        var result = new List<Instruction>();
        var pc = 0;
        while (pc < bytes.Length)
        {
            var info = OpInfo.TryOf(bytes[pc])
                ?? throw BytecodeErrors.At(Verifier.FileOffset(c, pc), $"unknown opcode 0x{bytes[pc]:x2}");
            var operands = new List<int>();
            var at = pc + 1;
            int Next()
            {
                if (at + 4 > bytes.Length)
                {
                    throw BytecodeErrors.At(Verifier.FileOffset(c, pc), $"{info.Name}: operands run past the end of the code");
                }
                var v = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan().Slice(at, 4));
                at += 4;
                return v > int.MaxValue
                    ? throw BytecodeErrors.At(Verifier.FileOffset(c, pc), $"{info.Name}: operand {v} is too large")
                    : (int)v;
            }
            foreach (var _ in info.Operands)
            {
                operands.Add(Next());
            }
            if (info.Op == Opcode.Receive)
            {
                var n = operands[1];
                if (n < 1 || n > MaxJoin)
                {
                    throw BytecodeErrors.At(Verifier.FileOffset(c, pc), $"RECEIVE: bind count {n} is outside 1..{MaxJoin}");
                }
                for (var i = 0; i <= n; i++)
                {
                    operands.Add(Next());
                }
            }
            result.Add(new Instruction(pc, info.Op, [.. operands], at - pc));
            pc = at;
        }
        return result;
    }
}
