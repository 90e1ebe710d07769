using Rho.Compiler;
using Rho.Machine.Execution;
using Rho.Compiler.Bytecode;
using Rho.Semantics;
using Rho.Semantics.Core;

namespace Rho.Machine.Tests.Enumeration;

/// <summary>
/// The controlled mode's state key (<c>Mach/controlled</c>, <c>Runtime.Key</c>): two states share a key exactly when
/// one is the other up to the order of the active queue and of the RSpace's lists and a renaming of unforgeable names.
/// Each pair below differs in one part of the state that changes what the state can still do or what it has done; a
/// key that merged them would lose outcomes. The renaming and order cases are states that must merge.
/// </summary>
public sealed class StateKeyTests
{
    /// <summary>The runtime of <paramref name="source"/> after <paramref name="steps"/> tasks (all of them when null).</summary>
    private static Runtime After(string source, int? steps = null, long maxSteps = 10_000)
    {
        var rt = new Runtime(new MachineOptions(Primitives: PrimitivePath.Channel, MaxSteps: maxSteps), null);
        rt.Link(RhoCompiler.Compile(Rholang.Compile(source)), []);
        for (var i = 0; steps is null || i < steps; i++)
        {
            if (!rt.RunOne())
            {
                break;
            }
        }
        return rt;
    }

    private static string Key(Runtime rt) => rt.Key(new Dictionary<object, int>(ReferenceEqualityComparer.Instance));

    private static string Key(string source, int? steps = null, long maxSteps = 10_000) => Key(After(source, steps, maxSteps));

    [Theory]
    [InlineData("@\"a\"!(1)", "@\"a\"!!(1)")]
    [InlineData("@\"a\"!(1)", "@\"a\"!(2)")]
    [InlineData("@\"a\"!(1)", "@\"b\"!(1)")]
    [InlineData("@\"a\"!(1, 2)", "@\"a\"!(2, 1)")]
    [InlineData("for (@x <- @\"a\") { Nil }", "for (@x <= @\"a\") { Nil }")]
    [InlineData("for (@x <- @\"a\") { Nil }", "for (@x <<- @\"a\") { Nil }")]
    [InlineData("for (@x <- @\"a\") { Nil }", "for (@x <- @\"b\") { Nil }")]
    [InlineData("for (@[x] <- @\"a\") { Nil }", "for (@[x ...r] <- @\"a\") { Nil }")]
    [InlineData("for (@1 <- @\"a\") { Nil }", "for (@2 <- @\"a\") { Nil }")]
    [InlineData("for (@x <- @\"a\") { Nil }", "for (@x ...@r <- @\"a\") { Nil }")]
    [InlineData("for (@x <- @\"a\") { Nil }", "for (@x ...@_ <- @\"a\") { Nil }")]
    [InlineData("@\"b\"!(1) | for (@y <- @\"b\") { for (@x <- @\"a\") { @\"c\"!(y) } }", "@\"b\"!(2) | for (@y <- @\"b\") { for (@x <- @\"a\") { @\"c\"!(y) } }")]
    [InlineData("for (@x <- @\"a\"; @y <- @\"b\") { Nil }", "for (@x <- @\"a\" & @y <- @\"b\") { Nil }")]
    [InlineData("new out(`rho:io:stdout`) in { out!(1) }", "new err(`rho:io:stderr`) in { err!(1) }")]
    [InlineData("new out(`rho:io:stdout`) in { out!(1) }", "new out(`rho:io:stdout`) in { out!(2) }")]
    [InlineData("new out(`rho:io:stdout`) in { out!(1) }", "new out(`rho:io:stdout`) in { out!(1) | out!(1) }")]
    [InlineData("@\"a\"!(1 / 0)", " @\"a\"!(1 / 0)")]
    [InlineData("@\"a\"!(1 / 0)", "@\"a\"!(1 + true)")]
    [InlineData("@\"a\"!(1 / 0)", "Nil")]
    [Trait("Rule", "Mach/controlled")]
    public void SettledStates_ThatDifferInWhatTheyHoldOrDid_HaveDifferentKeys(string left, string right)
    {
        Assert.NotEqual(Key(left), Key(right));
    }

    [Theory]
    [InlineData("new x in { x!(1) }", "new y in { y!(1) }")]
    [InlineData("new x, y in { x!(1) | y!(2) }", "new y, x in { y!(2) | x!(1) }")]
    [InlineData("@\"a\"!(1) | @\"a\"!(2)", "@\"a\"!(2) | @\"a\"!(1)")]
    [InlineData("for (@x <- @\"a\") { Nil } | for (@x <- @\"b\") { Nil }", "for (@x <- @\"b\") { Nil } | for (@x <- @\"a\") { Nil }")]
    [Trait("Rule", "Mach/controlled")]
    public void SettledStates_EqualUpToOrderAndRenaming_ShareAKey(string left, string right)
    {
        Assert.Equal(Key(left), Key(right));
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void NamesAreRenumbered_ByFirstOccurrence_NotByTheirIds()
    {
        // The same program linked twice in one process gets fresh unforgeable names each time; the keys are equal.
        const string Source = "new x, y in { x!(1) | y!(*x) | for (@z <- y) { Nil } }";
        Assert.Equal(Key(Source), Key(Source));
        // Which name goes where still counts: x sent on y is not y sent on x.
        Assert.NotEqual(Key("new x, y in { y!(*x) | x!(*x) }"), Key("new x, y in { y!(*x) | y!(*y) }"));
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void EveryTaskBoundary_OfARunThatChangesTheStateEachTask_HasItsOwnKey_AndTheSameBoundaryTheSameKey()
    {
        // Three machines, a communication and its continuation: each task leaves a state the run has not been in.
        const string Source = "new out(`rho:io:stdout`) in { @\"b\"!(1) | for (@n <- @\"b\") { out!(n + 2) | @\"a\"!([n, 2]) } }";
        var keys = Boundaries(Source);
        Assert.True(keys.Count >= 5, $"{keys.Count} boundaries");
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(keys[2], Key(Source, 2));
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void EveryStepBudget_OfABranchingBody_StopsInAStateOfItsOwn_ThoughTheStackIsEmptyAgain()
    {
        // The body loads x, jumps on it and is back to an empty stack and the same environment at another
        // instruction: only the instruction pointer tells those two states apart.
        const string Source = "@\"b\"!(true) | for (@x <- @\"b\") { if (x) { @\"a\"!(1) } else { @\"c\"!(2) } }";
        var total = (int)After(Source).Steps;
        var bodyAtEmptyStack = Enumerable.Range(1, total)
            .SelectMany(k => Key(Source, maxSteps: k).Split('\n'))
            .Where(l => l.StartsWith("M\u0001", StringComparison.Ordinal) && l.EndsWith("\u0001stack\u0001env\u0001true\u0001", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Assert.True(bodyAtEmptyStack.Count >= 2, string.Join("\n", bodyAtEmptyStack));
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    [Trait("Rule", "Prim/processor")]
    public void EveryStepBudget_StopsTheRunInAStateOfItsOwn_PendingRequestsAndAnswersIncluded()
    {
        // n ++ "y" goes over the machine's private channel (no Int fast path); a budget that ends between the request
        // and its answer leaves the request, or the answer, queued with the machine inside it (Prim/processor).
        const string Source = "@\"b\"!(\"x\") | for (@n <- @\"b\") { @\"a\"!(n ++ \"y\") | @\"c\"!(n ++ \"z\") }";
        var total = After(Source).Steps;
        var keys = Enumerable.Range(1, (int)total).Select(k => Key(Source, maxSteps: k)).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(keys, k => k.StartsWith("Q\u0001", StringComparison.Ordinal) || k.Contains("\nQ\u0001", StringComparison.Ordinal));
        Assert.Contains(keys, k => k.StartsWith("A\u0001", StringComparison.Ordinal) || k.Contains("\nA\u0001", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void MachinesStoppedMidSequence_DifferingOnlyInTheirStacks_HaveDifferentKeys()
    {
        // Before the send on "b", the two programs' states differ only in the values the machine has pushed (the
        // constants are not part of the key, the code's identity is); some budget stops it there.
        const string Source = "@\"a\"!(1) | @\"b\"!(1, 2, 3)";
        const string Other = "@\"a\"!(1) | @\"b\"!(1, 2, 4)";
        var total = (int)After(Source).Steps;
        Assert.Contains(Enumerable.Range(1, total), k =>
            Key(Source, maxSteps: k) is var left
            && !left.Contains("D\u0001!\u0001\"b\"", StringComparison.Ordinal)
            && left != Key(Other, maxSteps: k));
    }

    [Theory]
    [InlineData("n ++ \"y\"", "n ++ \"z\"", "A")]
    [InlineData("n ++ 1", "n ++ true", "A")]
    [InlineData("n ++ 1", "n ++ true", "M")]
    [Trait("Rule", "Mach/controlled")]
    [Trait("Rule", "Prim/processor")]
    public void AQueuedAnswer_OrAMachineWithAPendingError_IsKeyedByItsValueOrError(string op, string other, string tag)
    {
        // A budget that ends between the processor's answer and the machine taking it queues the answer (tag A) with
        // its value or error; one that ends right after a failed answer leaves the machine holding its pending error
        // (tag M). At that budget the answer, or the error, is the only difference between the two programs' states.
        var source = $"@\"b\"!(\"x\") | for (@n <- @\"b\") {{ @\"a\"!({op}) }}";
        var otherSource = source.Replace(op, other, StringComparison.Ordinal);
        var total = (int)After(source).Steps;
        var at = Enumerable.Range(1, total).First(k => Key(source, maxSteps: k).Split('\n').Any(l =>
            l.StartsWith(tag + "\u0001", StringComparison.Ordinal) && (tag == "A" || l.Contains("RhoError", StringComparison.Ordinal))));
        Assert.NotEqual(Key(source, maxSteps: at), Key(otherSource, maxSteps: at));
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    [Trait("Rule", "Mach/send")]
    public void ARepeatingSystemSend_IsKeyedByWhatItPrints()
    {
        const string Source = "new out(`rho:io:stdout`) in { out!!(1) }";
        var left = Key(Source, maxSteps: 5);
        Assert.Contains("\nR\u0001", "\n" + left, StringComparison.Ordinal);
        Assert.NotEqual(left, Key(Source.Replace("(1)", "(2)", StringComparison.Ordinal), maxSteps: 5));
    }

    [Fact]
    [Trait("Rule", "Mach/controlled")]
    public void Machines_AreKeyedByTheirCode()
    {
        // Two machines of one code, or of two codes that differ: the same instruction, stack and environment.
        var a = RhoCompiler.Compile(Rholang.Compile("@\"a\"!(1)"));
        var b = RhoCompiler.Compile(Rholang.Compile("@\"b\"!(1)"));
        Assert.NotEqual(Key(Linked(a, a)), Key(Linked(a, b)));
    }

    /// <summary>Templates of a value whose compiled code holds the name written <c>@"N"</c> in a pool entry of each kind.</summary>
    public static TheoryData<string> NameHolders() => new()
    {
        "@\"N\"!(1)",
        "[*@\"N\"]",
        "@\"c\"!([[*@\"N\"]])",
        "for (@z <- @\"N\") { Nil }",
        "for (@{@\"N\"!(z)} <- @\"c\") { Nil }",
        "for (@z <- @\"c\") { @\"N\"!(z) }",
        "@\"c\"!(@\"N\"!(1))",
        "new w in { @\"N\"!(*w) }",
        "for (@z <- @\"c\") { new w in { @\"N\"!(*w) } }",
        "match 1 { [*@\"N\"] => Nil }",
    };

    [Theory]
    [MemberData(nameof(NameHolders))]
    [Trait("Rule", "Mach/controlled")]
    public void Machines_AreKeyedByTheNamesTheirCodeHolds(string template)
    {
        // Two codes: the value with @"N" made an unforgeable name, and the value beside a padding send with @"N" made
        // the same name or another. (Two different values, since equal values share one compiled code.) The two states
        // have the same machines, codes and data, and differ only in the names the second code holds.
        var padded = template + " | @\"pad\"!(0)";
        var rt1 = new Runtime(new MachineOptions(), null);
        rt1.Run(Named(template, 1));
        rt1.Run(Named(padded, 2));
        var rt2 = new Runtime(new MachineOptions(), null);
        rt2.Run(Named(template, 1));
        rt2.Run(Named(padded, 1));
        Assert.NotEqual(Key(rt1), Key(rt2));
    }

    /// <summary><paramref name="template"/> with the name <c>@"N"</c> replaced by the unforgeable name <paramref name="id"/>.</summary>
    private static Proc Named(string template, long id)
    {
        var p = Rholang.Compile(template);
        Proc Go(Proc q) => q is GString { Value: "N" } ? new GUnforgeable(id) : Traversal.MapChildren(q, (c, _) => Go(c));
        return Go(p);
    }

    private static Runtime Linked(params CompiledProcess[] ps)
    {
        var rt = new Runtime(new MachineOptions(), null);
        foreach (var p in ps)
        {
            rt.Link(p, []);
        }
        return rt;
    }

    /// <summary>The key at every task boundary of a run of <paramref name="source"/> (fifo), from the start to the end.</summary>
    private static List<string> Boundaries(string source)
    {
        var rt = new Runtime(new MachineOptions(Primitives: PrimitivePath.Channel), null);
        rt.Link(RhoCompiler.Compile(Rholang.Compile(source)), []);
        var keys = new List<string> { Key(rt) };
        while (rt.RunOne())
        {
            keys.Add(Key(rt));
        }
        return keys;
    }
}
