using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace HumanSecurity.Formats.Models;

/// <summary>Typed access to YAML mapping values with located errors (<c>file:line: key 'x' ...</c>).</summary>
internal sealed class YamlNodeReader(string file, ProblemList problems)
{
    public string File { get; } = file;

    public ProblemList Problems { get; } = problems;

    public string At(YamlNode node) => Problem.At(File, (int)node.Start.Line);

    /// <summary>Reports keys of <paramref name="map"/> not in <paramref name="allowed"/>.</summary>
    public void CheckKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name, StringComparer.Ordinal))
                Problems.Error(At(key), $"unknown key '{name}' in {what}; expected one of: {string.Join(", ", allowed)}");
        }
    }

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    public string? String(YamlMappingNode map, string key, bool required = false, string? what = null)
    {
        var v = Get(map, key);
        if (v is null)
        {
            if (required) Problems.Error(At(map), $"{what ?? "entry"} is missing the required key '{key}'");
            return null;
        }
        if (v is YamlScalarNode s && !string.IsNullOrEmpty(s.Value)) return s.Value;
        Problems.Error(At(v), $"key '{key}' expects text; got {Describe(v)}");
        return null;
    }

    public double? Number(YamlMappingNode map, string key)
    {
        var v = Get(map, key);
        if (v is null) return null;
        if (v is YamlScalarNode s && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        Problems.Error(At(v), $"key '{key}' expects a number; got {Describe(v)}");
        return null;
    }

    public int? Integer(YamlMappingNode map, string key)
    {
        var v = Get(map, key);
        if (v is null) return null;
        if (v is YamlScalarNode s && int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var d)) return d;
        Problems.Error(At(v), $"key '{key}' expects a whole number; got {Describe(v)}");
        return null;
    }

    public bool? Bool(YamlMappingNode map, string key)
    {
        var v = Get(map, key);
        if (v is null) return null;
        if (v is YamlScalarNode s && bool.TryParse(s.Value, out var b)) return b;
        Problems.Error(At(v), $"key '{key}' expects true or false; got {Describe(v)}");
        return null;
    }

    /// <summary>A spec in text form parsed by <paramref name="parse"/>; errors name the key, line and accepted forms.</summary>
    public T? Spec<T>(YamlMappingNode map, string key, TryParse<T> parse, string expected) where T : struct
    {
        var v = Get(map, key);
        if (v is null) return null;
        if (v is YamlScalarNode s && parse(s.Value, out var spec)) return spec;
        Problems.Error(At(v), $"key '{key}' expects {expected}; got {Describe(v)}");
        return null;
    }

    public delegate bool TryParse<T>(string? text, out T value);

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key)
    {
        var v = Get(map, key);
        if (v is null or YamlSequenceNode) return v as YamlSequenceNode;
        Problems.Error(At(v), $"key '{key}' expects a list; got {Describe(v)}");
        return null;
    }

    public YamlMappingNode? Mapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode m) return m;
        Problems.Error(At(node), $"{what} expects a mapping (key: value lines); got {Describe(node)}");
        return null;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s => $"'{s.Value}'",
        YamlSequenceNode => "a list",
        _ => "a mapping",
    };
}
