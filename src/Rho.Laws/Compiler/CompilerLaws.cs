using Rho.Laws.Generators;
using Rho.Laws.Properties;
using Rho.Semantics.Core;
using Canon = Rho.Semantics.Congruence.Canon;

namespace Rho.Laws.Compiler;

/// <summary>
/// The laws of compilation (spec/laws.md, "Compiler") on closed core terms picked by choice lists
/// (<see cref="CoreGen"/>), checked with FsCheck and then Hedgehog under <see cref="Props.Pinned"/>.
/// </summary>
/// <typeparam name="TCode">The compiled form.</typeparam>
internal static class CompilerLaws<TCode>
{
    private static readonly EqualityComparer<TCode> Eq = EqualityComparer<TCode>.Default;

    private static Law<ICompiler<TCode>> Law(string id, string name, string statement, Func<ICompiler<TCode>, int[], bool> property, int tests = 100, int parts = 1) =>
        new([id], name, statement, Props.Pinned, (k, c) => ForAll.Choices(xs => property(k, xs), xs => ShowChoices(xs, parts), c.Tests(tests), 60, c.Seed));

    /// <summary>
    /// The terms a choice list picks, as source: one term, or P, Q (and R) when the law splits the list into
    /// <paramref name="parts"/> equal parts (the last takes the rest), then the list itself.
    /// </summary>
    internal static string ShowChoices(int[] xs, int parts)
    {
        var size = xs.Length / parts;
        var terms = Enumerable.Range(0, parts).Select(i => xs[(i * size)..(i == parts - 1 ? xs.Length : (i + 1) * size)]);
        var shown = parts == 1 ? Show.Core(CoreGen.BuildRaw(xs)) : string.Join("\n", terms.Select((t, i) => $"P{i + 1} = {Show.Core(CoreGen.Build(t))}"));
        return shown + "\n(choices [" + string.Join(", ", xs) + "])";
    }

    public static IEnumerable<Law<ICompiler<TCode>>> All()
    {
        yield return Law("Law/par", "par is union", "[| P | Q |] = [| P |] ⊎ [| Q |] and [| Nil |] = ∅.", (k, xs) =>
        {
            var half = xs.Length / 2;
            var p = CoreGen.Build(xs[..half]);
            var q = CoreGen.Build(xs[half..]);
            return Eq.Equals(k.Compile(new Par(Seq.Of(p, q))), k.Union(k.Compile(p), k.Compile(q))) && k.IsEmpty(k.Compile(Nil.Instance));
        }, parts: 2);
        yield return Law("Law/order", "order and grouping", "[| P1 | … | Pn |] and its hash do not depend on the order or grouping of the Pi, nor on Nil.", (k, xs) =>
        {
            var third = xs.Length / 3;
            var p1 = CoreGen.Build(xs[..third]);
            var p2 = CoreGen.Build(xs[third..(2 * third)]);
            var p3 = CoreGen.Build(xs[(2 * third)..]);
            var left = k.Compile(new Par(Seq.Of<Proc>(new Par(Seq.Of(p1, p2)), p3)));
            var right = k.Compile(new Par(Seq.Of<Proc>(p3, Nil.Instance, new Par(Seq.Of(p2, p1)))));
            return Eq.Equals(left, right) && k.Hash(left) == k.Hash(right);
        }, parts: 3);
        yield return Law("Law/quote", "quote of compiled code", "[| @Q |] = QUOTE [| Q |]: a quoted process compiles to QUOTE of its already-compiled code.", (k, xs) =>
        {
            var p = CoreGen.Build(xs);
            // A process that is not an expression in value position (a new, a send) is quoted.
            // Stryker disable once Boolean : either persistence of either send leaves the law as it is: QUOTE of the quoted process's own code is looked for in the code of the send that holds it
            var send = new Send(new GInt(7), Seq.Of<Proc>(new Par(Seq.Of<Proc>(new New(1, Seq<string>.Empty, p), new Send(new GInt(1), Seq<Proc>.Empty, false)))), false);
            var quoted = Canon.Of(((Send)Canon.Of(send)).Args[0]);
            var compiled = k.Compile(quoted);
            return k.QuotedCode(k.Compile(send)).Any(q => Eq.Equals(q, compiled));
        });
        yield return Law("Law/quote", "quoted values", "two quoted values are equal exactly when the processes are ≡.", (k, xs) =>
        {
            var half = xs.Length / 2;
            var p = CoreGen.Build(xs[..half]);
            var q = CoreGen.Build(xs[half..]);
            // Stryker disable once Boolean : both sides are wrapped alike, so persistent wrappers are equal exactly when the plain ones are
            static Proc Out(Proc x) => new Send(new GInt(0), Seq.Of<Proc>(new Send(new GInt(1), Seq.Of(x), false)), false);
            return Eq.Equals(k.Compile(Out(p)), k.Compile(Out(q))) == (Canon.Of(p) == Canon.Of(q));
        }, parts: 2);
        yield return Law("Law/canonical", "congruent variants", "≡-variants (regrouping, Nil, the canonical form) compile alike, with equal hashes.", (k, xs) =>
        {
            var raw = CoreGen.BuildRaw(xs);
            var variant = new Par(Seq.Of<Proc>(Nil.Instance, new Par(Seq.Of<Proc>(raw, Nil.Instance))));
            return Eq.Equals(k.Compile(raw), k.Compile(variant)) && Eq.Equals(k.Compile(raw), k.Compile(Canon.Of(raw)))
                && k.Hash(k.Compile(raw)) == k.Hash(k.Compile(variant));
        });
        yield return Law("Law/canonical", "near misses", "near-misses (a leaf changed, a flag flipped, a receive kind changed, a multiplicity doubled) compile alike exactly when congruent.", (k, xs) =>
        {
            var p = CoreGen.Build(xs);
            var cp = k.Compile(p);
            return Mutations.Of(p).All(m =>
            {
                var congruent = Canon.Of(m) == p;
                var cm = k.Compile(m);
                return Eq.Equals(cm, cp) == congruent && (k.Hash(cm) == k.Hash(cp)) == congruent;
            });
        });
        yield return Law("Law/roundtrip", "binary round trip", "deserialize ∘ serialize = id (with and without source map); re-serializing gives the same bytes.", (k, xs) =>
        {
            var c = k.Compile(CoreGen.Build(xs));
            var bytes = k.Serialize(c, withSourceMap: true);
            var back = k.Load(bytes);
            return Eq.Equals(back, c) && k.Serialize(back, withSourceMap: true).AsSpan().SequenceEqual(bytes)
                && Eq.Equals(k.Load(k.Serialize(c, withSourceMap: false)), c);
        });
        yield return Law("Law/roundtrip", "text round trip", "assemble ∘ disassemble = id; disassembling again gives the same text.", (k, xs) =>
        {
            var c = k.Compile(CoreGen.Build(xs));
            var text = k.Disassemble(c);
            var back = k.Assemble(text);
            return Eq.Equals(back, c) && k.Disassemble(back) == text;
        });
        yield return Law("Law/roundtrip", "decompile", "decompile([| P |]) ≡ P.", (k, xs) =>
        {
            var p = CoreGen.Build(xs);
            return Canon.Of(k.Decompile(k.Compile(p))) == p;
        });
        yield return Law("Law/verify", "compiled code verifies", "every compiled program, and its optimized form, verifies.", (k, xs) =>
        {
            var c = k.Compile(CoreGen.Build(xs));
            k.Verify(c);
            k.Verify(k.Optimize(c));
            return true;
        });
        yield return Law("Law/optimizer", "optimizer is unobservable", "optimized and unoptimized code, decompiled, have the same printed outputs and errors under the reference reducer (a persistent printer on channel 0 makes programs observable).", (k, xs) =>
        {
            var program = Observable.Printing(CoreGen.Build(xs));
            var compiled = k.Compile(program);
            var plain = Observable.Outputs(k.Decompile(compiled));
            var optimized = Observable.Outputs(k.Decompile(k.Optimize(compiled)));
            return plain is null || optimized is null || plain.SetEquals(optimized);
        }, tests: 60);
    }
}
