using System.Globalization;
using System.Text.Json.Nodes;
using HumanSecurity.Areas;

namespace HumanSecurity.Indices.Runs;

/// <summary>The <c>options</c> of an index run manifest, and back: the step overrides (null = the model's default),
/// the scored period or panel, and in store mode the level, year and look-back as resolved.</summary>
public sealed record IndexRunOptions(PipelineOptions Pipeline, PeriodRange? Panel, AreaKind? Level, int? Year, int? LookBack)
{
    /// <summary>The options object written into the manifest.</summary>
    public JsonObject ToJson()
    {
        var p = Pipeline;
        var byLevel = new JsonObject();
        foreach (var (k, v) in p.AggregateByLevel.OrderBy(kv => kv.Key)) byLevel[k.ToString(CultureInfo.InvariantCulture)] = v.ToString();
        var weights = new JsonObject();
        foreach (var (k, v) in p.Weights.OrderBy(kv => kv.Key, StringComparer.Ordinal)) weights[k] = v;
        var json = new JsonObject
        {
            ["normalise"] = p.Normalise?.ToString(),
            ["aggregate"] = p.Aggregate?.ToString(),
            ["aggregate_by_level"] = byLevel,
            ["weights"] = weights,
            ["treat"] = p.Treat?.ToString(),
            ["impute"] = p.Impute?.ToString(),
            ["denominate"] = p.Denominate,
            ["screen"] = p.Screen,
            ["period"] = p.Period,
            ["panel"] = Panel is null ? null : new JsonObject { ["from"] = Panel.From, ["to"] = Panel.To },
            ["keep_steps"] = p.KeepSteps,
        };
        if (Level is { } level)
        {
            json["level"] = level.ToCode();
            json["year"] = Year;
            json["look_back"] = LookBack;
        }
        return json;
    }

    /// <summary>Reads the options of a manifest written by <see cref="ToJson"/>.</summary>
    /// <exception cref="InvalidInputException">A value is not what the engine writes.</exception>
    public static IndexRunOptions FromJson(JsonObject json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var pipeline = new PipelineOptions
        {
            Normalise = Spec(json, "normalise", NormaliseSpec.Parse),
            Aggregate = Spec(json, "aggregate", AggregateSpec.Parse),
            AggregateByLevel = (json["aggregate_by_level"] as JsonObject ?? [])
                .ToDictionary(kv => int.Parse(kv.Key, CultureInfo.InvariantCulture), kv => AggregateSpec.Parse(Text(kv.Value, "aggregate_by_level")!)),
            Weights = (json["weights"] as JsonObject ?? []).ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<double>(), StringComparer.Ordinal),
            Treat = Spec(json, "treat", TreatSpec.Parse),
            Impute = Spec(json, "impute", ImputeSpec.Parse),
            Denominate = json["denominate"]?.GetValue<bool>(),
            Screen = json["screen"]?.GetValue<double>(),
            Period = json["period"]?.GetValue<double>(),
            KeepSteps = json["keep_steps"]?.GetValue<bool>() ?? false,
        };
        var panel = json["panel"] is JsonObject p ? new PeriodRange(p["from"]?.GetValue<double>(), p["to"]?.GetValue<double>()) : null;
        AreaKind? level = null;
        if (Text(json["level"], "level") is { } code)
            level = AreaKinds.TryParse(code, out var kind) ? kind : throw new InvalidInputException("options.level", $"'{code}' is not an area level");
        return new IndexRunOptions(pipeline, panel, level, json["year"]?.GetValue<int>(), json["look_back"]?.GetValue<int>());
    }

    private static T? Spec<T>(JsonObject json, string key, Func<string, T> parse) where T : struct
    {
        if (Text(json[key], key) is not { } text) return null;
        try { return parse(text); }
        catch (FormatException e) { throw new InvalidInputException($"options.{key}", e.Message); }
    }

    private static string? Text(JsonNode? node, string key) =>
        node is null ? null : node is JsonValue v && v.TryGetValue<string>(out var s) ? s : throw new InvalidInputException($"options.{key}", "expected a text value");
}
