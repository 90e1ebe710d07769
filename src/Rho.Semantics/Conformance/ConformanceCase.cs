using System.Text.Json;
using System.Text.Json.Nodes;

namespace Rho.Semantics.Conformance;

/// <summary>Why a case is skipped: under a TEMPORARY or a PERMANENT heading, with a reason.</summary>
/// <param name="Permanent">True under PERMANENT (never to be run), false under TEMPORARY (to be fixed).</param>
/// <param name="Reason">Why the case cannot run.</param>
public sealed record Skip(bool Permanent, string Reason)
{
    /// <summary>The heading: <c>TEMPORARY</c> or <c>PERMANENT</c>.</summary>
    public string Heading => Permanent ? "PERMANENT" : "TEMPORARY";
}

/// <summary>
/// One conformance case: <c>conformance/&lt;category&gt;/&lt;name&gt;.rho</c> and its sidecar
/// <c>&lt;name&gt;.json</c> (spec/conformance.md, "Case files").
/// </summary>
/// <param name="Category">The folder under <c>conformance/</c>.</param>
/// <param name="Name">The file name without extension.</param>
/// <param name="SourcePath">The full path of the <c>.rho</c> file.</param>
/// <param name="Source">The program text.</param>
/// <param name="Rules">The rule ids the case exercises.</param>
/// <param name="AssertionKey">The assertion's key (present even when its value is a placeholder).</param>
/// <param name="Expect">The assertion, or null for a placeholder that <c>regen --write</c> fills in.</param>
/// <param name="Skip">Why the case is skipped, or null.</param>
public sealed record ConformanceCase(
    string Category,
    string Name,
    string SourcePath,
    string Source,
    IReadOnlyList<string> Rules,
    string AssertionKey,
    Assertion? Expect,
    Skip? Skip)
{
    /// <summary><c>category/name</c>, the case's id in reports and filters.</summary>
    public string Id => $"{Category}/{Name}";

    /// <summary>The path of the JSON sidecar.</summary>
    public string SidecarPath => Path.ChangeExtension(SourcePath, ".json");

    /// <summary>Loads every case under <paramref name="root"/> (the <c>conformance/</c> folder), sorted by id.</summary>
    /// <exception cref="FormatException">A sidecar is missing or does not follow spec/conformance.md.</exception>
    public static IReadOnlyList<ConformanceCase> LoadAll(string root) =>
        Directory.GetFiles(root, "*.rho", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => Load(root, p))
            .ToList();

    /// <summary>Loads one case from its <c>.rho</c> path.</summary>
    /// <exception cref="FormatException">The sidecar is missing or does not follow spec/conformance.md.</exception>
    public static ConformanceCase Load(string root, string sourcePath)
    {
        var sidecar = Path.ChangeExtension(sourcePath, ".json");
        if (!File.Exists(sidecar))
        {
            throw new FormatException($"{sourcePath}: no sidecar {Path.GetFileName(sidecar)}");
        }
        JsonObject json;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(sidecar))?.AsObject() ?? throw new FormatException("empty document");
        }
        catch (JsonException e)
        {
            throw new FormatException($"{sidecar}: {e.Message}", e);
        }
        var rel = Path.GetRelativePath(root, sourcePath).Replace('\\', '/');
        var slash = rel.LastIndexOf('/');
        // Stryker disable once Equality : equivalent (a path relative to root never starts with '/', so slash is never 0)
        var category = slash < 0 ? "." : rel[..slash];
        var rules = json["rules"]?.AsArray().Select(r => r!.GetValue<string>()).ToList()
            ?? throw new FormatException($"{sidecar}: no \"rules\"");
        var expect = json["expect"]?.AsObject() ?? throw new FormatException($"{sidecar}: no \"expect\"");
        if (expect.Count != 1)
        {
            throw new FormatException($"{sidecar}: \"expect\" must hold exactly one assertion");
        }
        // Stryker disable once Linq : equivalent (expect holds exactly one property, checked just above)
        var (key, value) = expect.First();
        Assertion? assertion;
        try
        {
            assertion = Assertion.FromJson(key, value);
        }
        catch (Exception e) when (e is InvalidOperationException or NullReferenceException or FormatException)
        {
            throw new FormatException($"{sidecar}: bad \"{key}\" assertion: {e.Message}", e);
        }
        if (!Assertion.Keys.Contains(key))
        {
            throw new FormatException($"{sidecar}: unknown assertion '{key}'");
        }
        Skip? skip = null;
        if (json["skip"] is JsonObject s)
        {
            var heading = s["heading"]?.GetValue<string>();
            var reason = s["reason"]?.GetValue<string>();
            if (heading is not ("TEMPORARY" or "PERMANENT") || string.IsNullOrWhiteSpace(reason))
            {
                throw new FormatException($"{sidecar}: a skip needs \"heading\": TEMPORARY or PERMANENT, and a \"reason\"");
            }
            skip = new Skip(heading == "PERMANENT", reason);
        }
        return new ConformanceCase(category, Path.GetFileNameWithoutExtension(sourcePath), sourcePath,
            File.ReadAllText(sourcePath), rules, key, assertion, skip);
    }

    /// <summary>The sidecar text for this case with <paramref name="expect"/> as its assertion.</summary>
    internal string SidecarWith(Assertion expect)
    {
        var json = new JsonObject
        {
            ["rules"] = new JsonArray(Rules.Select(r => (JsonNode)JsonValue.Create(r)!).ToArray()),
            ["expect"] = new JsonObject { [expect.Key] = expect.ToJson() },
        };
        if (Skip is { } s)
        {
            json["skip"] = new JsonObject { ["heading"] = s.Heading, ["reason"] = s.Reason };
        }
        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
