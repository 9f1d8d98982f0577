using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Programmes;
using HumanSecurity.Storage;
using HumanSecurity.Tables;

namespace HumanSecurity.Formats.Import;

/// <summary>An import session that is still being opened: every call waits for it first. Lets an importer start
/// reading while the file's SHA-256 (part of the dataset record the session is opened with) is computed on another
/// thread: hashing 330 MB took 0.3 s before the first row was read.</summary>
internal sealed class DeferredImportSession(Task<IImportSession> opening) : IImportSession
{
    /// <summary>Hashes <paramref name="path"/> in the background and then opens a session for it.</summary>
    public static DeferredImportSession Open(IStore store, string path, Func<string, DatasetInfo> info, CancellationToken cancellationToken) =>
        new(Task.Run(async () =>
        {
            var sha = await FileHash.Sha256HexAsync(path, cancellationToken).ConfigureAwait(false);
            return await store.BeginImportAsync(info(sha), cancellationToken).ConfigureAwait(false);
        }, cancellationToken));

    public async Task AddAreasAsync(IReadOnlyList<Area> areas, CancellationToken cancellationToken = default) =>
        await (await opening.ConfigureAwait(false)).AddAreasAsync(areas, cancellationToken).ConfigureAwait(false);

    public async Task AddIndicatorsAsync(IReadOnlyList<Indicator> indicators, CancellationToken cancellationToken = default) =>
        await (await opening.ConfigureAwait(false)).AddIndicatorsAsync(indicators, cancellationToken).ConfigureAwait(false);

    public async Task AppendObservationsAsync(ObservationChunk chunk, CancellationToken cancellationToken = default) =>
        await (await opening.ConfigureAwait(false)).AppendObservationsAsync(chunk, cancellationToken).ConfigureAwait(false);

    public async Task AddSurveyTableAsync(string role, ColumnTable table, CancellationToken cancellationToken = default) =>
        await (await opening.ConfigureAwait(false)).AddSurveyTableAsync(role, table, cancellationToken).ConfigureAwait(false);

    public async Task AddProgrammesAsync(IReadOnlyList<Programme> programmes, CancellationToken cancellationToken = default) =>
        await (await opening.ConfigureAwait(false)).AddProgrammesAsync(programmes, cancellationToken).ConfigureAwait(false);

    public async Task AddGeometryAsync(string areaCode, string geoJson, CancellationToken cancellationToken = default) =>
        await (await opening.ConfigureAwait(false)).AddGeometryAsync(areaCode, geoJson, cancellationToken).ConfigureAwait(false);

    public async Task<Dataset> CommitAsync(CancellationToken cancellationToken = default) =>
        await (await opening.ConfigureAwait(false)).CommitAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Disposes the session once it is open. If opening failed and nothing used the session, the failure is
    /// dropped: the import is being abandoned for another reason, which is the one to report.</summary>
    public async ValueTask DisposeAsync()
    {
        IImportSession session;
        try
        {
            session = await opening.ConfigureAwait(false);
        }
        catch (Exception) when (opening.IsFaulted || opening.IsCanceled)
        {
            return;
        }
        await session.DisposeAsync().ConfigureAwait(false);
    }
}
