using System.Text.Json.Nodes;

namespace HumanSecurity.Runs;

/// <summary>The complete record of how a run was made: engine, model or spec (name, one hash, text), inputs (files with
/// their SHA-256, or the store datasets with theirs), every option after defaults and overrides, what each node used,
/// periods, seed, counts and timings. It is <c>run.json</c> in file mode and is saved with the run in store mode;
/// <c>hso verify</c> recomputes a run from it. Written and read as JSON by <see cref="ToJson"/> and <see cref="FromJson"/>
/// (field names in docs/runs.md).</summary>
public sealed partial record RunManifest
{
    /// <summary>The manifest format this engine writes (and the newest it reads).</summary>
    public const int CurrentFormat = 1;

    /// <summary>Manifest format version.</summary>
    public int Format { get; init; } = CurrentFormat;

    /// <summary>What was computed: <c>index</c>, <c>poverty</c>, <c>sensitivity</c>.</summary>
    public required string Kind { get; init; }

    public required EngineInfo Engine { get; init; }

    /// <summary>The model (index) or spec (poverty).</summary>
    public required ModelIdentity Model { get; init; }

    public required RunInputs Inputs { get; init; }

    /// <summary>Every option of the run after defaults and overrides (keys per kind, docs/runs.md).</summary>
    public required JsonObject Options { get; init; }

    /// <summary>What each node actually used.</summary>
    public IReadOnlyList<NodeRecord> Nodes { get; init; } = [];

    /// <summary>Periods scored (years, rounds).</summary>
    public IReadOnlyList<string> Periods { get; init; } = [];

    /// <summary>Random seed (sensitivity), or null when nothing is random.</summary>
    public long? Seed { get; init; }

    public RunCounts Counts { get; init; } = new();

    /// <summary>Milliseconds per step.</summary>
    public IReadOnlyDictionary<string, double> TimingsMs { get; init; } = new Dictionary<string, double>();

    /// <summary>UTC time the run was made.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Kind-specific facts about the result (screened units, retained sample, design, panel bounds).</summary>
    public JsonObject Details { get; init; } = [];
}
