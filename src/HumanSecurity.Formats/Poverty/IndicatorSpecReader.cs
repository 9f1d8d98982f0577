using HumanSecurity.Formats.Yaml;
using HumanSecurity.Poverty;
using YamlDotNet.RepresentationModel;

namespace HumanSecurity.Formats.Poverty;

/// <summary>Reads the <c>indicators:</c> list: 0/1 columns, achievements with <c>deprived_if</c>, and roster rules.</summary>
internal static class IndicatorSpecReader
{
    public static List<PovertyIndicator> Read(YamlMap root, ProblemList problems)
    {
        var result = new List<PovertyIndicator>();
        var list = root.List("indicators");
        if (root.Get("indicators") is null) problems.Error(root.Location, "key 'indicators' is required");
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"indicators[{i}]";
            if (list[i] is not YamlMappingNode map)
            {
                problems.Error(root.Where(list[i], path), $"'{path}' must be a mapping such as {{column: d_nutr, dimension: health, weight: 1/6}}");
                continue;
            }
            if (ReadOne(root.Child(path, map), problems) is { } ind) result.Add(ind);
        }
        return result;
    }

    private static PovertyIndicator? ReadOne(YamlMap n, ProblemList problems)
    {
        var column = n.String("column");
        var name = n.String("name") ?? column;
        var dimension = n.String("dimension", required: true);
        var weight = n.Fraction("weight", percentIfNumber: false);
        if (n.Get("weight") is null) problems.Error(n.Location, $"key '{n.Join("weight")}' is required");
        var rule = Rule(n, "deprived_if", problems);
        var roster = RosterReader.Read(n.Mapping("roster"), problems);
        if (column is null && name is null) problems.Error(n.Location, $"'{n.Join("column")}' (or 'name' for a roster indicator) is required");
        if (roster is null && column is null && name is not null)
            problems.Error(n.Location, $"indicator '{name}' needs a 'column' or a 'roster' rule");
        n.RejectUnknownKeys();
        if (name is null || dimension is null || weight is null) return null;
        return new PovertyIndicator(name, column ?? name, dimension, weight.Value, rule, roster, n.Location);
    }

    internal static DeprivationRule? Rule(YamlMap n, string key, ProblemList problems)
    {
        var text = n.String(key);
        if (text is null) return null;
        var rule = DeprivationRule.TryParse(text, out var error);
        if (rule is null) problems.Error(n.Where(n.Get(key)!, key), error);
        return rule;
    }
}
