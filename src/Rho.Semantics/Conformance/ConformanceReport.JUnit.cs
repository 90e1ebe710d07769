using System.Globalization;
using System.Xml.Linq;

namespace Rho.Semantics.Conformance;

public sealed partial record ConformanceReport
{
    /// <summary>
    /// The JUnit XML form: one <c>testsuite</c> per category, one <c>testcase</c> per case (named
    /// by its id, with its rule ids as properties), a <c>failure</c> holding the mismatch report,
    /// and <c>skipped</c> holding the skip's heading and reason.
    /// </summary>
    public string JUnit()
    {
        var suites = Results.GroupBy(r => r.Case.Category, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new XElement("testsuite",
                new XAttribute("name", g.Key),
                new XAttribute("tests", g.Count()),
                new XAttribute("failures", g.Count(r => r.Verdict == CaseVerdict.Fail)),
                new XAttribute("skipped", g.Count(r => r.Verdict == CaseVerdict.Skip)),
                g.Select(TestCase)));
        var root = new XElement("testsuites",
            new XAttribute("name", $"rho conformance: {Implementation}"),
            new XAttribute("tests", Results.Count),
            new XAttribute("failures", Failed),
            new XAttribute("skipped", Skipped),
            suites);
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null), root);
        // XDocument.ToString() leaves the declaration out: write it first.
        return doc.Declaration + Environment.NewLine + doc.ToString() + "\n";
    }

    private static XElement TestCase(CaseResult r)
    {
        var e = new XElement("testcase",
            new XAttribute("classname", r.Case.Category),
            new XAttribute("name", r.Case.Id),
            new XElement("properties", r.Case.Rules.Select(rule =>
                new XElement("property", new XAttribute("name", "rule"), new XAttribute("value", rule)))));
        switch (r.Verdict)
        {
            case CaseVerdict.Fail:
                // Stryker disable once String : equivalent for the "" of a null message (any one-line text has no third line either, so the message is "failed")
                var first = (r.Message ?? "").Split('\n').Skip(2).FirstOrDefault()?.Trim() ?? "failed";
                e.Add(new XElement("failure", new XAttribute("message", first), r.Message));
                break;
            case CaseVerdict.Skip:
                e.Add(new XElement("skipped", new XAttribute("message", r.Message ?? "")));
                break;
            case CaseVerdict.Pass:
                break;
            default:
                throw Errors.RhoException.Crash(string.Create(CultureInfo.InvariantCulture, $"unknown verdict {r.Verdict}"));
        }
        return e;
    }
}
