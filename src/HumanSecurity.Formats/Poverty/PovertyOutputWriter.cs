using System.Globalization;
using System.Text;
using System.Text.Json;
using HumanSecurity.Formats.Runs;
using HumanSecurity.Poverty;
using HumanSecurity.Runs;

namespace HumanSecurity.Formats.Poverty;

/// <summary>Writes a poverty run: <c>levels.csv</c>, <c>measures.csv</c>, <c>indicators.csv</c>, <c>changes.csv</c>
/// (several rounds only) and <c>run.json</c>. Numbers are invariant round-trip; a blank cell is undefined or suppressed.</summary>
public static class PovertyOutputWriter
{
    /// <summary>Writes the result files and <c>run.json</c> (the run manifest).</summary>
    public static void Write(string directory, PovertyResult result, SurveySample sample, RunManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        WriteResults(directory, result, sample);
        RunManifestFile.Write(manifest, Path.Combine(directory, RunManifestFile.FileName));
    }

    /// <summary>Writes the result files and a <c>run.json</c> describing the run (perception runs, which have no manifest yet).</summary>
    public static void Write(string directory, PovertyResult result, SurveySample sample, PovertySpec spec, RunInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        WriteResults(directory, result, sample);
        File.WriteAllText(Path.Combine(directory, "run.json"), RunJson.Build(result, sample, spec, info), new UTF8Encoding(false));
    }

    private static void WriteResults(string directory, PovertyResult result, SurveySample sample)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(sample);
        Directory.CreateDirectory(directory);
        WriteCsv(Path.Combine(directory, "levels.csv"), "t,over,group,k,measure,value,se,ci_low,ci_high,n,weighted_n",
            result.Levels.Select(LevelRow));
        WriteCsv(Path.Combine(directory, "measures.csv"), "t,over,group,k,measure,value,se,ci_low,ci_high,n,weighted_n",
            result.Measures.Select(LevelRow));
        WriteCsv(Path.Combine(directory, "indicators.csv"), "t,over,group,k,indicator,measure,value,se,ci_low,ci_high",
            result.Indicators.Select(e => Join(e.Round, e.Over, e.Group, e.K, e.Indicator, e.Measure, F(e.Value), F(e.Se), F(e.CiLow), F(e.CiHigh))));
        var changes = Path.Combine(directory, "changes.csv");
        var indicatorChanges = Path.Combine(directory, "indicator_changes.csv");
        if (sample.RoundLabels.Length > 1)
        {
            WriteCsv(changes, "over,group,k,measure,t0,t1,type,annualised,value,se,ci_low,ci_high",
                result.Changes.Where(c => c.Indicator.Length == 0).Select(c => Join(c.Over, c.Group, c.K, c.Measure, c.T0, c.T1, c.Type, c.Annualised ? "1" : "0", F(c.Value), F(c.Se), F(c.CiLow), F(c.CiHigh))));
            WriteCsv(indicatorChanges, "over,group,k,indicator,measure,t0,t1,type,annualised,value,se,ci_low,ci_high",
                result.Changes.Where(c => c.Indicator.Length > 0).Select(c => Join(c.Over, c.Group, c.K, c.Indicator, c.Measure, c.T0, c.T1, c.Type, c.Annualised ? "1" : "0", F(c.Value), F(c.Se), F(c.CiLow), F(c.CiHigh))));
        }
        else
        {
            if (File.Exists(changes)) File.Delete(changes);
            if (File.Exists(indicatorChanges)) File.Delete(indicatorChanges);
        }
    }

    private static string LevelRow(Estimate e) =>
        Join(e.Round, e.Over, e.Group, e.K, e.Measure, F(e.Value), F(e.Se), F(e.CiLow), F(e.CiHigh), F(e.N), F(e.WeightedN));

    public static string F(double v) => double.IsNaN(v) || double.IsInfinity(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);

    private static string Join(params string[] cells) => string.Join(",", cells.Select(Quote));

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private static void WriteCsv(string path, string header, IEnumerable<string> rows)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.NewLine = "\n";
        w.WriteLine(header);
        foreach (var r in rows) w.WriteLine(r);
    }
}

/// <summary>Context of a run for <c>run.json</c>.</summary>
public sealed record RunInfo(string Data, string? Roster, int MinCount, int SuppressedCells, IReadOnlyDictionary<string, double> TimingsMs);

internal static class RunJson
{
    public static string Build(PovertyResult result, SurveySample sample, PovertySpec spec, RunInfo info)
    {
        var r = sample.Retention;
        var doc = new Dictionary<string, object?>
        {
            ["spec"] = spec.Name,
            ["data"] = info.Data,
            ["roster"] = info.Roster,
            ["k"] = spec.K.Select(k => new { label = k.Label, value = k.Value.ToString() }).ToList(),
            ["severe"] = spec.Severe.ToString(),
            ["vulnerable"] = spec.Vulnerable.ToString(),
            ["retained"] = new Dictionary<string, object?>
            {
                ["rows"] = r.Rows, ["rows_retained"] = r.RowsRetained, ["share_unweighted"] = Num(r.UnweightedShare),
                ["persons"] = r.Persons, ["persons_retained"] = r.PersonsRetained, ["share_persons"] = Num(r.PersonShare),
                ["weighted"] = r.Weighted, ["weighted_retained"] = r.WeightedRetained, ["share_weighted"] = Num(r.WeightedShare),
                ["missing_by_indicator"] = r.MissingRowsByIndicator.ToDictionary(p => p.Key, p => new { rows = p.Value, weighted_share = r.MissingWeightedByIndicator[p.Key] }),
            },
            ["indicators"] = sample.Indicators.Select(i => new { name = i.Name, dimension = i.Dimension, weight = i.Weight.ToString() }).ToList(),
            ["design"] = new
            {
                psus = result.Design.Psus, strata = result.Design.Strata, singleton_strata = result.Design.SingletonStrata,
                df = result.Design.DegreesOfFreedom, singleton_rule = result.Design.Singleton.ToString().ToLowerInvariant(),
                ci = spec.Inference.Interval.ToString().ToLowerInvariant(), df_mode = spec.Inference.DesignDf ? "design" : "normal",
                level = spec.Inference.Level, standard_errors = result.WithStandardErrors,
            },
            ["identity_max_error"] = result.IdentityError,
            ["suppression"] = new { min_count = info.MinCount, suppressed_cells = info.SuppressedCells,
                note = info.MinCount > 0 ? $"cells with fewer than {info.MinCount} unweighted rows are blank" : "no suppression" },
            ["warnings"] = sample.Warnings.Select(w => w.ToString()).ToList(),
            ["timings_ms"] = info.TimingsMs.Concat(result.TimingsMs).ToDictionary(p => p.Key, p => Math.Round(p.Value, 3)),
        };
        return JsonSerializer.Serialize(doc, Options);
    }

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    private static double? Num(double v) => double.IsNaN(v) ? null : v;
}
