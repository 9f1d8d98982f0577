using System.Collections.Concurrent;
using HumanSecurity.Formats.Models;
using HumanSecurity.Indices;
using HumanSecurity.Runs;

namespace HumanSecurity.Web.ReadModels;

/// <summary>The model tree of a saved index run, for contributions and the tree view: the library model named by the run
/// (<see cref="ModelLibrary"/> over <see cref="WebOptions.ModelsDirectory"/>), used only when its hash
/// (<see cref="ContentHash.OfText"/>) equals the run's model hash (so a changed file never explains an old run), bound to the catalogue indicators the run scored, compiled.
/// Null when the file is absent or differs; pages then say so.</summary>
public sealed class RunModels(WebOptions options)
{
    private readonly ConcurrentDictionary<(long, DateTimeOffset), RunModel?> _cache = new();

    public RunModel? For(RunScores scores, DashboardSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(snapshot);
        return _cache.GetOrAdd((scores.Run.Id, scores.Run.CreatedAt), _ => Load(scores, snapshot));
    }

    private RunModel? Load(RunScores scores, DashboardSnapshot snapshot)
    {
        if (scores.Run.Kind != "index") return null;
        if (scores.Run.Model.AsSpan().IndexOfAny(['/', '\\', ':']) >= 0) return null;
        if (new ModelLibrary(options.ModelsDirectory).Find(scores.Run.Model) is not { } entry) return null;
        IndexModel model;
        try
        {
            model = ModelYamlReader.ReadFile(entry.Path);
        }
        catch (InvalidInputException)
        {
            return null;
        }
        if (model.SourceText is null || ContentHash.OfText(model.SourceText) != scores.Run.ModelHash) return null;
        if (model.FromCatalogue)
        {
            var scored = scores.Nodes.Where(n => scores.LevelOf(n) == 1).ToHashSet(StringComparer.Ordinal);
            model = CatalogueBinding.Bind(model, snapshot.Indicators.Values.Where(i => scored.Contains(i.Code)));
        }
        var tree = IndexTree.Compile(model);
        return tree.Codes.All(scores.HasNode) ? new RunModel(model, tree) : null;
    }
}

/// <summary>A run's model and its compiled tree.</summary>
public sealed record RunModel(IndexModel Model, IndexTree Tree)
{
    /// <summary>The display name of a node: the model's name for aggregates, the indicator's name for leaves.</summary>
    public string NameOf(int node) => node < Tree.IndicatorCount
        ? Tree.Indicators[node].Name ?? Tree.Codes[node]
        : Tree.Aggregates[node - Tree.IndicatorCount].Name ?? Tree.Codes[node];
}
