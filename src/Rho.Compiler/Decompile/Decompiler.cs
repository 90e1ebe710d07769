using Rho.Compiler.Binary;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;

namespace Rho.Compiler.Decompile;

/// <summary>
/// From compiled code back to a process (spec/bytecode.md, "Decompilation"), with
/// <c>decompile([| P |]) ≡ P</c> (<c>Law/roundtrip</c>). It runs each sequence symbolically: the
/// stack holds terms, value instructions build expressions, and the instruction that consumes the
/// stack (SEND, RECEIVE, EVAL, the MATCH chain, INERT) gives the sequence's process. It reads
/// verified code in the shapes the compiler and the optimizer emit, and rejects any other shape.
/// On optimized code the result is observably equal to the source (<c>Law/optimizer</c>), not ≡:
/// a decided match reads back as its branch.
/// Metavariables: c : Code; st : the symbolic stack; i : an instruction index.
/// </summary>
internal static class Decompiler
{
    /// <summary>The process of a compiled process: the par of its sequences and of a <c>new</c> per link group.</summary>
    public static Proc Process(CompiledProcess p)
    {
        var parts = p.Sequences.Select(Sequence)
            .Concat(p.Links.Select(g => (Proc)new New(g.Count, g.Uris, Process(g.Body))))
            .ToList();
        return parts.Count switch
        {
            0 => Nil.Instance,
            1 => parts[0],
            _ => new Par(parts.ToSeq()),
        };
    }

    private static Proc Sequence(Code c) => new Run(c).Component();

    private sealed class Run
    {
        private readonly Code _c;
        private readonly List<Instruction> _ins;
        private readonly Dictionary<int, int> _index = [];
        private readonly Stack<Proc> _st = new();

        public Run(Code c)
        {
            _c = c;
            _ins = Decoder.Decode(c);
            for (var i = 0; i < _ins.Count; i++)
            {
                _index[_ins[i].Offset] = i;
            }
        }

        /// <summary>The one component the sequence compiles.</summary>
        public Proc Component()
        {
            var i = 0;
            while (true)
            {
                var x = At(i);
                var o = x.Operands;
                switch (x.Op)
                {
                    case Opcode.Send or Opcode.SendPersistent:
                        var args = Pop(o[0]);
                        return End(i + 1, new Send(Pop(), args, x.Op == Opcode.SendPersistent));
                    case Opcode.Receive:
                        var sources = Pop(o[1]);
                        var binds = x.ReceiveBinds.Select((b, j) =>
                        {
                            var k = Pool<BindConst>(x, b);
                            return new ReceiveBind(k.Patterns, sources[j], k.Remainder, k.FreeCount);
                        }).ToSeq();
                        var unit = Pool<UnitConst>(x, x.ReceiveUnit);
                        return End(i + 1, new Receive(binds, Process(unit.Body), (ReceiveKind)o[0], unit.Binds));
                    case Opcode.Eval:
                        return End(i + 1, Pop());
                    case Opcode.Inert:
                        return End(i + 1, Pool<InertConst>(x, o[0]).Term);
                    case Opcode.Match:
                        return MatchChain(i);
                    case Opcode.Halt when _st.Count == 0:
                        // Dec/nil: an empty sequence (the optimizer's trace of a process that does nothing).
                        return Nil.Instance;
                    case Opcode.Spawn when o[1] == 0 && _st.Count == 0:
                        // Dec/spawn: the branch a decided match left behind.
                        return End(i + 1, Process(Pool<UnitConst>(x, o[0]).Body));
                    case Opcode.Jump when Target(x) > i:
                        i = Target(x);
                        break;
                    default:
                        i = Step(i);
                        break;
                }
            }
        }

        /// <summary>The MATCH chain: <c>(MATCH k L; SPAWN u f; HALT; L:)* POP; HALT</c>.</summary>
        private Proc MatchChain(int i)
        {
            var target = Pop();
            var cases = new List<MatchCase>();
            while (At(i).Op == Opcode.Match)
            {
                var m = At(i);
                var pattern = Pool<PatternConst>(m, m.Operands[0]);
                if (pattern.FreeCount == 0 && At(i + 1).Op == Opcode.Halt && Target(m) == i + 2)
                {
                    // Dec/match-nil: a case whose Nil body the optimizer dropped (Opt/spawn-nil).
                    cases.Add(new MatchCase(pattern.Pattern, Nil.Instance, 0));
                    i += 2;
                    continue;
                }
                var spawn = At(i + 1);
                if (spawn.Op != Opcode.Spawn || At(i + 2).Op != Opcode.Halt || Target(m) != i + 3)
                {
                    throw Shape(m, "a MATCH is not followed by SPAWN, HALT and its failure label");
                }
                cases.Add(new MatchCase(pattern.Pattern, Process(Pool<UnitConst>(spawn, spawn.Operands[0]).Body), pattern.FreeCount));
                i += 3;
            }
            if (At(i).Op != Opcode.Pop)
            {
                throw Shape(At(i), "a MATCH chain does not end with POP");
            }
            if (At(i + 1) is { Op: Opcode.Spawn } last && last.Operands[1] == 0)
            {
                // Dec/match-any: a final `_` case the optimizer turned into POP (Opt/match-any).
                cases.Add(new MatchCase(Wildcard.Instance, Process(Pool<UnitConst>(last, last.Operands[0]).Body), 0));
                i++;
            }
            return End(i + 1, new Match(target, cases.ToSeq()));
        }

        /// <summary>Runs one value instruction (or one short-circuit block) and returns the next index.</summary>
        private int Step(int i)
        {
            var x = At(i);
            var o = x.Operands;
            switch (x.Op)
            {
                case Opcode.PushConst:
                    _st.Push(Pool<ValueConst>(x, o[0]).Value);
                    break;
                case Opcode.LoadLocal:
                    _st.Push(new BoundVar(o[0]));
                    break;
                case Opcode.Quote:
                    _st.Push(Process(Pool<QuoteConst>(x, o[0]).Process));
                    break;
                case Opcode.Dup:
                    return ShortCircuit(i);
                case Opcode.Bundle:
                    _st.Push(new Bundle(Pop(), (o[0] & 1) != 0, (o[0] & 2) != 0));
                    break;
                case Opcode.Par:
                    _st.Push(new Par(Pop(o[0])));
                    break;
                case Opcode.Matches:
                    _st.Push(new EMatches(Pop(), Pool<PatternConst>(x, o[0]).Pattern));
                    break;
                case Opcode.Method:
                    var args = Pop(o[1]);
                    _st.Push(new EMethod(Pool<MethodConst>(x, o[0]).Name, Pop(), args));
                    break;
                case Opcode.MakeList:
                    _st.Push(new EList(Pop(o[0]), null));
                    break;
                case Opcode.MakeTuple:
                    _st.Push(new ETuple(Pop(o[0])));
                    break;
                case Opcode.MakeSet:
                    _st.Push(new ESet(Pop(o[0]), null));
                    break;
                case Opcode.MakeMap:
                    var kvs = Pop(2 * o[0]);
                    _st.Push(new EMap(Enumerable.Range(0, o[0]).Select(k => new KeyValue(kvs[2 * k], kvs[(2 * k) + 1])).ToSeq(), null));
                    break;
                case var op when OpInfo.UnaryOf(op) is { } u:
                    _st.Push(new EUnary(u, Pop()));
                    break;
                case var op when OpInfo.BinaryOf(op) is { } b:
                    // SHORT_AND and SHORT_OR stand alone once the optimizer has decided their jump (Opt/short-pass).
                    var right = Pop();
                    _st.Push(new EBinary(b, Pop(), right));
                    break;
                default:
                    throw Shape(x, $"{x.Info.Name} is not expected here");
            }
            return i + 1;
        }

        /// <summary><c>DUP; JUMP_IF_FALSE L; right; SHORT_AND; L:</c> (and the <c>||</c> form).</summary>
        private int ShortCircuit(int i)
        {
            var jump = At(i + 1);
            var end = Target(jump);
            var (op, final) = jump.Op switch
            {
                Opcode.JumpIfFalse => (BinaryOp.ShortAnd, Opcode.ShortAnd),
                Opcode.JumpIfTrue => (BinaryOp.ShortOr, Opcode.ShortOr),
                _ => throw Shape(jump, "DUP is not followed by a conditional jump"),
            };
            // A jump back to the DUP or before it is rejected first (At(end - 1) could read before the code); a jump to
            // the jump itself or right after it finds the DUP or the jump at end - 1, which is not the operator either.
            if (end <= i || At(end - 1).Op != final)
            {
                throw Shape(jump, "a short-circuit block does not end with its operator");
            }
            var left = Pop();
            var j = i + 2;
            while (j < end - 1)
            {
                j = Step(j);
            }
            if (j != end - 1)
            {
                throw Shape(jump, "a short-circuit block is not well nested");
            }
            _st.Push(new EBinary(op, left, Pop()));
            return end;
        }

        private Proc End(int i, Proc p) =>
            At(i).Op == Opcode.Halt && _st.Count == 0 ? p : throw Shape(At(i), "the sequence does not end after its process");

        private Instruction At(int i) =>
            // Stryker disable once all : unreachable guard: the decompiler reads only instructions the verifier reached, and each reached one but JUMP and HALT falls through to a next one (Verify/stack), so i < count
            i < _ins.Count ? _ins[i] : throw BytecodeErrors.At(Verifier.FileOffset(_c, _c.Instrs.Count), "not compiler output: code ends early");

        private int Target(Instruction x) =>
            x.Target is { } t && _index.TryGetValue(t, out var i) ? i : throw Shape(x, "jump target is not an instruction");

        private T Pool<T>(Instruction x, int index)
            where T : Const =>
            // Stryker disable once String,Equality : unreachable guard (RhoCompiler.Decompile verifies first, and the verifier checked every pool operand's index and kind, Verify/pool, so index < count always holds and <= answers the same); diagnostic text
            index < _c.Pool.Count && _c.Pool[index] is T k ? k : throw Shape(x, $"pool entry #{index} is not a {Verifier.KindName(typeof(T))}");

        private Proc Pop() => _st.Count > 0 ? _st.Pop() : throw BytecodeErrors.At(Verifier.FileOffset(_c, 0), "not compiler output: stack underflow");

        private Seq<Proc> Pop(int n)
        {
            var items = new Proc[n];
            for (var k = n - 1; k >= 0; k--)
            {
                items[k] = Pop();
            }
            return Seq.Of(items);
        }

        private Semantics.Errors.RhoException Shape(Instruction x, string message) =>
            BytecodeErrors.At(Verifier.FileOffset(_c, x.Offset), "not compiler output: " + message);
    }
}
