using System.Text.RegularExpressions;

namespace Rho.Compiler.Tests;

/// <summary>
/// Every id defined in spec/bytecode.md and in the compiler section of spec/laws.md (a table row
/// starting with "| `Id/name` |") has a test tagged <c>[Trait("Rule", id)]</c>, and every tag of
/// this project names a defined id.
/// </summary>
public partial class SpecCoverageTests
{
    [GeneratedRegex(@"^\|\s*`([A-Za-z]+/[A-Za-z0-9_\-+!?<>=*%&|]+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex IdRow();

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RhoSpec.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("RhoSpec.sln not found above the test binaries");
    }

    private static HashSet<string> Defined()
    {
        var laws = File.ReadAllText(Path.Combine(RepoRoot(), "spec", "laws.md"));
        var start = laws.IndexOf("## Compiler", StringComparison.Ordinal);
        var end = laws.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var text = File.ReadAllText(Path.Combine(RepoRoot(), "spec", "bytecode.md"))
            + (end < 0 ? laws[start..] : laws[start..end]);
        return IdRow().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string> Tagged() =>
        typeof(SpecCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.CustomAttributes)
            .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Rule")
            .Select(a => (string)a.ConstructorArguments[1].Value!)
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void EveryCompilerSpecId_HasATaggedTest()
    {
        var defined = Defined();
        Assert.True(defined.Count > 60, $"only {defined.Count} ids found in spec/bytecode.md and spec/laws.md");
        var untested = defined.Except(Tagged()).Order(StringComparer.Ordinal).ToList();
        Assert.True(untested.Count == 0, "ids with no [Trait(\"Rule\", id)] test:\n" + string.Join("\n", untested));
    }

    [Fact]
    public void EveryTaggedId_IsDefinedInTheCompilerSpec()
    {
        var unknown = Tagged().Except(Defined()).Order(StringComparer.Ordinal).ToList();
        Assert.True(unknown.Count == 0, "tags naming no id of the compiler spec:\n" + string.Join("\n", unknown));
    }
}
