using System.Text.Json.Nodes;
using HumanSecurity.Runs;

namespace HumanSecurity.Poverty.Runs;

/// <summary>Builds the manifest of a poverty run: options, the indicators as used (weights after reweighting), the
/// counts, and in <c>details</c> the retained sample, design, identity check and warnings.</summary>
internal static class PovertyManifest
{
    public static RunManifest Build(PovertyRequest request, RunInputs inputs, SurveySample sample, PovertyResult result, int suppressed, int rows,
        IReadOnlyDictionary<string, double> timings)
    {
        var r = sample.Retention;
        return new RunManifest
        {
            Kind = PovertyRunner.Kind,
            Engine = EngineInfo.Current,
            Model = request.Identity,
            Inputs = inputs,
            Options = PovertyRunner.Options(request),
            Nodes = [.. sample.Indicators.Select(i => Node(request.Spec, i))],
            Periods = sample.HasTime ? sample.RoundLabels : [],
            Counts = new RunCounts
            {
                Units = r.RowsRetained,
                Indicators = sample.Indicators.Count,
                Nodes = sample.Indicators.Count,
                MissingCells = r.MissingRowsByIndicator.Values.Sum(v => (long)v),
                SuppressedCells = suppressed,
                DroppedUnits = r.Rows - r.RowsRetained,
                ScoreRows = rows,
            },
            TimingsMs = timings.ToDictionary(kv => kv.Key, kv => Math.Round(kv.Value, 3), StringComparer.Ordinal),
            CreatedAt = DateTimeOffset.UtcNow,
            Details = Details(request, sample, result, suppressed),
        };
    }

    private static NodeRecord Node(PovertySpec spec, PovertyIndicator i) => new(i.Name, NodeRecord.Indicator, 1)
    {
        Parents = [i.Dimension],
        Weight = i.Weight.ToDouble(),
        Method = i.Roster is { } roster ? $"roster {roster.Value} {roster.DeprivedIf.Text}, {roster.Aggregate.ToString().ToLowerInvariant()}" : i.DeprivedIf is { } rule ? $"{i.Column} {rule.Text}" : $"{i.Column} (0/1)",
        MissingData = spec.ReweightAbsent ? "listwise; absent indicator reweighted" : "listwise",
    };

    private static JsonObject Details(PovertyRequest request, SurveySample sample, PovertyResult result, int suppressed)
    {
        var spec = request.Spec;
        var r = sample.Retention;
        var missing = new JsonObject();
        foreach (var (k, v) in r.MissingRowsByIndicator) missing[k] = new JsonObject { ["rows"] = v, ["weighted_share"] = Num(r.MissingWeightedByIndicator[k]) };
        return new JsonObject
        {
            ["k"] = new JsonArray([.. spec.K.Select(k => (JsonNode)new JsonObject { ["label"] = k.Label, ["value"] = k.Value.ToString() })]),
            ["severe"] = spec.Severe.ToString(),
            ["vulnerable"] = spec.Vulnerable.ToString(),
            ["retained"] = new JsonObject
            {
                ["rows"] = r.Rows, ["rows_retained"] = r.RowsRetained, ["share_unweighted"] = Num(r.UnweightedShare),
                ["persons"] = r.Persons, ["persons_retained"] = r.PersonsRetained, ["share_persons"] = Num(r.PersonShare),
                ["weighted"] = r.Weighted, ["weighted_retained"] = r.WeightedRetained, ["share_weighted"] = Num(r.WeightedShare),
                ["missing_by_indicator"] = missing,
            },
            ["indicators"] = new JsonArray([.. sample.Indicators.Select(i => (JsonNode)new JsonObject { ["name"] = i.Name, ["dimension"] = i.Dimension, ["weight"] = i.Weight.ToString() })]),
            ["design"] = new JsonObject
            {
                ["psus"] = result.Design.Psus, ["strata"] = result.Design.Strata, ["singleton_strata"] = result.Design.SingletonStrata,
                ["df"] = result.Design.DegreesOfFreedom, ["singleton_rule"] = result.Design.Singleton.ToString().ToLowerInvariant(),
                ["ci"] = spec.Inference.Interval.ToString().ToLowerInvariant(), ["df_mode"] = spec.Inference.DesignDf ? "design" : "normal",
                ["level"] = spec.Inference.Level, ["standard_errors"] = result.WithStandardErrors,
            },
            ["identity_max_error"] = Num(result.IdentityError),
            ["suppression"] = new JsonObject
            {
                ["min_count"] = request.MinCount, ["suppressed_cells"] = suppressed,
                ["note"] = request.MinCount > 0 ? $"cells with fewer than {request.MinCount} unweighted rows are blank" : "no suppression",
            },
            ["warnings"] = new JsonArray([.. sample.Warnings.Select(w => (JsonNode)w.ToString())]),
        };
    }

    private static double? Num(double v) => double.IsFinite(v) ? v : null;
}
