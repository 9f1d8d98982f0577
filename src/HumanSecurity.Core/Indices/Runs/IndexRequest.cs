using HumanSecurity.Runs;

namespace HumanSecurity.Indices.Runs;

/// <summary>One resolved index run: the model and its identity, where the data comes from, and every option after
/// parsing (overrides of the model's defaults). <see cref="IndexRunner.RunAsync"/> takes nothing else.</summary>
/// <param name="Model">The parsed model.</param>
/// <param name="Identity">Name, hash and text of the model (<see cref="ContentHash"/>).</param>
/// <param name="Source">File data or the store.</param>
public sealed record IndexRequest(IndexModel Model, ModelIdentity Identity, IndexSource Source)
{
    /// <summary>Overrides of the model's step defaults (null members = the model's).</summary>
    public PipelineOptions Options { get; init; } = new();

    /// <summary>Score every period of the panel range (null = one period).</summary>
    public PeriodRange? Panel { get; init; }

    /// <summary>Files an option was read from (role <c>weights</c> for <c>--weights</c>); their values are in
    /// <see cref="Options"/>, the files are recorded for traceability.</summary>
    public IReadOnlyList<InputFile> OptionFiles { get; init; } = [];
}
