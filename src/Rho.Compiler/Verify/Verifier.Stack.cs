using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Errors;

namespace Rho.Compiler;

internal static partial class Verifier
{
    /// <summary>
    /// <c>Verify/stack</c>: abstract interpretation of stack depths. Every instruction reachable
    /// from the start gets one depth, equal on every path that reaches it; no instruction pops
    /// more than the stack holds; HALT finds an empty stack; no path runs past the last byte.
    /// </summary>
    private static void Stack(Code c, List<Instruction> instrs, Dictionary<int, int> starts)
    {
        if (instrs.Count == 0)
        {
            throw BytecodeErrors.At(FileOffset(c, 0), "empty code (a sequence ends with HALT)");
        }
        var depth = new int[instrs.Count];
        Array.Fill(depth, -1);
        var work = new Stack<int>();
        void Reach(int index, long d, Instruction from)
        {
            if (index >= instrs.Count)
            {
                throw BytecodeErrors.At(FileOffset(c, from.Offset), $"{from.Info.Name}: execution runs past the end of the code");
            }
            if (d > MaxCount)
            {
                throw BytecodeErrors.At(FileOffset(c, from.Offset), $"stack deeper than {MaxCount}");
            }
            if (depth[index] < 0)
            {
                depth[index] = (int)d;
                work.Push(index);
            }
            else if (depth[index] != d)
            {
                throw BytecodeErrors.At(
                    FileOffset(c, instrs[index].Offset),
                    $"{instrs[index].Info.Name}: stack depth {d} on one path and {depth[index]} on another");
            }
        }
        depth[0] = 0;
        work.Push(0);
        while (work.Count > 0)
        {
            var i = work.Pop();
            var ins = instrs[i];
            var d = depth[i];
            var (pops, pushes) = Effect(c, ins);
            long after = (long)d - pops + pushes;
            if (d < pops)
            {
                throw BytecodeErrors.At(FileOffset(c, ins.Offset), $"{ins.Info.Name}: pops {pops} values but the stack holds {d}");
            }
            switch (ins.Op)
            {
                case Opcode.Halt when d != 0:
                    throw BytecodeErrors.At(FileOffset(c, ins.Offset), $"HALT: {d} values left on the stack");
                case Opcode.Halt:
                    break;
                case Opcode.Jump:
                    Reach(starts[ins.Operands[0]], d, ins);
                    break;
                case Opcode.JumpIfFalse or Opcode.JumpIfTrue:
                    Reach(starts[ins.Operands[0]], d - 1, ins);
                    Reach(i + 1, d - 1, ins);
                    break;
                case Opcode.Match:
                    Reach(starts[ins.Operands[1]], d, ins);
                    Reach(i + 1, after, ins);
                    break;
                default:
                    Reach(i + 1, after, ins);
                    break;
            }
        }
    }

    /// <summary>The stack effect of an instruction, (values popped, values pushed) — spec/bytecode.md, column "stack".</summary>
    private static (long Pops, long Pushes) Effect(Code c, Instruction ins)
    {
        var o = ins.Operands;
        return ins.Op switch
        {
            Opcode.Halt or Opcode.Inert or Opcode.Jump => (0, 0),
            Opcode.PushConst or Opcode.LoadLocal or Opcode.Quote => (0, 1),
            Opcode.Pop or Opcode.Eval or Opcode.JumpIfFalse or Opcode.JumpIfTrue => (1, 0),
            Opcode.Dup => (1, 2),
            Opcode.Send or Opcode.SendPersistent => (o[0] + 1L, 0),
            Opcode.Receive => (o[1], 0),
            Opcode.Match => (1, ((PatternConst)c.Pool[o[0]]).FreeCount),
            Opcode.Spawn => (o[1], 0),
            Opcode.Bundle or Opcode.Matches or Opcode.Not or Opcode.Neg => (1, 1),
            Opcode.Par or Opcode.MakeList or Opcode.MakeTuple or Opcode.MakeSet => (o[0], 1),
            Opcode.MakeMap => (2L * o[0], 1),
            Opcode.Method => (o[1] + 1L, 1),
            _ when OpInfo.BinaryOf(ins.Op) is not null => (2, 1),
            // Stryker disable once String : unreachable guard (the decoder yields only the table's opcodes, each with a stack effect above); diagnostic text
            _ => throw RhoException.Crash($"Verifier: no stack effect for {ins.Op}"),
        };
    }
}
