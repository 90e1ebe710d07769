using System.Reflection;
using System.Text.RegularExpressions;

namespace Rho.Semantics.Tests;

/// <summary>
/// Every rule, law, operator, method and pattern id defined in the semantics chapters of
/// <c>spec/</c> (a table row starting with "| `Id/name` |") has at least one test tagged
/// <c>[Trait("Rule", "Id/name")]</c>, and every tag names a defined id.
/// </summary>
public partial class SpecCoverageTests
{
    /// <summary>The chapters of spec/ that belong to Rho.Semantics.</summary>
    private static readonly string[] Chapters =
        ["syntax.md", "normalization.md", "congruence.md", "expressions.md", "matching.md", "printing.md", "semantics.md", "divergences.md"];

    [GeneratedRegex(@"^\|\s*`([A-Za-z]+/[A-Za-z0-9_\-+!?<>=*%&|]+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex IdRow();

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RhoSpec.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("RhoSpec.sln not found above the test binaries");
    }

    internal static HashSet<string> DefinedIds(IEnumerable<string> chapters)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chapter in chapters)
        {
            var path = Path.Combine(RepoRoot(), "spec", chapter);
            Assert.True(File.Exists(path), $"spec chapter missing: {path}");
            foreach (Match m in IdRow().Matches(File.ReadAllText(path)))
            {
                ids.Add(m.Groups[1].Value);
            }
        }
        return ids;
    }

    internal static HashSet<string> TestedIds(Assembly tests) =>
        tests.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.CustomAttributes)
            .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Rule")
            .Select(a => (string)a.ConstructorArguments[1].Value!)
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void EverySpecId_HasATaggedTest()
    {
        // Divergences (Div/…) are documented choices; the behaviour they describe is tested under
        // its rule id, so a Div id needs no tag of its own (one that is tagged must exist).
        var defined = DefinedIds(Chapters).Where(id => !id.StartsWith("Div/", StringComparison.Ordinal)).ToHashSet();
        Assert.NotEmpty(defined);
        var untested = defined.Except(TestedIds(typeof(SpecCoverageTests).Assembly)).Order(StringComparer.Ordinal).ToList();
        Assert.True(untested.Count == 0, "ids in spec/ with no [Trait(\"Rule\", id)] test:\n" + string.Join("\n", untested));
    }

    [Fact]
    public void EveryTaggedId_IsDefinedInSpec()
    {
        var defined = DefinedIds(Chapters);
        var unknown = TestedIds(typeof(SpecCoverageTests).Assembly)
            .Except(defined)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(unknown.Count == 0, "tests tag ids that spec/ does not define:\n" + string.Join("\n", unknown));
    }
}
