using System.Globalization;
using HumanSecurity.Indices;
using HumanSecurity.Formats.Yaml;
using YamlDotNet.RepresentationModel;

namespace HumanSecurity.Formats.Models;

public static partial class ModelYamlReader
{
    private static readonly string[] DefaultKeys = ["denominate", "impute", "screen", "treat", "normalise", "aggregate", "min_share", "aggregate_by_level"];

    private static ModelDefaults ReadDefaults(YamlMap m)
    {
        m.CheckKeys(DefaultKeys);
        var d = new ModelDefaults();
        var byLevel = new Dictionary<int, AggregateSpec>();
        if (m.Mapping("aggregate_by_level") is { } map)
        {
            foreach (var (k, v) in map.Node.Children)
            {
                var ok = int.TryParse((k as YamlScalarNode)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level);
                if (!ok || v is not YamlScalarNode s || !AggregateSpec.TryParse(s.Value, out var spec))
                    map.Error(k, $"aggregate_by_level expects LEVEL: METHOD lines (e.g. '3: gmean'); got {YamlMap.Describe(k)}");
                else byLevel[level] = spec;
            }
        }
        return d with
        {
            Denominate = m.Bool("denominate") ?? d.Denominate,
            Impute = m.Spec<ImputeSpec>("impute", ImputeSpec.TryParse, "an imputation (none, mean, median, group-mean:COL, latest:N, linear)") ?? d.Impute,
            Screen = m.Number("screen") ?? d.Screen,
            Treat = m.Spec<TreatSpec>("treat", TreatSpec.TryParse, "a treatment (default, none, winsorise:N, log, log_ct, boxcox:L)") ?? d.Treat,
            Normalise = m.Spec<NormaliseSpec>("normalise", NormaliseSpec.TryParse, "a normalisation (minmax:L:U, zscore:M:S, goalposts, rank, prank, ...)") ?? d.Normalise,
            Aggregate = m.Spec<AggregateSpec>("aggregate", AggregateSpec.TryParse, "an aggregation (amean, gmean, hmean, genmean:P, min, max, softmax:C, copeland)") ?? d.Aggregate,
            MinShare = m.Number("min_share") ?? d.MinShare,
            AggregateByLevel = byLevel,
        };
    }

    /// <summary><c>scale: [lo, hi]</c>: the output scale. Without an explicit default normalisation it means min–max to
    /// [lo, hi]; with <c>goalposts</c> (no scale given) it sets the goalposts scale to hi.</summary>
    private static ModelDefaults ApplyScale(YamlMap root, ModelDefaults d)
    {
        var v = root.Get("scale");
        if (v is null) return d;
        if (v is not YamlSequenceNode { Children.Count: 2 } seq
            || seq.Children[0] is not YamlScalarNode a || !double.TryParse(a.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
            || seq.Children[1] is not YamlScalarNode b || !double.TryParse(b.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var hi) || !(hi > lo))
        {
            root.Error(v, $"key 'scale' expects [min, max] with min < max; got {YamlMap.Describe(v)}", "scale");
            return d;
        }
        var explicitNormalise = root.Node.Children.TryGetValue(new YamlScalarNode("defaults"), out var dn) && dn is YamlMappingNode dm && dm.Children.ContainsKey(new YamlScalarNode("normalise"));
        if (!explicitNormalise) return d with { Normalise = new NormaliseSpec(NormaliseMethod.MinMax, lo, hi) };
        return d.Normalise.Method == NormaliseMethod.Goalposts && d.Normalise.B == 10 && hi != 10 ? d with { Normalise = d.Normalise with { B = hi } } : d;
    }

    private static RollUp ReadRollUp(YamlMap root)
    {
        var v = root.Get("roll_up");
        if (v is null) return RollUp.Scores;
        if (v is YamlScalarNode s && Enum.TryParse<RollUp>(s.Value, ignoreCase: true, out var mode)) return mode;
        root.Error(v, $"key 'roll_up' expects scores, indicators or none; got {YamlMap.Describe(v)}", "roll_up");
        return RollUp.Scores;
    }

    private static List<RiskClass> ReadClasses(YamlMap root)
    {
        var list = new List<RiskClass>();
        if (root.Sequence("classes") is not { } seq) return list;
        for (var i = 0; i < seq.Children.Count; i++)
        {
            if (root.Item(seq.Children[i], "classes", i, "a class") is not { } m) continue;
            m.CheckKeys("label", "from");
            var label = m.String("label", required: true);
            var from = m.Number("from");
            if (from is null && m.Get("from") is null) m.Error("a class is missing the required key 'from'");
            if (label is not null && from is not null)
            {
                if (list.Count > 0 && from <= list[^1].Lower)
                    m.Error($"classes must be in ascending order of 'from'; {from} follows {list[^1].Lower}");
                list.Add(new RiskClass(label, from.Value));
            }
        }
        return list;
    }

    private static List<string> ReadParents(YamlMap m, string code)
    {
        switch (m.Get("parent"))
        {
            case YamlScalarNode s when !string.IsNullOrEmpty(s.Value): return [s.Value];
            case YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }):
                return [.. seq.Children.Select(c => ((YamlScalarNode)c).Value!)];
            case null:
                m.Error($"indicator '{code}' is missing the required key 'parent'");
                return [];
            case var other:
                m.Error(other, $"key 'parent' expects a node code or a list of node codes; got {YamlMap.Describe(other)}", "parent");
                return [];
        }
    }

    private static (double? Lo, double? Hi) ReadGoalposts(YamlMap m)
    {
        var v = m.Get("goalposts");
        if (v is null) return (null, null);
        if (v is YamlSequenceNode { Children.Count: 2 } seq
            && seq.Children[0] is YamlScalarNode a && double.TryParse(a.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
            && seq.Children[1] is YamlScalarNode b && double.TryParse(b.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var hi))
            return (lo, hi);
        m.Error(v, $"key 'goalposts' expects [min, max] (two numbers); got {YamlMap.Describe(v)}", "goalposts");
        return (null, null);
    }
}
