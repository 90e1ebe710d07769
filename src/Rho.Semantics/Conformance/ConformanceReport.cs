using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rho.Semantics.Conformance;

/// <summary>The results of a conformance run, with summaries by rule id and by category, and TAP and JSON forms.</summary>
/// <param name="Implementation">The implementation's name.</param>
/// <param name="Results">One result per case run, in corpus order.</param>
public sealed partial record ConformanceReport(string Implementation, IReadOnlyList<CaseResult> Results)
{
    /// <summary>The number of passing cases.</summary>
    public int Passed => Results.Count(r => r.Verdict == CaseVerdict.Pass);

    /// <summary>The number of failing cases.</summary>
    public int Failed => Results.Count(r => r.Verdict == CaseVerdict.Fail);

    /// <summary>The number of skipped cases.</summary>
    public int Skipped => Results.Count(r => r.Verdict == CaseVerdict.Skip);

    /// <summary>The failing results.</summary>
    public IEnumerable<CaseResult> Failures => Results.Where(r => r.Verdict == CaseVerdict.Fail);

    /// <summary>Pass, fail and skip counts per rule id, sorted by id.</summary>
    public IReadOnlyList<(string Key, int Pass, int Fail, int Skip)> ByRule() =>
        Tally(Results.SelectMany(r => r.Case.Rules.Distinct().Select(rule => (rule, r.Verdict))));

    /// <summary>Pass, fail and skip counts per category, sorted by category.</summary>
    public IReadOnlyList<(string Key, int Pass, int Fail, int Skip)> ByCategory() =>
        Tally(Results.Select(r => (r.Case.Category, r.Verdict)));

    private static List<(string Key, int Pass, int Fail, int Skip)> Tally(IEnumerable<(string Key, CaseVerdict Verdict)> items) =>
        items.GroupBy(i => i.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key,
                g.Count(i => i.Verdict == CaseVerdict.Pass),
                g.Count(i => i.Verdict == CaseVerdict.Fail),
                g.Count(i => i.Verdict == CaseVerdict.Skip)))
            .ToList();

    /// <summary>The human-readable summary: failures in full, skips under their headings, then counts by category and by rule.</summary>
    public string Summary()
    {
        var b = new StringBuilder();
        foreach (var f in Failures)
        {
            b.AppendLine(f.Message);
        }
        foreach (var heading in new[] { "TEMPORARY", "PERMANENT" })
        {
            var skips = Results.Where(r => r.Case.Skip?.Heading == heading).ToList();
            if (skips.Count > 0)
            {
                b.AppendLine(CultureInfo.InvariantCulture, $"skipped, {heading}:");
                foreach (var s in skips)
                {
                    b.AppendLine(CultureInfo.InvariantCulture, $"  {s.Case.Id}: {s.Case.Skip!.Reason}");
                }
            }
        }
        b.AppendLine("by category:");
        foreach (var (key, pass, fail, skip) in ByCategory())
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"  {key,-28} {pass,4} pass {fail,4} fail {skip,4} skip");
        }
        b.AppendLine("by rule:");
        foreach (var (key, pass, fail, skip) in ByRule())
        {
            b.AppendLine(CultureInfo.InvariantCulture, $"  {key,-28} {pass,4} pass {fail,4} fail {skip,4} skip");
        }
        b.AppendLine(CultureInfo.InvariantCulture,
            $"{Implementation}: {Results.Count} cases, {Passed} passed, {Failed} failed, {Skipped} skipped; {ByRule().Count} rule ids covered");
        return b.ToString();
    }

    /// <summary>The Test Anything Protocol (version 13) form.</summary>
    public string Tap()
    {
        var b = new StringBuilder();
        b.AppendLine("TAP version 13");
        b.AppendLine(CultureInfo.InvariantCulture, $"1..{Results.Count}");
        var n = 0;
        foreach (var r in Results)
        {
            n++;
            switch (r.Verdict)
            {
                case CaseVerdict.Pass:
                    b.AppendLine(CultureInfo.InvariantCulture, $"ok {n} - {r.Case.Id}");
                    break;
                case CaseVerdict.Skip:
                    b.AppendLine(CultureInfo.InvariantCulture, $"ok {n} - {r.Case.Id} # SKIP {r.Message}");
                    break;
                case CaseVerdict.Fail:
                    b.AppendLine(CultureInfo.InvariantCulture, $"not ok {n} - {r.Case.Id}");
                    foreach (var line in (r.Message ?? "").Split('\n'))
                    {
                        b.AppendLine(CultureInfo.InvariantCulture, $"# {line.TrimEnd('\r')}");
                    }
                    break;
                default:
                    throw Errors.RhoException.Crash($"unknown verdict {r.Verdict}");
            }
        }
        return b.ToString();
    }

    /// <summary>
    /// The JSON form: <c>{"implementation", "passed", "failed", "skipped", "cases": [{"id", "rules", "verdict", "message"}]}</c>.
    /// </summary>
    public string Json()
    {
        var cases = new JsonArray(Results.Select(r => (JsonNode)new JsonObject
        {
            ["id"] = r.Case.Id,
            ["rules"] = new JsonArray(r.Case.Rules.Select(x => (JsonNode)JsonValue.Create(x)!).ToArray()),
            ["verdict"] = r.Verdict.ToString().ToLowerInvariant(),
            ["message"] = r.Message,
        }).ToArray());
        var doc = new JsonObject
        {
            ["implementation"] = Implementation,
            ["passed"] = Passed,
            ["failed"] = Failed,
            ["skipped"] = Skipped,
            ["cases"] = cases,
        };
        return doc.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
