using HumanSecurity.Indices;

namespace HumanSecurity.Cli.Commands;

internal static partial class IndexRunCommand
{
    private static Task<int> RunStoreAsync(string modelPath, string dbPath, string? level, PipelineOptions pipeline, CancellationToken ct)
    {
        _ = (modelPath, level, pipeline, ct);
        throw new InvalidInputException(dbPath, "store mode is not available in this build yet");
    }
}
