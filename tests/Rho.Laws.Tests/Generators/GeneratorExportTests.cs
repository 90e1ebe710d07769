using FsCheck;
using FsCheck.Fluent;
using Rho.Laws.Generators;
using Rho.Semantics;
using Rho.Semantics.Core;

namespace Rho.Laws.Tests.Generators;

/// <summary>The generators the law library exports for reuse produce what their doc comments promise.</summary>
public class GeneratorExportTests
{
    [Fact]
    public void CoreTerms_AreClosedAndCanonical() => Seeds.Run("core-terms", () =>
        Check.One(Seeds.FsCheck(100), Prop.ForAll(ChoiceGens.CoreTerms(), g =>
            Substitution.IsClosed(g.Value) && Rho.Semantics.Congruence.Canon.Of(g.Value) == g.Value && g.Value == CoreGen.Build(g.Choices))));

    [Fact]
    public void Programs_CompileThroughTheFrontEnd() => Seeds.Run("programs", () =>
        Seeds.Hedgehog(ChoiceGens.ProgramsHedgehog(), g => Substitution.IsClosed(Rholang.Compile(g.Value)), 100));

    [Fact]
    public void Processes_NormalizeToClosedTerms() => Seeds.Run("processes", () =>
        Seeds.Hedgehog(PropertyGens.Hedgehog(), s => Substitution.IsClosed(Rho.Semantics.Normalize.Normalizer.Normalize(s)), 100));
}
