using Rho.Semantics.Conformance;

namespace Rho.Semantics.Tests.Conformance;

/// <summary>
/// The runner's report forms (spec/conformance.md, "Running"): the summary with skips under their
/// headings and counts by category and rule, TAP, JSON and JUnit, each pinned to its exact text.
/// </summary>
public class ConfMutReportTests
{
    private static ConformanceCase Case(string category, string name, Skip? skip, params string[] rules) =>
        new(category, name, $"/c/{category}/{name}.rho", "Nil", rules, "stdout", new Assertion.Stdout([]), skip);

    private static readonly ConformanceReport Report = new("impl", [
        new CaseResult(Case("ops", "add", null, "Op/add"), CaseVerdict.Pass, null),
        new CaseResult(Case("ops", "sub", null, "Op/sub", "Op/add", "Op/sub"), CaseVerdict.Fail, "FAIL ops/sub (x)\n  rules:    Op/sub\n  problem:  wrong"),
        new CaseResult(Case("comm", "join", new Skip(false, "later"), "Comm/join"), CaseVerdict.Skip, "TEMPORARY: later"),
        new CaseResult(Case("comm", "peek", new Skip(true, "never"), "Comm/peek", "Op/add"), CaseVerdict.Skip, "PERMANENT: never"),
        new CaseResult(Case("comm", "linear", null, "Comm/linear"), CaseVerdict.Fail, null),
    ]);

    [Fact]
    public void Counts_AndTallies_ByRuleAndCategory()
    {
        Assert.Equal((1, 2, 2), (Report.Passed, Report.Failed, Report.Skipped));
        Assert.Equal(["ops/sub", "comm/linear"], Report.Failures.Select(f => f.Case.Id));
        Assert.Equal([("comm", 0, 1, 2), ("ops", 1, 1, 0)], Report.ByCategory());
        Assert.Equal(
            [("Comm/join", 0, 0, 1), ("Comm/linear", 0, 1, 0), ("Comm/peek", 0, 0, 1), ("Op/add", 1, 1, 1), ("Op/sub", 0, 1, 0)],
            Report.ByRule());
    }

    [Fact]
    public void Summary_FailuresSkipsAndCounts()
    {
        const string expected = """
            FAIL ops/sub (x)
              rules:    Op/sub
              problem:  wrong

            skipped, TEMPORARY:
              comm/join: later
            skipped, PERMANENT:
              comm/peek: never
            by category:
              comm                            0 pass    1 fail    2 skip
              ops                             1 pass    1 fail    0 skip
            by rule:
              Comm/join                       0 pass    0 fail    1 skip
              Comm/linear                     0 pass    1 fail    0 skip
              Comm/peek                       0 pass    0 fail    1 skip
              Op/add                          1 pass    1 fail    1 skip
              Op/sub                          0 pass    1 fail    0 skip
            impl: 5 cases, 1 passed, 2 failed, 2 skipped; 5 rule ids covered

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), Report.Summary().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Summary_WithoutSkips_HasNoSkipHeading()
    {
        var r = new ConformanceReport("impl", [Report.Results[0]]);
        Assert.Equal(
            "by category:\n  ops                             1 pass    0 fail    0 skip\nby rule:\n  Op/add                          1 pass    0 fail    0 skip\nimpl: 1 cases, 1 passed, 0 failed, 0 skipped; 1 rule ids covered\n",
            r.Summary().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Tap_OkNotOkAndSkip_WithTheReportAsComments()
    {
        const string expected = """
            TAP version 13
            1..5
            ok 1 - ops/add
            not ok 2 - ops/sub
            # FAIL ops/sub (x)
            #   rules:    Op/sub
            #   problem:  wrong
            ok 3 - comm/join # SKIP TEMPORARY: later
            ok 4 - comm/peek # SKIP PERMANENT: never
            not ok 5 - comm/linear
            # 

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), Report.Tap().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Tap_AnUnknownVerdict_IsACrashOfTheRunner()
    {
        var r = new ConformanceReport("impl", [Report.Results[0] with { Verdict = (CaseVerdict)7 }]);
        var e = Assert.Throws<Errors.RhoException>(r.Tap);
        Assert.Equal("unknown verdict 7", e.Error.Message);
        Assert.Equal("unknown verdict 7", Assert.Throws<Errors.RhoException>(r.JUnit).Error.Message);
    }

    [Fact]
    public void Json_EveryCaseWithItsVerdict()
    {
        var r = new ConformanceReport("impl", [Report.Results[1], Report.Results[2]]);
        const string expected = """
            {
              "implementation": "impl",
              "passed": 0,
              "failed": 1,
              "skipped": 1,
              "cases": [
                {
                  "id": "ops/sub",
                  "rules": [
                    "Op/sub",
                    "Op/add",
                    "Op/sub"
                  ],
                  "verdict": "fail",
                  "message": "FAIL ops/sub (x)\n  rules:    Op/sub\n  problem:  wrong"
                },
                {
                  "id": "comm/join",
                  "rules": [
                    "Comm/join"
                  ],
                  "verdict": "skip",
                  "message": "TEMPORARY: later"
                }
              ]
            }
            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), r.Json().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void JUnit_OneSuitePerCategory_FailureAndSkipped()
    {
        const string expected = """
            <?xml version="1.0" encoding="utf-8"?>
            <testsuites name="rho conformance: impl" tests="5" failures="2" skipped="2">
              <testsuite name="comm" tests="3" failures="1" skipped="2">
                <testcase classname="comm" name="comm/join">
                  <properties>
                    <property name="rule" value="Comm/join" />
                  </properties>
                  <skipped message="TEMPORARY: later" />
                </testcase>
                <testcase classname="comm" name="comm/peek">
                  <properties>
                    <property name="rule" value="Comm/peek" />
                    <property name="rule" value="Op/add" />
                  </properties>
                  <skipped message="PERMANENT: never" />
                </testcase>
                <testcase classname="comm" name="comm/linear">
                  <properties>
                    <property name="rule" value="Comm/linear" />
                  </properties>
                  <failure message="failed" />
                </testcase>
              </testsuite>
              <testsuite name="ops" tests="2" failures="1" skipped="0">
                <testcase classname="ops" name="ops/add">
                  <properties>
                    <property name="rule" value="Op/add" />
                  </properties>
                </testcase>
                <testcase classname="ops" name="ops/sub">
                  <properties>
                    <property name="rule" value="Op/sub" />
                    <property name="rule" value="Op/add" />
                    <property name="rule" value="Op/sub" />
                  </properties>
                  <failure message="problem:  wrong">FAIL ops/sub (x)
              rules:    Op/sub
              problem:  wrong</failure>
                </testcase>
              </testsuite>
            </testsuites>

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), Report.JUnit().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void JUnit_ASkipWithoutMessage_HasAnEmptyOne()
    {
        var r = new ConformanceReport("i", [Report.Results[2] with { Message = null }]);
        Assert.Contains("<skipped message=\"\" />", r.JUnit(), StringComparison.Ordinal);
    }
}
