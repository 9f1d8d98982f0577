using HumanSecurity.Indices;
using HumanSecurity.Formats.Yaml;
using YamlDotNet.RepresentationModel;

namespace HumanSecurity.Formats.Models;

/// <summary>Reads an index model from YAML (format in <c>docs/models.md</c>). Unknown keys and wrong types are errors naming
/// the key and line; every problem found is reported at once.</summary>
public static partial class ModelYamlReader
{
    private static readonly string[] TopKeys = ["name", "title", "unit_column", "time_column", "scale", "roll_up", "defaults", "classes", "indicators", "nodes"];
    private static readonly string[] IndicatorKeys = ["code", "name", "parent", "direction", "weight", "denominator", "goalposts", "target", "reference", "treat", "normalise", "impute"];
    private static readonly string[] NodeKeys = ["code", "name", "parent", "level", "weight", "aggregate", "min_share", "members"];

    public static IndexModel ReadFile(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException(path, $"cannot read the model file: {e.Message}");
        }
        return Read(text, Path.GetFileName(path));
    }

    public static IndexModel Read(string text, string file = "model.yaml")
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = YamlMap.Root(YamlInput.Load(text, file), file, new ProblemList(), "the model expects a mapping (name:, indicators:, nodes: …)");
        root.CheckKeys(TopKeys);
        var model = ReadModel(root, text);
        root.Problems.ThrowIfErrors();
        return model;
    }

    private static IndexModel ReadModel(YamlMap root, string text)
    {
        var name = root.String("name", required: true) ?? "model";
        var fromCatalogue = false;
        var indicators = new List<ModelIndicator>();
        switch (root.Get("indicators"))
        {
            case YamlSequenceNode seq:
                for (var i = 0; i < seq.Children.Count; i++)
                    if (root.Item(seq.Children[i], "indicators", i, "an indicator") is { } m) indicators.Add(ReadIndicator(m));
                break;
            case YamlMappingNode map:
                var catalogue = root.Child("indicators", map);
                catalogue.CheckKeys("from_catalogue");
                fromCatalogue = catalogue.Bool("from_catalogue") ?? false;
                break;
            case null: root.Error("the model is missing the required key 'indicators'"); break;
            case var other: root.Error(other, $"key 'indicators' expects a list or {{from_catalogue: true}}; got {YamlMap.Describe(other)}", "indicators"); break;
        }
        var nodes = new List<ModelNode>();
        if (root.Sequence("nodes") is { } ns)
            for (var i = 0; i < ns.Children.Count; i++)
                if (root.Item(ns.Children[i], "nodes", i, "a node") is { } m) nodes.Add(ReadNode(m));
        return new IndexModel(name, indicators, nodes)
        {
            Title = root.String("title"),
            UnitColumn = root.String("unit_column"),
            TimeColumn = root.String("time_column"),
            Defaults = ApplyScale(root, root.Mapping("defaults") is { } dm ? ReadDefaults(dm) : new()),
            Classes = ReadClasses(root),
            FromCatalogue = fromCatalogue,
            RollUp = ReadRollUp(root),
            SourceText = text,
        };
    }

    private static ModelIndicator ReadIndicator(YamlMap m)
    {
        m.CheckKeys(IndicatorKeys);
        var code = m.String("code", required: true) ?? "?";
        var parents = ReadParents(m, code);
        var (lo, hi) = ReadGoalposts(m);
        return new ModelIndicator(code, parents.FirstOrDefault() ?? "")
        {
            Name = m.String("name"),
            ExtraParents = [.. parents.Skip(1)],
            Direction = m.Integer("direction") ?? 1,
            Weight = m.Number("weight") ?? 1,
            Denominator = m.String("denominator"),
            GoalMin = lo,
            GoalMax = hi,
            Target = m.Number("target"),
            Reference = m.String("reference"),
            Treat = m.Spec<TreatSpec>("treat", TreatSpec.TryParse, "a treatment (default, none, winsorise:N, log, log_ct, boxcox:L)"),
            Normalise = m.Spec<NormaliseSpec>("normalise", NormaliseSpec.TryParse, "a normalisation (minmax:L:U, zscore:M:S, goalposts, rank, prank, ...)"),
            Impute = m.Spec<ImputeSpec>("impute", ImputeSpec.TryParse, "an imputation (none, mean, median, group-mean:COL, latest:N, linear)"),
            Location = m.Location,
        };
    }

    private static ModelNode ReadNode(YamlMap m)
    {
        m.CheckKeys(NodeKeys);
        return new ModelNode(m.String("code", required: true) ?? "?")
        {
            Name = m.String("name"),
            Parent = m.String("parent"),
            Level = m.Integer("level") ?? 0,
            Weight = m.Number("weight") ?? 1,
            Aggregate = m.Spec<AggregateSpec>("aggregate", AggregateSpec.TryParse, "an aggregation (amean, gmean, hmean, genmean:P, min, max, softmax:C, copeland)"),
            MinShare = m.Number("min_share"),
            Members = m.String("members"),
            Location = m.Location,
        };
    }
}
