using System.Globalization;
using HumanSecurity.Indices;
using YamlDotNet.RepresentationModel;

namespace HumanSecurity.Formats.Models;

public static partial class ModelYamlReader
{
    private static readonly string[] DefaultKeys = ["denominate", "impute", "screen", "treat", "normalise", "aggregate", "min_share", "aggregate_by_level"];

    private static ModelDefaults ReadDefaults(YamlNodeReader r, YamlMappingNode m)
    {
        r.CheckKeys(m, "defaults", DefaultKeys);
        var d = new ModelDefaults();
        var byLevel = new Dictionary<int, AggregateSpec>();
        if (r.Get(m, "aggregate_by_level") is { } node && r.Mapping(node, "key 'aggregate_by_level'") is { } map)
        {
            foreach (var (k, v) in map.Children)
            {
                var ok = int.TryParse((k as YamlScalarNode)?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var level);
                if (!ok || v is not YamlScalarNode s || !AggregateSpec.TryParse(s.Value, out var spec))
                    r.Problems.Error(r.At(k), $"aggregate_by_level expects LEVEL: METHOD lines (e.g. '3: gmean'); got {YamlNodeReader.Describe(k)}");
                else byLevel[level] = spec;
            }
        }
        return d with
        {
            Denominate = r.Bool(m, "denominate") ?? d.Denominate,
            Impute = r.Spec<ImputeSpec>(m, "impute", ImputeSpec.TryParse, "an imputation (none, mean, median, group-mean:COL, latest:N, linear)") ?? d.Impute,
            Screen = r.Number(m, "screen") ?? d.Screen,
            Treat = r.Spec<TreatSpec>(m, "treat", TreatSpec.TryParse, "a treatment (default, none, winsorise:N, log, log_ct, boxcox:L)") ?? d.Treat,
            Normalise = r.Spec<NormaliseSpec>(m, "normalise", NormaliseSpec.TryParse, "a normalisation (minmax:L:U, zscore:M:S, goalposts, rank, prank, ...)") ?? d.Normalise,
            Aggregate = r.Spec<AggregateSpec>(m, "aggregate", AggregateSpec.TryParse, "an aggregation (amean, gmean, hmean, genmean:P, min, max, softmax:C, copeland)") ?? d.Aggregate,
            MinShare = r.Number(m, "min_share") ?? d.MinShare,
            AggregateByLevel = byLevel,
        };
    }

    /// <summary><c>scale: [lo, hi]</c>: the output scale. Without an explicit default normalisation it means min–max to
    /// [lo, hi]; with <c>goalposts</c> (no scale given) it sets the goalposts scale to hi.</summary>
    private static ModelDefaults ApplyScale(YamlNodeReader r, YamlMappingNode root, ModelDefaults d)
    {
        var v = r.Get(root, "scale");
        if (v is null) return d;
        if (v is not YamlSequenceNode { Children.Count: 2 } seq
            || seq.Children[0] is not YamlScalarNode a || !double.TryParse(a.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
            || seq.Children[1] is not YamlScalarNode b || !double.TryParse(b.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var hi) || !(hi > lo))
        {
            r.Problems.Error(r.At(v), $"key 'scale' expects [min, max] with min < max; got {YamlNodeReader.Describe(v)}");
            return d;
        }
        var explicitNormalise = r.Get(root, "defaults") is YamlMappingNode dm && r.Get(dm, "normalise") is not null;
        if (!explicitNormalise) return d with { Normalise = new NormaliseSpec(NormaliseMethod.MinMax, lo, hi) };
        return d.Normalise.Method == NormaliseMethod.Goalposts && d.Normalise.B == 10 && hi != 10 ? d with { Normalise = d.Normalise with { B = hi } } : d;
    }

    private static RollUp ReadRollUp(YamlNodeReader r, YamlMappingNode root)
    {
        var v = r.Get(root, "roll_up");
        if (v is null) return RollUp.Scores;
        if (v is YamlScalarNode s && Enum.TryParse<RollUp>(s.Value, ignoreCase: true, out var mode)) return mode;
        r.Problems.Error(r.At(v), $"key 'roll_up' expects scores, indicators or none; got {YamlNodeReader.Describe(v)}");
        return RollUp.Scores;
    }

    private static List<RiskClass> ReadClasses(YamlNodeReader r, YamlMappingNode root)
    {
        var list = new List<RiskClass>();
        if (r.Sequence(root, "classes") is not { } seq) return list;
        foreach (var item in seq)
        {
            if (r.Mapping(item, "a class") is not { } m) continue;
            r.CheckKeys(m, "a class", "label", "from");
            var label = r.String(m, "label", required: true, what: "a class");
            var from = r.Number(m, "from");
            if (from is null && r.Get(m, "from") is null) r.Problems.Error(r.At(m), "a class is missing the required key 'from'");
            if (label is not null && from is not null)
            {
                if (list.Count > 0 && from <= list[^1].Lower)
                    r.Problems.Error(r.At(m), $"classes must be in ascending order of 'from'; {from} follows {list[^1].Lower}");
                list.Add(new RiskClass(label, from.Value));
            }
        }
        return list;
    }

    private static List<string> ReadParents(YamlNodeReader r, YamlMappingNode m, string code)
    {
        switch (r.Get(m, "parent"))
        {
            case YamlScalarNode s when !string.IsNullOrEmpty(s.Value): return [s.Value];
            case YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }):
                return [.. seq.Children.Select(c => ((YamlScalarNode)c).Value!)];
            case null:
                r.Problems.Error(r.At(m), $"indicator '{code}' is missing the required key 'parent'");
                return [];
            case var other:
                r.Problems.Error(r.At(other), $"key 'parent' expects a node code or a list of node codes; got {YamlNodeReader.Describe(other)}");
                return [];
        }
    }

    private static (double? Lo, double? Hi) ReadGoalposts(YamlNodeReader r, YamlMappingNode m)
    {
        var v = r.Get(m, "goalposts");
        if (v is null) return (null, null);
        if (v is YamlSequenceNode { Children.Count: 2 } seq
            && seq.Children[0] is YamlScalarNode a && double.TryParse(a.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
            && seq.Children[1] is YamlScalarNode b && double.TryParse(b.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var hi))
            return (lo, hi);
        r.Problems.Error(r.At(v), $"key 'goalposts' expects [min, max] (two numbers); got {YamlNodeReader.Describe(v)}");
        return (null, null);
    }
}
