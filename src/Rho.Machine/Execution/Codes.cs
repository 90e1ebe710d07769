using System.Runtime.CompilerServices;
using Rho.Compiler;
using Rho.Compiler.Bytecode;
using Rho.Semantics.Congruence;
using Rho.Semantics.Core;
using Rho.Semantics.Mutation;

namespace Rho.Machine.Execution;

/// <summary>
/// Shared, thread-safe caches over compiled code: instruction bytes, source positions, the open term a
/// QUOTE payload or unit body stands for (through the public decompiler) and the compiled code of a
/// value that EVAL runs.
/// </summary>
internal static class Codes
{
    private static readonly ConditionalWeakTable<Code, Image> Loaded = [];
    private static readonly ConditionalWeakTable<CompiledProcess, Proc> Terms = [];
    private static readonly Lock CompiledLock = new();
    private static readonly Dictionary<Proc, CompiledProcess> Compiled = [];

    /// <summary>
    /// A sequence as a machine runs it, made once per code: its instruction bytes, and the source position of every
    /// offset (<see cref="PositionAt"/> over the source map sorted by offset), so that a lookup is an index.
    /// </summary>
    public static Image Image(Code code) => Loaded.GetValue(code, static c =>
    {
        SourceMapEntry[] map = [.. c.Meta.SourceMap.Items.OrderBy(e => e.Offset)];
        var positions = new SourcePos[c.Instrs.Count];
        for (var offset = 0; offset < positions.Length; offset++)
        {
            positions[offset] = PositionAt(map, offset);
        }
        return new Image([.. c.Instrs.Items], positions, [.. c.Pool.Items]);
    });

    /// <summary>The images of a unit's sequences, in order.</summary>
    public static Image[] Images(CompiledProcess unit)
    {
        var images = new Image[unit.Sequences.Count];
        for (var i = 0; i < images.Length; i++)
        {
            images[i] = Image(unit.Sequences[i]);
        }
        return images;
    }

    /// <summary>
    /// The source position of the instruction at <paramref name="offset"/> (the last entry of the sorted
    /// <paramref name="map"/> at or before it), by binary search.
    /// </summary>
    public static SourcePos PositionAt(SourceMapEntry[] map, int offset)
    {
        var (lo, hi) = (0, map.Length - 1);
        var found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (map[mid].Offset <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found < 0 ? SourcePos.None : map[found].Pos;
    }

    /// <summary>
    /// The open term <c>[| Q |]</c> stands for, its free variables as bound variables over an environment of
    /// <paramref name="depth"/> values. The public decompiler verifies at depth 0, so the code is wrapped in a link
    /// group of <paramref name="depth"/> names and the group's body is taken back.
    /// </summary>
    public static Proc OpenTerm(CompiledProcess p, int depth) => Terms.GetValue(p, q =>
    {
        if (depth == 0)
        {
            return RhoCompiler.Decompile(q);
        }
        var wrapped = CompiledProcess.Of([], [new LinkGroup(depth, Seq<string>.Empty, q)]);
        // Stryker disable once String : unreachable guard (the decompiler gives a link group back as a new of its size); diagnostic text
        return RhoCompiler.Decompile(wrapped) is New n && n.Count == depth
            ? n.Body
            : throw Rho.Semantics.Errors.RhoException.Crash("decompiled link group is not a new");
    });

    /// <summary>The compiled code of a closed process (EVAL runs it).</summary>
    public static CompiledProcess CompileValue(Proc p)
    {
        // Stryker disable once all : the cache never changes a compiled result; bypassing it while semantic mutants are on only keeps mutated code out of later runs
        if (Mutants.AnyOn)
        {
            return RhoCompiler.Compile(p); // Code compiled under a mutant must not reach the shared cache.
        }
        lock (CompiledLock)
        {
            // Stryker disable once Block : a miss compiles the same code again
            if (Compiled.TryGetValue(p, out var c))
            {
                return c;
            }
        }
        var compiled = RhoCompiler.Compile(p);
        // Stryker disable once Block : a cache never filled misses every time, and a miss compiles the same code again
        lock (CompiledLock)
        {
            // Stryker disable once all : the cache's size bound only limits memory; a cleared or a full cache gives the same code
            if (Compiled.Count > 100_000)
            {
                Compiled.Clear();
            }
            Compiled[p] = compiled;
        }
        return compiled;
    }

    /// <summary>A value as the reducer's canonical state holds it (a leaf is its own canonical form).</summary>
    // Stryker disable once all : Canon.Of returns a leaf itself (CodesHelperTests); the test only skips its dispatch
    public static Proc Canonical(Proc p) => p is GInt or GBool or GString or GUnforgeable or Nil ? p : Canon.Of(p);

    /// <summary>An array the caller gives up, as a sequence (no copy).</summary>
    public static Seq<Proc> Own(Proc[] items) => new(System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items));

    /// <summary>The environment <paramref name="front"/> then <paramref name="env"/>; <paramref name="env"/> itself when there is no front.</summary>
    public static Proc[] Concat(Seq<Proc> front, Proc[] env)
    {
        if (front.Count == 0)
        {
            return env;
        }
        var all = new Proc[front.Count + env.Length];
        front.Items.AsSpan().CopyTo(all);
        env.AsSpan().CopyTo(all.AsSpan(front.Count));
        return all;
    }

    /// <summary>The environment <paramref name="front"/> then <paramref name="env"/>; <paramref name="env"/> itself when there is no front.</summary>
    public static Proc[] Concat(Proc[] front, Proc[] env)
    {
        if (front.Length == 0)
        {
            return env;
        }
        var all = new Proc[front.Length + env.Length];
        front.AsSpan().CopyTo(all);
        env.AsSpan().CopyTo(all.AsSpan(front.Length));
        return all;
    }

}
