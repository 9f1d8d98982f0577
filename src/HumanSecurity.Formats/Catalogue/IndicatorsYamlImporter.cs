using HumanSecurity.Formats.Yaml;
using HumanSecurity.Formats.Import;
using HumanSecurity.Indicators;
using HumanSecurity.Storage;
using YamlDotNet.RepresentationModel;

namespace HumanSecurity.Formats.Catalogue;

/// <summary>Indicator catalogue as YAML: a list of mappings (at the root or under <c>indicators:</c>) with the same
/// fields as the CSV catalogue; <c>types</c> and <c>impacts</c> may be YAML lists or <c>|</c>-separated text.</summary>
public sealed class IndicatorsYamlImporter : IDatasetImporter
{
    public string Format => "indicators-yaml";

    public string Description => "indicator catalogue (YAML): a list of {code, name, unit, direction, cluster, types, impacts, ...}";

    public DatasetKind Kind => DatasetKind.Indicators;

    public Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ExchangeImport.RunAsync(this, request, store, progress, async (session, problems, run, ct) =>
        {
            var parsed = Parse(request.DisplayName, await File.ReadAllTextAsync(request.Path, ct).ConfigureAwait(false), problems);
            run.Phases.End(parsed.Count, problems.ErrorCount);
            run.Phases.Start(ImportPhase.Stage, parsed.Count);
            return await IndicatorCatalogue.StageAsync(parsed, session, problems, ct).ConfigureAwait(false);
        }, cancellationToken);

    internal static List<(Indicator Indicator, string Location)> Parse(string file, string text, ProblemList problems)
    {
        var result = new List<(Indicator, string)>();
        YamlNode? root;
        try
        {
            root = YamlInput.Load(text, file);
        }
        catch (InvalidInputException e)
        {
            problems.AddRange(e.Problems);
            return result;
        }
        if (root is null || Items(root) is not { } items)
        {
            problems.Error(Problem.At(file, 1), "expected a list of indicators (at the root or under 'indicators:')");
            return result;
        }
        foreach (var item in items)
        {
            if (item is not YamlMappingNode map)
            {
                problems.Error(Problem.At(file, (int)item.Start.Line), "expected a mapping with code, name, unit, direction, ...");
                continue;
            }
            var indicator = ReadItem(file, map, problems);
            if (indicator is not null) result.Add((indicator, Problem.At(file, (int)map.Start.Line, "code")));
        }
        return result;
    }

    private static IEnumerable<YamlNode>? Items(YamlNode root) => root switch
    {
        YamlSequenceNode seq => seq.Children,
        YamlMappingNode map when map.Children.TryGetValue(new YamlScalarNode("indicators"), out var node) && node is YamlSequenceNode seq => seq.Children,
        _ => null,
    };

    private static Indicator? ReadItem(string file, YamlMappingNode map, ProblemList problems)
    {
        var known = IndicatorFields.Required.Concat(IndicatorFields.Optional).ToHashSet(StringComparer.Ordinal);
        var values = new Dictionary<string, (string Text, int Line)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var line = (int)keyNode.Start.Line;
            if (!known.Contains(key))
            {
                problems.Error(Problem.At(file, line, key), $"unknown key '{key}'; expected one of {string.Join(", ", known)}");
                continue;
            }
            var text = valueNode switch
            {
                YamlScalarNode s => s.Value ?? "",
                YamlSequenceNode seq => string.Join('|', seq.Children.OfType<YamlScalarNode>().Select(s => s.Value)),
                _ => null,
            };
            if (text is null) problems.Error(Problem.At(file, line, key), $"'{key}' must be text or a list of text");
            else values[key] = (text.Trim(), line);
        }
        var itemLine = (int)map.Start.Line;
        return IndicatorFields.Read(f => values.TryGetValue(f, out var v) ? v.Text : null,
            f => Problem.At(file, values.TryGetValue(f, out var v) ? v.Line : itemLine, f), problems);
    }
}
