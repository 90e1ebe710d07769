using System.Text.RegularExpressions;

namespace Rho.Machine.Tests;

/// <summary>Every id defined in spec/machine.md has a test tagged with it, and every tag names an id defined there.</summary>
public partial class SpecCoverageTests
{
    [GeneratedRegex(@"^\|\s*`([A-Za-z]+/[A-Za-z0-9_\-+!?<>=*%&|]+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex IdRow();

    private static HashSet<string> Defined(params string[] files) =>
        files.SelectMany(f => IdRow().Matches(File.ReadAllText(Path.Combine(Oracle.RepoRoot(), "spec", f))))
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> Tagged() =>
        typeof(SpecCoverageTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.CustomAttributes)
            .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Rule")
            .Select(a => (string)a.ConstructorArguments[1].Value!)
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void EveryMachineSpecId_HasATaggedTest()
    {
        var defined = Defined("machine.md");
        Assert.True(defined.Count > 20, $"only {defined.Count} ids in spec/machine.md");
        var untested = defined.Except(Tagged()).Order(StringComparer.Ordinal).ToList();
        Assert.True(untested.Count == 0, "ids with no test:\n" + string.Join("\n", untested));
    }

    /// <summary>Machine tests also check compiler rules and laws on runs, so a tag may name an id of the bytecode or law chapters.</summary>
    [Fact]
    public void EveryTaggedId_IsDefinedInTheMachineSpec()
    {
        var unknown = Tagged().Except(Defined("machine.md", "bytecode.md", "laws.md")).Order(StringComparer.Ordinal).ToList();
        Assert.True(unknown.Count == 0, "tags naming no id of spec/machine.md, spec/bytecode.md or spec/laws.md:\n" + string.Join("\n", unknown));
    }
}
