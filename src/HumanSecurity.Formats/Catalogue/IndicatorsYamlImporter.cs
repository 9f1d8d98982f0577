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

    public bool CanRead(FileHead head)
    {
        ArgumentNullException.ThrowIfNull(head);
        return head.Extension is ".yaml" or ".yml"
            && head.Lines.Any(l => l.TrimStart().StartsWith("indicators:", StringComparison.Ordinal) || l.TrimStart().StartsWith("- code:", StringComparison.Ordinal));
    }

    public async Task<ImportResult> ImportAsync(ImportRequest request, IStore store, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        var file = request.DisplayName;
        if (!File.Exists(request.Path)) throw new InvalidInputException(file, $"file not found: {request.Path}");
        var problems = new ProblemList(request.MaxErrors);
        var parsed = Parse(file, await File.ReadAllTextAsync(request.Path, cancellationToken).ConfigureAwait(false), problems);
        EmptyImport.Check(new Dictionary<string, long> { ["indicators"] = parsed.Count }, problems, file);
        problems.ThrowIfErrors();
        var sha = await FileHash.Sha256HexAsync(request.Path, cancellationToken).ConfigureAwait(false);
        var session = request.DryRun ? null : await store.BeginImportAsync(new DatasetInfo(Kind, file, sha) { Name = request.Name ?? file }, cancellationToken).ConfigureAwait(false);
        try
        {
            var counts = await IndicatorCatalogue.StageAsync(parsed, session, problems, cancellationToken).ConfigureAwait(false);
            problems.ThrowIfErrors();
            var dataset = session is null ? null : await session.CommitAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(new ImportProgress("importing", parsed.Count, 1, 1));
            return new ImportResult(Format, dataset, counts, []);
        }
        finally
        {
            if (session is not null) await session.DisposeAsync().ConfigureAwait(false);
        }
    }

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
