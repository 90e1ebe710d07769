using Rho.Semantics.Core;
using Rho.Semantics.Normalize;
using Rho.Semantics.Syntax;
using Rho.Laws.Generators;

namespace Rho.Semantics.Tests.Normalize;

/// <summary>
/// The normalizer on generated well-scoped programs (<see cref="ProcessGenerator"/>): it accepts
/// them, produces closed terms, and de Bruijn binding makes renaming and <c>| Nil</c> invisible.
/// </summary>
public class NormalizerPropertyTests
{
    private const int Programs = 300;

    private static IEnumerable<SProc> Generated() =>
        Enumerable.Range(0, Programs).Select(seed => new ProcessGenerator(seed).Process(1 + (seed % 16)));

    [Fact]
    [Trait("Rule", "Norm/var")]
    public void WellScopedPrograms_NormalizeToClosedTerms()
    {
        foreach (var p in Generated())
        {
            Assert.True(Substitution.IsClosed(Normalizer.Normalize(p)));
        }
    }

    [Fact]
    [Trait("Rule", "Norm/var")]
    [Trait("Rule", "Norm/new")]
    [Trait("Rule", "Norm/receive")]
    public void RenamingBoundVariables_GivesTheSameTerm()
    {
        foreach (var p in Generated())
        {
            Assert.Equal(Normalizer.Normalize(p), Normalizer.Normalize(SyntaxTransforms.RenameBound(p)));
        }
    }

    [Fact]
    [Trait("Rule", "Norm/par")]
    public void InsertingNil_GivesTheSameTerm()
    {
        var rng = new Random(7);
        foreach (var p in Generated())
        {
            Assert.Equal(Normalizer.Normalize(p), Normalizer.Normalize(SyntaxTransforms.InsertNil(p, rng)));
        }
    }
}
