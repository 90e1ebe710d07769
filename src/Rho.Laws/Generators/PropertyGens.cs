using FsCheck;
using FsCheck.Fluent;
using Rho.Semantics.Syntax;

namespace Rho.Laws.Generators;

/// <summary>
/// The process generator wrapped for FsCheck (<see cref="Arbitrary"/>) and Hedgehog
/// (<see cref="Hedgehog"/>), both shrinking with <see cref="Shrink"/>.
/// </summary>
public static class PropertyGens
{
    /// <summary>An FsCheck arbitrary of closed processes with the given size bound.</summary>
    public static Arbitrary<SProc> Arbitrary(int maxSize = 12) =>
        Arb.From(
            FsCheck.Fluent.Gen.Sized(size => FsCheck.Fluent.Gen.Choose(0, int.MaxValue)
                .Select(seed => new ProcessGenerator(seed).Process(1 + (size % maxSize)))),
            p => Shrink(p));

    /// <summary>A Hedgehog generator of closed processes with the given size bound.</summary>
    public static global::Hedgehog.Gen<SProc> Hedgehog(int maxSize = 12) =>
        global::Hedgehog.Linq.GenExtensions.ShrinkLazy(
            global::Hedgehog.Linq.GenExtensions.Select(
                global::Hedgehog.Linq.Gen.Int32(global::Hedgehog.Linq.Range.Constant(0, int.MaxValue)),
                seed => new ProcessGenerator(seed).Process(1 + (seed % maxSize))),
            Shrink);

    /// <summary>
    /// Smaller closed processes: Nil, each component of a par, and the same node with one child
    /// shrunk. Each candidate stays closed (only whole processes in the same scope are dropped).
    /// </summary>
    public static IEnumerable<SProc> Shrink(SProc p)
    {
        if (p is SNil)
        {
            yield break;
        }
        yield return new SNil(p.Pos);
        if (p is SPar par)
        {
            yield return par.Left;
            yield return par.Right;
            foreach (var l in Shrink(par.Left))
            {
                yield return par with { Left = l };
            }
            foreach (var r in Shrink(par.Right))
            {
                yield return par with { Right = r };
            }
        }
        switch (p)
        {
            case SNew n:
                foreach (var b in Shrink(n.Body))
                {
                    yield return n with { Body = b };
                }
                break;
            case SFor f:
                foreach (var b in Shrink(f.Body))
                {
                    yield return f with { Body = b };
                }
                break;
            case SContract c:
                foreach (var b in Shrink(c.Body))
                {
                    yield return c with { Body = b };
                }
                break;
            case SIf i:
                yield return i.Then;
                if (i.Else is not null)
                {
                    yield return i.Else;
                }
                break;
            default:
                break;
        }
    }
}
