using System.Globalization;
using System.Text.RegularExpressions;

namespace Rho.Machine.Workloads;

/// <summary>
/// A benchmark workload: a Rholang program of <c>bench/programs</c> (embedded in this assembly) whose integer
/// parameters are marked in the source as <c>1000 /* NAME */</c>, the parameter values of each size, the number of
/// units of work (hops, messages, calls…) a run performs, and the exact stdout line it must print.
/// </summary>
/// <param name="Name">The program's file name without <c>.rho</c>.</param>
/// <param name="Unit">What one unit of work is (e.g. <c>hops</c>).</param>
/// <param name="Sizes">The parameter values of each size.</param>
/// <param name="Units">The units of work a run with these parameters performs.</param>
/// <param name="Expected">The stdout line a correct run with these parameters prints.</param>
public sealed partial record Workload(
    string Name,
    string Unit,
    IReadOnlyDictionary<WorkloadSize, IReadOnlyDictionary<string, long>> Sizes,
    Func<IReadOnlyDictionary<string, long>, long> Units,
    Func<IReadOnlyDictionary<string, long>, string> Expected)
{
    [GeneratedRegex(@"\b(\d+)\s*/\*\s*([A-Z]+)\s*\*/")]
    private static partial Regex Parameter();

    /// <summary>The program text as stored in <c>bench/programs/NAME.rho</c> (it runs as is, at its marked values).</summary>
    public string Template
    {
        get
        {
            using var stream = typeof(Workload).Assembly.GetManifestResourceStream($"Rho.Machine.Workloads.{Name}.rho")
                ?? throw new InvalidOperationException($"workload program {Name}.rho is not embedded");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }

    /// <summary>The program with every marked parameter replaced by its value in <paramref name="parameters"/>.</summary>
    /// <param name="parameters">A value for every parameter the program marks.</param>
    /// <returns>The Rholang source to run.</returns>
    /// <exception cref="ArgumentException">A marked parameter has no value, or a value names no marked parameter.</exception>
    public string Source(IReadOnlyDictionary<string, long> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var text = Parameter().Replace(Template, m =>
        {
            var name = m.Groups[2].Value;
            if (!parameters.TryGetValue(name, out var v))
            {
                throw new ArgumentException($"workload {Name}: no value for parameter {name}", nameof(parameters));
            }
            used.Add(name);
            return v.ToString(CultureInfo.InvariantCulture);
        });
        var unused = parameters.Keys.Where(k => !used.Contains(k)).ToList();
        return unused.Count == 0
            ? text
            : throw new ArgumentException($"workload {Name}: {string.Join(", ", unused)} marks nothing in the program", nameof(parameters));
    }

    /// <summary>The embedded workload program names (for checking that every program has a workload).</summary>
    public static IReadOnlyList<string> EmbeddedPrograms() => ProgramNames(typeof(Workload).Assembly.GetManifestResourceNames());

    /// <summary>The program names among <paramref name="resourceNames"/>: <c>Rho.Machine.Workloads.NAME.rho</c> gives NAME; in order.</summary>
    /// <param name="resourceNames">Manifest resource names.</param>
    /// <returns>The names, ordinal order.</returns>
    internal static IReadOnlyList<string> ProgramNames(IEnumerable<string> resourceNames) =>
        resourceNames
            .Where(n => n.StartsWith("Rho.Machine.Workloads.", StringComparison.Ordinal) && n.EndsWith(".rho", StringComparison.Ordinal))
            .Select(n => n["Rho.Machine.Workloads.".Length..^".rho".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
}
