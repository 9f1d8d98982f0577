using HumanSecurity.Indices;
using YamlDotNet.Core;
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
        var stream = new YamlStream();
        try { stream.Load(new StringReader(text)); }
        catch (YamlException e)
        {
            throw new InvalidInputException(Problem.At(file, (int)e.Start.Line), $"not valid YAML: {e.InnerException?.Message ?? e.Message}");
        }
        if (stream.Documents.Count == 0) throw new InvalidInputException(file, "the model file is empty");
        var r = new YamlNodeReader(file, new ProblemList());
        var root = r.Mapping(stream.Documents[0].RootNode, "the model");
        r.Problems.ThrowIfErrors();
        r.CheckKeys(root!, "the model", TopKeys);
        var model = ReadModel(r, root!, text);
        r.Problems.ThrowIfErrors();
        return model;
    }

    private static IndexModel ReadModel(YamlNodeReader r, YamlMappingNode root, string text)
    {
        var name = r.String(root, "name", required: true, what: "the model") ?? "model";
        var fromCatalogue = false;
        var indicators = new List<ModelIndicator>();
        switch (r.Get(root, "indicators"))
        {
            case YamlSequenceNode seq:
                foreach (var item in seq) if (r.Mapping(item, "an indicator") is { } m) indicators.Add(ReadIndicator(r, m));
                break;
            case YamlMappingNode map:
                r.CheckKeys(map, "indicators", "from_catalogue");
                fromCatalogue = r.Bool(map, "from_catalogue") ?? false;
                break;
            case null: r.Problems.Error(r.At(root), "the model is missing the required key 'indicators'"); break;
            case var other: r.Problems.Error(r.At(other), $"key 'indicators' expects a list or {{from_catalogue: true}}; got {YamlNodeReader.Describe(other)}"); break;
        }
        var nodes = new List<ModelNode>();
        if (r.Sequence(root, "nodes") is { } ns)
            foreach (var item in ns) if (r.Mapping(item, "a node") is { } m) nodes.Add(ReadNode(r, m));
        return new IndexModel(name, indicators, nodes)
        {
            Title = r.String(root, "title"),
            UnitColumn = r.String(root, "unit_column"),
            TimeColumn = r.String(root, "time_column"),
            Defaults = ApplyScale(r, root, r.Get(root, "defaults") is { } d && r.Mapping(d, "key 'defaults'") is { } dm ? ReadDefaults(r, dm) : new()),
            Classes = ReadClasses(r, root),
            FromCatalogue = fromCatalogue,
            RollUp = ReadRollUp(r, root),
            SourceText = text,
        };
    }

    private static ModelIndicator ReadIndicator(YamlNodeReader r, YamlMappingNode m)
    {
        r.CheckKeys(m, "an indicator", IndicatorKeys);
        var code = r.String(m, "code", required: true, what: "an indicator") ?? "?";
        var parents = ReadParents(r, m, code);
        var (lo, hi) = ReadGoalposts(r, m);
        return new ModelIndicator(code, parents.FirstOrDefault() ?? "")
        {
            Name = r.String(m, "name"),
            ExtraParents = [.. parents.Skip(1)],
            Direction = r.Integer(m, "direction") ?? 1,
            Weight = r.Number(m, "weight") ?? 1,
            Denominator = r.String(m, "denominator"),
            GoalMin = lo,
            GoalMax = hi,
            Target = r.Number(m, "target"),
            Reference = r.String(m, "reference"),
            Treat = r.Spec<TreatSpec>(m, "treat", TreatSpec.TryParse, "a treatment (default, none, winsorise:N, log, log_ct, boxcox:L)"),
            Normalise = r.Spec<NormaliseSpec>(m, "normalise", NormaliseSpec.TryParse, "a normalisation (minmax:L:U, zscore:M:S, goalposts, rank, prank, ...)"),
            Impute = r.Spec<ImputeSpec>(m, "impute", ImputeSpec.TryParse, "an imputation (none, mean, median, group-mean:COL, latest:N, linear)"),
            Location = r.At(m),
        };
    }

    private static ModelNode ReadNode(YamlNodeReader r, YamlMappingNode m)
    {
        r.CheckKeys(m, "a node", NodeKeys);
        return new ModelNode(r.String(m, "code", required: true, what: "a node") ?? "?")
        {
            Name = r.String(m, "name"),
            Parent = r.String(m, "parent"),
            Level = r.Integer(m, "level") ?? 0,
            Weight = r.Number(m, "weight") ?? 1,
            Aggregate = r.Spec<AggregateSpec>(m, "aggregate", AggregateSpec.TryParse, "an aggregation (amean, gmean, hmean, genmean:P, min, max, softmax:C, copeland)"),
            MinShare = r.Number(m, "min_share"),
            Members = r.String(m, "members"),
            Location = r.At(m),
        };
    }
}
