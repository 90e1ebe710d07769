using System.Text.RegularExpressions;
using Rho.Semantics.Conformance;
using Xunit.Abstractions;

namespace Rho.Semantics.Tests.Conformance;

public partial class ConformanceRunnerTests(ITestOutputHelper output)
{
    [Fact]
    [Trait("Rule", "New/fresh")]
    [Trait("Rule", "Match/case")]
    [Trait("Rule", "Match/none")]
    [Trait("Rule", "Eval/send")]
    [Trait("Rule", "Eval/receive")]
    [Trait("Rule", "Eval/method")]
    [Trait("Rule", "Eval/bundle")]
    [Trait("Rule", "Expr/inert")]
    [Trait("Rule", "Comm/linear")]
    [Trait("Rule", "Comm/persistent")]
    [Trait("Rule", "Comm/peek")]
    [Trait("Rule", "Comm/join")]
    [Trait("Rule", "Sys/stdout")]
    [Trait("Rule", "Sys/stdoutAck")]
    [Trait("Rule", "Sys/stderr")]
    [Trait("Rule", "Sys/stderrAck")]
    [Trait("Rule", "Error/bundle-permission")]
    public void Corpus_AgainstTheReducer_EveryCasePasses()
    {
        var report = ConformanceRunner.Run(ConformanceCorpus.All, new ReducerImplementation());
        output.WriteLine(report.Summary());
        Assert.True(report.Results.Count >= 200, $"only {report.Results.Count} cases");
        Assert.True(report.Failed == 0, string.Join("\n\n", report.Failures.Select(f => f.Message)));
    }

    [Fact]
    [Trait("Category", "Slow")] // left out of mutation runs (tests/Rho.Semantics.Tests/stryker-config.json)
    public void Corpus_AgainstTheReducerAsOneRun_EveryCasePassesTheOracle()
    {
        // The reducer's first outcome, seen as a one-run implementation: every assertion and the
        // oracle-membership check must accept it.
        var report = ConformanceRunner.Run(ConformanceCorpus.All, new FakeImplementation("reducer, one run", r => r));
        Assert.True(report.Failed == 0, string.Join("\n\n", report.Failures.Select(f => f.Message)));
    }

    [Fact]
    [Trait("Category", "Slow")] // left out of mutation runs (tests/Rho.Semantics.Tests/stryker-config.json)
    public void Regen_OnTheStoredCorpus_FindsNoDifference()
    {
        var differ = ConformanceCorpus.All.Where(c => c.Skip is null).Select(Regen.Compute).Where(r => r.Differs).ToList();
        Assert.True(differ.Count == 0, string.Join("\n", differ.Select(d => $"{d.Case.Id}: - {d.Old} + {d.New} {d.Note}")));
    }

    [GeneratedRegex(@"^\|\s*`([A-Za-z]+/[A-Za-z0-9_\-+!?<>=*%&|]+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex IdRow();

    private static IEnumerable<string> Ids(string chapter, string? section = null, string? endSection = null)
    {
        var text = File.ReadAllText(Path.Combine(SpecCoverageTests.RepoRoot(), "spec", chapter));
        if (section is not null)
        {
            text = text[text.IndexOf(section, StringComparison.Ordinal)..];
            if (endSection is not null)
            {
                text = text[..text.IndexOf(endSection, StringComparison.Ordinal)];
            }
        }
        return IdRow().Matches(text).Select(m => m.Groups[1].Value);
    }

    private static HashSet<string> CoveredIds() =>
        ConformanceCorpus.All.Where(c => c.Skip is null).SelectMany(c => c.Rules).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Corpus_CoversEveryReductionRuleOfTheSemanticsChapter()
    {
        var rules = Ids("semantics.md", "## 3. Reduction rules", "## 4.").ToList();
        Assert.True(rules.Count >= 17, $"found only {rules.Count} reduction ids");
        var missing = rules.Except(CoveredIds()).ToList();
        Assert.True(missing.Count == 0, "no conformance case for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Corpus_CoversEveryOperatorMethodErrorPatternAndStaticCheck()
    {
        var ids = Ids("expressions.md").Concat(Ids("matching.md"))
            .Concat(Ids("normalization.md").Where(i => i.StartsWith("Static/", StringComparison.Ordinal)))
            .ToList();
        var missing = ids.Except(CoveredIds()).ToList();
        Assert.True(missing.Count == 0, "no conformance case for: " + string.Join(", ", missing));
    }

    [Fact]
    public void Corpus_EveryRuleIdOfACase_IsDefinedInSpec()
    {
        var defined = SpecCoverageTests.DefinedIds(["syntax.md", "normalization.md", "congruence.md", "expressions.md", "matching.md", "printing.md", "semantics.md"]);
        var unknown = ConformanceCorpus.All.SelectMany(c => c.Rules.Where(r => !defined.Contains(r)).Select(r => $"{c.Id}: {r}")).ToList();
        Assert.True(unknown.Count == 0, string.Join("\n", unknown));
    }

    [Fact]
    public void Corpus_EveryCase_HasRulesAnAssertionAndAtMostOneSkipWithAReason()
    {
        foreach (var c in ConformanceCorpus.All)
        {
            Assert.True(c.Rules.Count > 0, $"{c.Id} names no rule");
            Assert.True(c.Expect is not null, $"{c.Id} has a placeholder assertion");
            if (c.Skip is { } s)
            {
                Assert.Contains(s.Heading, new[] { "TEMPORARY", "PERMANENT" });
                Assert.False(string.IsNullOrWhiteSpace(s.Reason));
            }
        }
        Assert.Contains(ConformanceCorpus.All, c => c.Skip is null);
    }

    [Fact]
    public void Corpus_ExpectedLines_HoldNoLineBreak()
    {
        // The command protocol carries one printed value per line.
        var lines = ConformanceCorpus.All.SelectMany(c => ExpectedLines(c.Expect).Select(l => (c.Id, l)));
        Assert.DoesNotContain(lines, x => x.l.Contains('\n', StringComparison.Ordinal));
    }

    private static IEnumerable<string> ExpectedLines(Assertion? a) => a switch
    {
        Assertion.Stdout s => s.Lines,
        Assertion.StdoutMultiset s => s.Lines,
        Assertion.StdoutOneOf s => s.Sequences.SelectMany(x => x),
        Assertion.Confluent s => s.Lines,
        _ => [],
    };

    [Fact]
    public void Filter_ByRuleOrId_SelectsOnlyMatchingCases()
    {
        var report = ConformanceRunner.Run(ConformanceCorpus.All, new ReducerImplementation(), new RunnerOptions("Comm/peek"));
        Assert.NotEmpty(report.Results);
        Assert.All(report.Results, r => Assert.Contains(r.Case.Rules, x => x.Contains("Comm/peek", StringComparison.Ordinal)));
    }
}
