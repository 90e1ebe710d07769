using Op = Rho.Compiler.Bytecode.Opcode;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Errors;
using Rho.Semantics.Evaluation;
using Rho.Semantics.Matching;
using Rho.Machine.Space;

namespace Rho.Machine.Execution;

internal sealed partial class StateMachine
{
    /// <summary>Executes one decoded instruction (<c>Mach/op</c>: one arm per <c>Op/…</c> of spec/bytecode.md).</summary>
    private void Execute(Runtime rt, Op op, Random? random)
    {
        switch (op)
        {
            case Op.Halt:
                Halted = true;
                break;
            case Op.PushConst:
                Push(Pool<ValueConst>(Operand()).Value);
                break;
            case Op.LoadLocal:
                Push(Env[Operand()]);
                break;
            case Op.Quote:
                Push(Codes.Canonical(Close(Codes.OpenTerm(Pool<QuoteConst>(Operand()).Process, Env.Length))));
                break;
            case Op.Inert:
                Operand();
                break;
            case Op.Pop:
                Pop();
                break;
            case Op.Dup:
                Push(Top);
                break;
            case Op.Send or Op.SendPersistent:
                {
                    Acted = true;
                    var args = PopN(Operand());
                    rt.Send(Pop(), args, op == Op.SendPersistent, Pos);
                    break;
                }
            case Op.Receive:
                Acted = true;
                ExecuteReceive(rt);
                break;
            case Op.Eval:
                Acted = true;
                rt.Run(Pop());
                break;
            case Op.Match:
                ExecuteMatch(random);
                break;
            case Op.Spawn:
                {
                    var k = Operand();
                    var unit = Pool<UnitConst>(k);
                    var xs = PopN(Operand());
                    var env = Codes.Concat(xs, Env);
                    var images = _image.Unit(k, unit.Body);
                    if ((Op)_code[_ip] != Op.Halt || !rt.TailSpawn(this, unit.Body, images, env))
                    {
                        Acted = true;
                        rt.Link(unit.Body, env, images);
                    }
                    break;
                }
            case Op.Jump:
                _ip = Operand();
                break;
            case Op.JumpIfFalse or Op.JumpIfTrue:
                {
                    var target = Operand();
                    var jumpOn = op == Op.JumpIfTrue;
                    if (Truth(Pop(), jumpOn) == jumpOn)
                    {
                        _ip = target;
                    }
                    break;
                }
            case Op.Bundle:
                {
                    var flags = Operand();
                    Push(Codes.Canonical(new Bundle(Pop(), Read: (flags & 1) != 0, Write: (flags & 2) != 0)));
                    break;
                }
            case Op.Par:
                Push(Codes.Canonical(Rho.Semantics.Congruence.Canon.Par(PopN(Operand()))));
                break;
            case Op.Matches:
                {
                    var pattern = Pool<PatternConst>(Operand());
                    var t = Pop();
                    Push(new GBool(SpatialMatcher.MatchAll(t, Close(pattern.Pattern), pattern.FreeCount).Any()));
                    break;
                }
            case Op.Method:
                {
                    var name = Pool<MethodConst>(Operand()).Name;
                    var args = PopN(Operand());
                    var target = Pop();
                    rt.Primitive(this, op, [new GString(name), target, .. args], Pos);
                    break;
                }
            case Op.MakeList:
                // Stryker disable once Initializer : building a collection of values raises nothing, so its position is never read
                Push(Evaluator.EvalPar(new EList(PopN(Operand()).ToSeq(), null) { At = new Prov(Pos) }));
                break;
            case Op.MakeTuple:
                // Stryker disable once Initializer : building a collection of values raises nothing, so its position is never read
                Push(Evaluator.EvalPar(new ETuple(PopN(Operand()).ToSeq()) { At = new Prov(Pos) }));
                break;
            case Op.MakeSet:
                // Stryker disable once Initializer : building a collection of values raises nothing, so its position is never read
                Push(Evaluator.EvalPar(new ESet(PopN(Operand()).ToSeq(), null) { At = new Prov(Pos) }));
                break;
            case Op.MakeMap:
                {
                    var kv = PopN(2 * Operand());
                    var pairs = Enumerable.Range(0, kv.Length / 2).Select(i => new KeyValue(kv[2 * i], kv[(2 * i) + 1])).ToSeq();
                    // Stryker disable once Initializer : building a collection of values raises nothing, so its position is never read
                    Push(Evaluator.EvalPar(new EMap(pairs, null) { At = new Prov(Pos) }));
                    break;
                }
            case Op.Not or Op.Neg:
                rt.Primitive(this, op, [Pop()], Pos);
                break;
            case >= Op.Or and <= Op.Interpolate:
                {
                    var w = Pop();
                    var v = Pop();
                    rt.Primitive(this, op, v, w, Pos);
                    break;
                }
            default:
                throw RhoException.Crash($"unknown opcode 0x{(byte)op:x2}");
        }
    }

    /// <summary>
    /// The truth of a JUMP_IF's condition v: a Bool's value; any other value is read as the evaluator reads
    /// <c>v &amp;&amp; true</c> (<c>v || false</c> for JUMP_IF_TRUE), which raises for a value that is not a Bool (at the
    /// instruction's position) and gives the truth of an expression left unevaluated (only hand-written code pushes one:
    /// QUOTE of a code that is an inert expression, such as <c>1 &lt; 2</c>).
    /// </summary>
    private bool Truth(Proc v, bool jumpOn) =>
        v is GBool b
            ? b.Value
            : ((GBool)Evaluator.EvalPar(new EBinary(jumpOn ? BinaryOp.Or : BinaryOp.And, v, new GBool(!jumpOn)) { At = new Prov(Pos) })).Value;

    private void ExecuteReceive(Runtime rt)
    {
        var kind = (ReceiveKind)Operand();
        var n = Operand();
        var binds = new BindConst[n];
        for (var j = 0; j < n; j++)
        {
            binds[j] = Pool<BindConst>(Operand());
        }
        var k = Operand();
        var unit = Pool<UnitConst>(k);
        var channels = PopN(n);
        rt.Receive(channels, binds, kind, unit, _image.Unit(k, unit.Body), Env, Pos, b => Close(b));
    }

    /// <summary>
    /// Whether a pattern is a ground leaf: it has no variables and no parts, so it matches a value exactly when the
    /// two are equal, which is what the spatial matcher decides for it (<c>MachineFastPathTests</c> compares them).
    /// </summary>
    // Stryker disable once Logical : a leaf left out goes to the spatial matcher, which decides it the same (LeafMatch tests)
    private static bool IsLeaf(Proc pattern) => pattern is GBool or GInt or GString or Nil;

    private void ExecuteMatch(Random? random)
    {
        var pattern = Pool<PatternConst>(Operand());
        var target = Operand();
        var t = Top;
        if (IsLeaf(pattern.Pattern))
        {
            // A ground leaf pattern (true, 0, "s", Nil) matches exactly the equal value, with no binding.
            if (t.Equals(pattern.Pattern))
            {
                Pop();
            }
            else
            {
                _ip = target;
            }
            return;
        }
        var binding = Bindings.Choose(SpatialMatcher.MatchAll(t, Close(pattern.Pattern), pattern.FreeCount), random);
        if (binding is null)
        {
            _ip = target;
            return;
        }
        Pop();
        foreach (var x in binding)
        {
            Push(x);
        }
    }
}
