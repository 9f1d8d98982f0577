using System.Globalization;
using HumanSecurity.Poverty;
using YamlDotNet.RepresentationModel;

namespace HumanSecurity.Formats.Yaml;

/// <summary>The one typed, located access to a YAML mapping that every YAML reader uses (index models, poverty and
/// perception specs). Every problem is located <c>file:line:key.path</c> (<see cref="Problem.At"/>, the same shape as a
/// CSV cell's <c>file:line:column</c>); keys read are remembered so that <see cref="RejectUnknownKeys"/> can name the
/// ones that are not. Load the document with <see cref="YamlInput.Load"/>, which bounds nesting and aliases.</summary>
internal sealed class YamlMap(string file, string path, YamlMappingNode map, ProblemList problems)
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string File => file;

    public ProblemList Problems => problems;

    /// <summary>Dotted key path of this mapping from the root (empty at the root), e.g. <c>indicators[2]</c>.</summary>
    public string Path => path;

    public YamlMappingNode Node => map;

    /// <summary>Where this mapping starts.</summary>
    public string Location => Where(map);

    /// <summary>The root mapping of a document.</summary>
    /// <exception cref="InvalidInputException">The root is absent (an empty file) or not a mapping.</exception>
    public static YamlMap Root(YamlNode? root, string file, ProblemList problems, string expected)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (root is YamlMappingNode m) return new YamlMap(file, "", m, problems);
        throw new InvalidInputException(root is null ? Problem.At(file, 1) : At(file, root, null),
            $"{expected}; got {(root is null ? "an empty file" : Describe(root))}");
    }

    /// <summary>The location of <paramref name="node"/>, with the key path of <paramref name="key"/> under this mapping.</summary>
    public string Where(YamlNode node, string? key = null) => At(file, node, key is null ? NullIfEmpty(path) : Join(key));

    public string Join(string key) => path.Length == 0 ? key : $"{path}.{key}";

    public void Error(string message) => problems.Error(Location, message);

    public void Error(YamlNode node, string message, string? key = null) => problems.Error(Where(node, key), message);

    /// <summary>A nested mapping, located under <paramref name="childPath"/>.</summary>
    public YamlMap Child(string childPath, YamlMappingNode child) => new(file, childPath, child, problems);

    /// <summary>Item <paramref name="index"/> of the list under <paramref name="key"/> as a mapping (else a located error).</summary>
    public YamlMap? Item(YamlNode node, string key, int index, string what)
    {
        var itemPath = string.Create(CultureInfo.InvariantCulture, $"{Join(key)}[{index}]");
        if (node is YamlMappingNode m) return new YamlMap(file, itemPath, m, problems);
        problems.Error(At(file, node, itemPath), $"{what} expects a mapping (key: value lines); got {Describe(node)}");
        return null;
    }

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
            if (required) problems.Error(Location, $"key '{key}' is required");
            return null;
        }
        if (node is YamlScalarNode { Value: { Length: > 0 } v }) return v;
        problems.Error(Where(node, key), $"key '{key}' expects text (a single value); got {Describe(node)}");
        return null;
    }

    /// <summary>A number; YAML null (<c>~</c>, <c>null</c>) reads as absent.</summary>
    public double? Number(string key)
    {
        var node = Get(key);
        if (node is null || node is YamlScalarNode { Value: "null" or "~" or "" }) return null;
        if (node is YamlScalarNode s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        problems.Error(Where(node, key), $"key '{key}' expects a number; got {Describe(node)}");
        return null;
    }

    public int? Integer(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlScalarNode s && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d)) return d;
        problems.Error(Where(node, key), $"key '{key}' expects a whole number; got {Describe(node)}");
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlScalarNode s && bool.TryParse(s.Value, out var b)) return b;
        problems.Error(Where(node, key), $"key '{key}' expects true or false; got {Describe(node)}");
        return null;
    }

    /// <summary>A spec in text form parsed by <paramref name="parse"/>; errors name the key, line and accepted forms.</summary>
    public T? Spec<T>(string key, TryParse<T> parse, string expected) where T : struct
    {
        ArgumentNullException.ThrowIfNull(parse);
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlScalarNode s && parse(s.Value, out var spec)) return spec;
        problems.Error(Where(node, key), $"key '{key}' expects {expected}; got {Describe(node)}");
        return null;
    }

    public delegate bool TryParse<T>(string? text, out T value);

    public T Choice<T>(string key, T fallback, params (string Name, T Value)[] choices)
    {
        var text = String(key);
        if (text is null) return fallback;
        foreach (var (name, value) in choices)
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase)) return value;
        problems.Error(Where(Get(key)!, key), $"key '{key}' = '{text}'; expected one of: {string.Join(", ", choices.Select(c => c.Name))}");
        return fallback;
    }

    public Rational? Fraction(string key, bool percentIfNumber)
    {
        var node = Get(key);
        return node is null ? null : ParseFraction(node, key, percentIfNumber);
    }

    public Rational? ParseFraction(YamlNode node, string key, bool percentIfNumber)
    {
        ArgumentNullException.ThrowIfNull(node);
        var text = (node as YamlScalarNode)?.Value;
        if (text is null || !Rational.TryParse(text, out var value))
        {
            problems.Error(Where(node, key), $"'{key}' = '{text}' is not a number or fraction (e.g. 1/6, 0.25{(percentIfNumber ? ", 33" : "")})");
            return null;
        }
        if (!percentIfNumber || text.Contains('/', StringComparison.Ordinal)) return value;
        if (value < Rational.One && value > Rational.Zero)
        {
            problems.Error(Where(node, key), $"'{key}' = {text}: cutoffs are written in percent (33) or as fractions (1/3), not as decimals below 1");
            return null;
        }
        return value / new Rational(100, 1);
    }

    /// <summary>The mapping under <paramref name="key"/>, or null (absent, or a located error when not a mapping).</summary>
    public YamlMap? Mapping(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlMappingNode m) return new YamlMap(file, Join(key), m, problems);
        problems.Error(Where(node, key), $"key '{key}' expects a mapping (key: value lines); got {Describe(node)}");
        return null;
    }

    /// <summary>The list under <paramref name="key"/>: empty when absent, a single value as a list of one.</summary>
    public IReadOnlyList<YamlNode> List(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null: return [];
            case YamlSequenceNode s: return s.Children.ToList();
            case YamlScalarNode: return [node];
            default:
                problems.Error(Where(node, key), $"key '{key}' expects a list; got {Describe(node)}");
                return [];
        }
    }

    /// <summary>The list under <paramref name="key"/>, or null (absent, or a located error when not a list).</summary>
    public YamlSequenceNode? Sequence(string key)
    {
        var node = Get(key);
        if (node is null or YamlSequenceNode) return node as YamlSequenceNode;
        problems.Error(Where(node, key), $"key '{key}' expects a list; got {Describe(node)}");
        return null;
    }

    /// <summary>Reports every key not in <paramref name="allowed"/>, naming the keys that are.</summary>
    public void CheckKeys(params string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        foreach (var (k, _) in map.Children)
        {
            var name = (k as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
                problems.Error(Where(k, name), $"unknown key '{name}'; expected one of: {string.Join(", ", allowed)}");
        }
    }

    /// <summary>Reports every key that was never read (call after reading).</summary>
    public void RejectUnknownKeys() => CheckKeys([.. _used.Order(StringComparer.Ordinal)]);

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        _ => "a mapping",
    };

    private static string At(string file, YamlNode node, string? keyPath) => Problem.At(file, (int)node.Start.Line, keyPath);

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
