using HumanSecurity.Formats.Yaml;
using HumanSecurity.Poverty;
using YamlDotNet.RepresentationModel;

namespace HumanSecurity.Formats.Poverty;

/// <summary>Reads a poverty spec (YAML, docs/poverty.md). Every error names the file, line and key.</summary>
public static class PovertySpecReader
{
    /// <exception cref="InvalidInputException">The file is not valid YAML or not a valid spec.</exception>
    public static PovertySpec ReadFile(string path)
    {
        if (!File.Exists(path)) throw new InvalidInputException(path, "spec file not found");
        return Parse(File.ReadAllText(path), Path.GetFileName(path));
    }

    /// <exception cref="InvalidInputException">The text is not valid YAML or not a valid spec.</exception>
    public static PovertySpec Parse(string yaml, string file)
    {
        var problems = new ProblemList();
        var root = YamlMap.Root(YamlInput.Load(yaml, file), file, problems, "a spec is a YAML mapping (unit:, k:, indicators: …)");
        var spec = ReadRoot(root, problems);
        if (spec is not null) PovertySpecValidator.Validate(spec, problems);
        problems.ThrowIfErrors();
        return spec!;
    }

    private static PovertySpec? ReadRoot(YamlMap n, ProblemList problems)
    {
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in new[] { "unit", "weight", "size", "strata", "psu", "over", "time", "k", "indicators", "severe", "vulnerable", "inference" })
            locations[key] = n.Where(n.Get(key) ?? n.Node, key);
        var unit = n.String("unit", required: true);
        var k = n.List("k").Select((node, i) => (node, n.ParseFraction(node, "k", percentIfNumber: true))).ToList();
        if (n.Get("k") is null) problems.Error(n.Location, "key 'k' is required (e.g. k: [20, 33, 50] or k: [1/3])");
        var indicators = IndicatorSpecReader.Read(n, problems);
        var time = n.Mapping("time");
        var missing = n.Mapping("missing");
        var inference = InferenceReader.Read(n.Mapping("inference"));
        var spec = new PovertySpec
        {
            Name = n.String("name") ?? "custom",
            Unit = unit ?? "",
            Weight = n.String("weight"),
            Size = n.String("size"),
            Strata = n.String("strata"),
            Psu = n.String("psu"),
            Over = n.List("over").Select(o => (o as YamlScalarNode)?.Value ?? "").Where(o => o.Length > 0).ToList(),
            Time = time is null ? null : new TimeColumns(time.String("round", required: true) ?? "", time.String("year")),
            K = k.Where(x => x.Item2 is not null).Select(x => new PovertyCutoff(x.Item2!.Value, ((YamlScalarNode)x.node).Value!)).ToList(),
            Indicators = indicators,
            Severe = n.Fraction("severe", percentIfNumber: true) ?? new Rational(1, 2),
            Vulnerable = n.Fraction("vulnerable", percentIfNumber: true) ?? new Rational(1, 5),
            ReweightAbsent = missing?.Choice("absent_indicator", false, ("error", false), ("reweight", true)) ?? false,
            RosterUnit = n.String("roster_unit"),
            Inference = inference,
            KeyLocations = locations,
        };
        missing?.Choice("policy", true, ("listwise", true));
        time?.RejectUnknownKeys();
        missing?.RejectUnknownKeys();
        n.RejectUnknownKeys();
        return unit is null ? null : spec;
    }
}
