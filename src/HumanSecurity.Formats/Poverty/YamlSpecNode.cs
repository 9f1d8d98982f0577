using System.Globalization;
using HumanSecurity.Poverty;
using YamlDotNet.RepresentationModel;

namespace HumanSecurity.Formats.Poverty;

/// <summary>Located access to a YAML mapping: every error names the file, line and key path; unknown keys are errors.</summary>
internal sealed class YamlSpecNode(string file, string path, YamlMappingNode map, ProblemList problems)
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Location => Where(map);

    public string Where(YamlNode node, string? key = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{file}:{node.Start.Line} {(key is null ? path : Join(key))}").TrimEnd();

    public string Join(string key) => path.Length == 0 ? key : $"{path}.{key}";

    public void Error(string message) => problems.Error(Location, message);

    public YamlSpecNode Child(string childPath, YamlMappingNode child) => new(file, childPath, child, problems);

    public YamlNode? Get(string key)
    {
        _used.Add(key);
        return map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;
    }

    public string? String(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required) problems.Error(Location, $"key '{Join(key)}' is required");
            return null;
        }
        if (node is YamlScalarNode { Value: { } v } && v.Length > 0) return v;
        problems.Error(Where(node, key), $"'{Join(key)}' must be a single value");
        return null;
    }

    public Rational? Fraction(string key, bool percentIfNumber)
    {
        var node = Get(key);
        return node is null ? null : ParseFraction(node, key, percentIfNumber);
    }

    public Rational? ParseFraction(YamlNode node, string key, bool percentIfNumber)
    {
        var text = (node as YamlScalarNode)?.Value;
        if (text is null || !Rational.TryParse(text, out var value))
        {
            problems.Error(Where(node, key), $"'{Join(key)}' = '{text}' is not a number or fraction (e.g. 1/6, 0.25{(percentIfNumber ? ", 33" : "")})");
            return null;
        }
        if (!percentIfNumber || text.Contains('/', StringComparison.Ordinal)) return value;
        if (value < Rational.One && value > Rational.Zero)
        {
            problems.Error(Where(node, key), $"'{Join(key)}' = {text}: cutoffs are written in percent (33) or as fractions (1/3), not as decimals below 1");
            return null;
        }
        return value / new Rational(100, 1);
    }

    public double? Number(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (text is "null" or "~") return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
        problems.Error(Where(Get(key)!, key), $"'{Join(key)}' = '{text}' is not a number");
        return null;
    }

    public T Choice<T>(string key, T fallback, params (string Name, T Value)[] choices)
    {
        var text = String(key);
        if (text is null) return fallback;
        foreach (var (name, value) in choices)
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase)) return value;
        problems.Error(Where(Get(key)!, key), $"'{Join(key)}' = '{text}'; expected one of: {string.Join(", ", choices.Select(c => c.Name))}");
        return fallback;
    }

    public YamlSpecNode? Mapping(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlMappingNode m) return new YamlSpecNode(file, Join(key), m, problems);
        problems.Error(Where(node, key), $"'{Join(key)}' must be a mapping (key: value)");
        return null;
    }

    public IReadOnlyList<YamlNode> List(string key)
    {
        var node = Get(key);
        return node switch
        {
            null => [],
            YamlSequenceNode s => s.Children.ToList(),
            YamlScalarNode => [node],
            _ => Fail(node, key),
        };
    }

    public void RejectUnknownKeys()
    {
        foreach (var (k, _) in map.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!_used.Contains(name))
                problems.Error(Where(k, name), $"unknown key '{Join(name)}'");
        }
    }

    private List<YamlNode> Fail(YamlNode node, string key)
    {
        problems.Error(Where(node, key), $"'{Join(key)}' must be a list");
        return [];
    }
}
