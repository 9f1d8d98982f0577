using HumanSecurity.Formats.Yaml;
using System.Globalization;
using HumanSecurity.Poverty;
using HumanSecurity.Poverty.Perception;
using YamlDotNet.RepresentationModel;

namespace HumanSecurity.Formats.Poverty;

/// <summary>Reads a perception-index spec (YAML, docs/poverty.md "Perception index"); errors name file, line and key.</summary>
public static class PerceptionSpecReader
{
    /// <exception cref="InvalidInputException">The text is not valid YAML or not a valid spec.</exception>
    public static PerceptionSpec Parse(string yaml, string file)
    {
        var problems = new ProblemList();
        var n = YamlMap.Root(YamlInput.Load(yaml, file), file, problems, "a perception spec is a YAML mapping (unit:, dimensions:, items: …)");
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in new[] { "dimensions", "items", "bands", "counting" })
            locations[key] = n.Where(n.Get(key) ?? n.Node, key);
        var counting = n.Mapping("counting");
        var time = n.Mapping("time");
        var spec = new PerceptionSpec
        {
            Name = n.String("name") ?? "perception",
            Unit = n.String("unit", required: true) ?? "",
            Weight = n.String("weight"),
            Strata = n.String("strata"),
            Psu = n.String("psu"),
            Over = n.List("over").Select(o => (o as YamlScalarNode)?.Value ?? "").Where(o => o.Length > 0).ToList(),
            Time = time is null ? null : new TimeColumns(time.String("round", required: true) ?? "", time.String("year")),
            Dimensions = Mappings(n, "dimensions", problems).Select(d => new PerceptionDimension(
                d.String("name", required: true) ?? "", d.Fraction("weight", false) ?? Rational.Zero, d.Location)).ToList(),
            Items = Mappings(n, "items", problems).Select(Item).OfType<PerceptionItem>().ToList(),
            Bands = Mappings(n, "bands", problems).Select(b => new PerceptionBand(b.String("name", required: true) ?? "", b.Fraction("below", false))).ToList(),
            DimensionCutoff = counting?.Fraction("dimension_cutoff", false) ?? new Rational(1, 2),
            K = counting is null ? [new PovertyCutoff(new Rational(1, 2), "1/2")]
                : counting.List("k").Select(k => (k, counting.ParseFraction(k, "k", true))).Where(p => p.Item2 is not null)
                    .Select(p => new PovertyCutoff(p.Item2!.Value, ((YamlScalarNode)p.k).Value!)).ToList(),
            Inference = InferenceReader.Read(n.Mapping("inference")),
            KeyLocations = locations,
        };
        time?.RejectUnknownKeys();
        counting?.RejectUnknownKeys();
        n.RejectUnknownKeys();
        PerceptionSpecValidator.Validate(spec, problems);
        problems.ThrowIfErrors();
        return spec;
    }

    private static List<YamlMap> Mappings(YamlMap n, string key, ProblemList problems)
    {
        var result = new List<YamlMap>();
        var list = n.List(key);
        if (n.Get(key) is null) problems.Error(n.Location, $"key '{key}' is required");
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is YamlMappingNode m) result.Add(n.Child($"{key}[{i}]", m));
            else problems.Error(n.Where(list[i], $"{key}[{i}]"), $"'{key}[{i}]' must be a mapping");
        }
        return result;
    }

    private static PerceptionItem? Item(YamlMap n)
    {
        var column = n.String("column", required: true);
        var dimension = n.String("dimension", required: true);
        var weight = n.Number("weight") ?? 1;
        var scale = n.List("scale").Select(s => double.TryParse((s as YamlScalarNode)?.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToList();
        var mapNode = n.Mapping("map");
        Dictionary<string, double>? map = null;
        if (mapNode is not null)
        {
            map = [];
            foreach (var key in MapKeys(n, "map"))
                if (mapNode.Number(key) is { } v) map[double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out var k) ? k.ToString("R", CultureInfo.InvariantCulture) : key] = v;
            mapNode.RejectUnknownKeys();
        }
        n.RejectUnknownKeys();
        if (map is null && (scale.Count != 2 || scale.Any(double.IsNaN)))
        {
            n.Error($"item '{column}': give 'scale: [secure, insecure]' (two numbers) or a 'map' of value: score");
            return null;
        }
        if (column is null || dimension is null) return null;
        return new PerceptionItem(column, dimension, map is null ? new ItemRecode(scale[0], scale[1]) : new ItemRecode(0, 1, map), weight, n.Location);
    }

    private static IEnumerable<string> MapKeys(YamlMap n, string key) =>
        n.Get(key) is YamlMappingNode m ? m.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "") : [];
}
