using System.Diagnostics;
using System.Text.Json.Nodes;
using HumanSecurity.Runs;

namespace HumanSecurity.Indices.Runs;

public static partial class IndexRunner
{
    /// <summary>Manifest kind of sensitivity analyses.</summary>
    public const string SensitivityKind = "sensitivity";

    /// <summary>Runs a sensitivity analysis (<see cref="SensitivityAnalysis"/>) on file data and describes it in a manifest:
    /// the nominal options, the choices varied, the number of runs and the seed.</summary>
    /// <exception cref="InvalidInputException">The model, data or design were rejected.</exception>
    public static (SensitivityResult Result, RunManifest Manifest) RunSensitivity(SensitivityRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var index = request.Index;
        if (index.Source is not IndexFileSource file) throw new ArgumentException("sensitivity analysis runs on file data", nameof(request));
        var clock = Stopwatch.StartNew();
        var result = SensitivityAnalysis.Run(index.Model, file.Data, index.Options, request.Choices, request.Runs, request.Seed, request.Sobol,
            request.Threads, cancellationToken);
        var options = new IndexRunOptions(index.Options, null, null, null, null).ToJson();
        options["vary"] = new JsonArray([.. request.Choices.Select(c => (JsonNode)c.Text)]);
        options["runs"] = request.Runs;
        options["sobol"] = request.Sobol;
        var tree = IndexTree.Compile(index.Model, index.Options);
        var manifest = new RunManifest
        {
            Kind = SensitivityKind,
            Engine = EngineInfo.Current,
            Model = index.Identity,
            Inputs = new RunInputs([.. file.Files, .. index.OptionFiles], null),
            Options = options,
            Nodes = IndexManifest.Nodes(tree, index.Options, null),
            Seed = request.Seed,
            Counts = new RunCounts { Units = file.Data.Units.Distinct(StringComparer.Ordinal).LongCount(), Indicators = tree.IndicatorCount, Nodes = tree.NodeCount, ScoreRows = result.Ranks.Count },
            TimingsMs = new Dictionary<string, double> { ["total"] = Math.Round(clock.Elapsed.TotalMilliseconds, 3) },
            CreatedAt = DateTimeOffset.UtcNow,
            Details = new JsonObject { ["model_runs"] = result.ModelRuns },
        };
        return (result, manifest);
    }
}
