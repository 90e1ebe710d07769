using System.Runtime.CompilerServices;
using System.Text;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Core;
using Rho.Semantics.Printing;

namespace Rho.Machine.Execution;

internal sealed partial class Runtime
{
    private static readonly ConditionalWeakTable<Code, long[]> NamesInCode = [];

    /// <summary>
    /// The machine state as a text that two states share exactly when one is the other up to the order of the
    /// active queue and of the RSpace's lists and a renaming of unforgeable names (<c>Mach/controlled</c>): the
    /// multiset of tasks (machines with code, ip, stack, locals, private channel, pending error; polls; repeating
    /// sends; primitive requests and answers, with the machine blocked on them), of waiting data and of waiting
    /// continuations, and
    /// the outputs and errors so far. Code is named by <paramref name="codeIds"/> (reference identity) and carries the
    /// names its constants hold, so names are renamed consistently. Items are sorted by their text with every name
    /// erased, then names are numbered in order of first occurrence (privates negative, program names positive).
    /// Pending polls count as a set: a poll that fires polls its channel again (<c>Mach/resume</c>), so one pending
    /// poll on a channel reaches whatever several reach. Equal keys mean equal outcome sets up to renaming; a missed
    /// merge only costs time.
    /// </summary>
    public string Key(Dictionary<object, int> codeIds)
    {
        var items = new List<List<object>>();
        lock (_queueLock)
        {
            var polled = new HashSet<Proc>();
            for (var i = _head; i < _active.Count; i++)
            {
                if (_active[i] is not Proc channel || polled.Add(channel))
                {
                    items.Add(TaskAtoms(_active[i], codeIds));
                }
            }
        }
        foreach (var d in Space.WaitingData())
        {
            var data = d.Data.Items.Select(x => x).ToList();
            // Stryker disable once String : the tags only keep item kinds and parts apart; the atoms after them already differ, and each atom ends with a separator ("!!" and "!" stay distinct when either is emptied)
            items.Add(["D", d.Persistent ? "!!" : "!", d.Channel, .. data]);
        }
        foreach (var w in Space.WaitingContinuations())
        {
            // Stryker disable once String : the tags only keep item kinds and parts apart; the atoms after them already differ, and each atom ends with a separator
            var atoms = new List<object> { "K", w.Kind.ToString() };
            atoms.AddRange(w.Channels.Items);
            foreach (var b in w.Binds.Items)
            {
                // Stryker disable once Statement,String : a bind's free count is the number of free variables of its patterns, which follow
                atoms.Add("bind" + b.FreeCount);
                atoms.AddRange(b.Patterns.Items);
                // Stryker disable once String : no remainder prints as a marker atom; emptied, it still differs from a printed remainder
                atoms.Add(b.Remainder ?? (object)"-");
            }
            atoms.AddRange(w.Continuation switch
            {
                // Stryker disable once String : the tags only keep item kinds and parts apart; the atoms after them already differ, and each atom ends with a separator
                ReceiveContinuation k => ["recv", "u" + Id(codeIds, k.Unit), .. k.Env],
                // Stryker disable once all : unreachable (every continuation the machine stores is a receive's)
                _ => ["?"],
            });
            items.Add(atoms);
        }
        lock (_outputLock)
        {
            // Stryker disable once String,Linq : the tags only keep item kinds and parts apart; the atoms after them already differ, and each atom ends with a separator; the errors are a multiset, in ascending or descending order alike
            items.Add(["out", .. Stdout, "err", .. Stderr, "errors", .. Errors.Select(e => e.ToString()).Order(StringComparer.Ordinal)]);
        }
        return Render(items);
    }

    private static List<object> TaskAtoms(object task, Dictionary<object, int> codeIds) => task switch
    {
        // Stryker disable once String : the tags only keep item kinds and parts apart; the atoms after them already differ, and each atom ends with a separator
        StateMachine m => ["M", .. MachineAtoms(m, codeIds)],
        // Stryker disable once String : the tags only keep task kinds apart; the atoms after them already differ
        Proc channel => ["P", channel],
        // Stryker disable once String : the tags only keep item kinds and parts apart; the atoms after them already differ, and each atom ends with a separator
        RepeatSend r => ["R", r.Channel, r.Pos.ToString(), .. r.Args],
        // Stryker disable once String : the tags only keep task kinds apart; the atoms after them already differ
        PrimitiveRequest q => ["Q", q.Reply, q.Op.ToString(), q.Pos.ToString(), .. q.Operands, "by", .. MachineAtoms(q.Machine, codeIds)],
        // Stryker disable once String : as above
        PrimitiveAnswer a => ["A", a.Reply, a.Value ?? (object)(a.Error?.Error.ToString() ?? "?"), "to", .. MachineAtoms(a.Machine, codeIds)],
        // Stryker disable once all : unreachable (the queue holds only these four kinds of task)
        _ => ["?"],
    };

    private static List<object> MachineAtoms(StateMachine m, Dictionary<object, int> codeIds)
    {
        // Stryker disable once String : the tags only keep item kinds and parts apart; the atoms after them already differ, and each atom ends with a separator
        var atoms = new List<object> { "c" + Id(codeIds, m.Code) };
        atoms.AddRange(NamesInCode.GetValue(m.Code, Names).Select(id => (object)new GUnforgeable(id)));
        // Stryker disable once String,Conditional : a queued machine is never blocked or halted and a machine in a request or answer always blocked, so the marks are constant per item kind; "ip" is a tag
        atoms.Add("ip" + m.Ip + (m.Blocked ? "b" : "") + (m.Halted ? "h" : ""));
        // Stryker disable once String : no pending error prints as a marker atom; emptied, it still differs from an error's text
        atoms.Add(m.Pending?.Error.ToString() ?? "-");
        // Stryker disable once Statement : nothing else in a state names a machine's private channel (no program can hold it, Law/identity; a request's reply is another name), so after renaming it only repeats the machine's place
        atoms.Add(m.PrivateChannel);
        // Stryker disable once Statement,String : the private channel before it is always one atom, so the stack's values cannot move across this separator
        atoms.Add("stack");
        atoms.AddRange(m.Stack);
        // Stryker disable once Statement,String : at a given code and ip the stack depth and the environment's length are fixed (Verify/stack), so the values cannot move across this separator
        atoms.Add("env");
        atoms.AddRange(m.Env);
        return atoms;
    }

    private static int Id(Dictionary<object, int> codeIds, object code)
    {
        if (!codeIds.TryGetValue(code, out var id))
        {
            codeIds[code] = id = codeIds.Count;
        }
        return id;
    }

    /// <summary>Every unforgeable name a code's constants hold, also inside nested code (EVAL compiles values that may hold names).</summary>
    private static long[] Names(Code code)
    {
        var names = new SortedSet<long>();
        void Proc(Proc p)
        {
            if (p is GUnforgeable u)
            {
                names.Add(u.Id);
            }
            foreach (var (child, _) in Traversal.Children(p))
            {
                Proc(child);
            }
        }
        void Compiled(CompiledProcess cp)
        {
            foreach (var c in cp.Sequences.Items)
            {
                names.UnionWith(NamesInCode.GetValue(c, Names));
            }
            foreach (var g in cp.Links.Items)
            {
                Compiled(g.Body);
            }
        }
        foreach (var k in code.Pool.Items)
        {
            switch (k)
            {
                case ValueConst v: Proc(v.Value); break;
                case InertConst t: Proc(t.Term); break;
                case PatternConst p: Proc(p.Pattern); break;
                case BindConst b:
                    b.Patterns.Items.ToList().ForEach(Proc);
                    if (b.Remainder is not null)
                    {
                        // Stryker disable once Statement : a remainder is a variable or _, which holds no name; kept so that the walk covers every term of the pool
                        Proc(b.Remainder);
                    }
                    break;
                case QuoteConst q: Compiled(q.Process); break;
                case UnitConst u: Compiled(u.Body); break;
                default: break;
            }
        }
        return [.. names];
    }

    private static string Render(List<List<object>> items)
    {
        // Stryker disable once String : the erased shapes only order the items before names are numbered; shapes that collide keep queue order, which can only miss a merge (time, not outcomes)
        string Erased(List<object> atoms) => string.Join("\u0001", atoms.Select(a => a is Proc p ? Printer.Print(Rename(p, _ => 0)) : a.ToString()));
        // Stryker disable once Linq : ascending or descending, the order is a function of the shapes alone
        var sorted = items.Select(a => (Shape: Erased(a), Atoms: a)).OrderBy(x => x.Shape, StringComparer.Ordinal).ToList();
        var renaming = new Dictionary<long, long>();
        var positive = 0L;
        var negative = 0L;
        long Fresh(long id)
        {
            if (!renaming.TryGetValue(id, out var n))
            {
                // Stryker disable once Update,Conditional : private names (negative) and program names never stand in the same place of an item (no program holds a private name), so numbering both the same way merges nothing more
                renaming[id] = n = id < 0 ? --negative : ++positive;
            }
            return n;
        }
        var sb = new StringBuilder();
        foreach (var (_, atoms) in sorted)
        {
            foreach (var a in atoms)
            {
                sb.Append(a is Proc p ? Printer.Print(Rename(p, Fresh)) : a.ToString()).Append('\u0001');
            }
            // Stryker disable once Statement : every item starts with a tag atom (D, K, M, P, R, Q, A, out) that no other atom equals (printed strings are quoted), so the items stay apart without the line break
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Renames unforgeable names in traversal order (left to right), so numbering follows first occurrence.</summary>
    private static Proc Rename(Proc p, Func<long, long> rename) =>
        p is GUnforgeable u ? new GUnforgeable(rename(u.Id)) : Traversal.MapChildren(p, (c, _) => Rename(c, rename));
}
