using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Import;

/// <summary>Hands observation chunks to an import session one at a time while the caller keeps reading: chunk N is
/// staged on a worker thread as chunk N+1 is parsed (the session still sees every chunk, in order, one at a time).
/// The caller must not reuse a chunk after passing it; <see cref="CompleteAsync"/> waits for the last one.</summary>
internal sealed class ChunkPipeline(IImportSession session)
{
    private Task _pending = Task.CompletedTask;

    public async ValueTask AppendAsync(ObservationChunk chunk, CancellationToken cancellationToken)
    {
        await _pending.ConfigureAwait(false);
        _pending = Task.Run(() => session.AppendObservationsAsync(chunk, cancellationToken), cancellationToken);
    }

    /// <summary>Waits for the chunk in flight; rethrows its failure.</summary>
    public Task CompleteAsync() => _pending;
}
