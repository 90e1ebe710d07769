using System.Text.RegularExpressions;

namespace Rho.Machine.Tests;

/// <summary>Every id defined in spec/machine.md has a test tagged with it, and every tag names an id of spec/machine.md, spec/bytecode.md or spec/laws.md.</summary>
public partial class SpecCoverageTests
{
    [GeneratedRegex(@"^\|\s*`([A-Za-z]+/[A-Za-z0-9_\-+!?<>=*%&|]+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex IdRow();

    private static HashSet<string> Defined() =>
        IdRow().Matches(File.ReadAllText(Path.Combine(Oracle.RepoRoot(), "spec", "machine.md")))
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
        var defined = Defined();
        Assert.True(defined.Count > 20, $"only {defined.Count} ids in spec/machine.md");
        var untested = defined.Except(Tagged()).Order(StringComparer.Ordinal).ToList();
        Assert.True(untested.Count == 0, "ids with no test:\n" + string.Join("\n", untested));
    }

    [Fact]
    public void EveryTaggedId_IsDefinedInTheMachineSpec()
    {
        // Machine tests may also check compiler rules and laws that involve running code (Law/optimizer, Opt/original).
        var known = Defined();
        foreach (var spec in new[] { "bytecode.md", "laws.md" })
        {
            known.UnionWith(IdRow().Matches(File.ReadAllText(Path.Combine(Oracle.RepoRoot(), "spec", spec))).Select(m => m.Groups[1].Value));
        }
        var unknown = Tagged().Except(known).Order(StringComparer.Ordinal).ToList();
        Assert.True(unknown.Count == 0, "tags naming no id of spec/machine.md, bytecode.md or laws.md:\n" + string.Join("\n", unknown));
    }
}
