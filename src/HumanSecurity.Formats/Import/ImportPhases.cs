using System.Diagnostics;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Import;

/// <summary>Reports the phases of one import (<see cref="ImportPhase"/>) to a progress sink, in order: each phase
/// starts, may advance (at most once per <c>interval</c>: callers sample every few thousand rows, so the row loop pays
/// nothing per row), and ends with its final count. A failing sink never fails the import.</summary>
public sealed class ImportPhases
{
    private readonly IProgress<ImportProgress>? _sink;
    private readonly long _intervalTicks;
    private long _lastTicks;
    private ImportPhase? _current;

    public ImportPhases(IProgress<ImportProgress>? sink, TimeSpan interval)
    {
        _sink = sink;
        _intervalTicks = (long)(interval.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>Rows accepted by the last phase reported (what a commit will write).</summary>
    public long Accepted { get; private set; }

    /// <summary>Starts <paramref name="phase"/>, ending the current one first with its last count.</summary>
    public void Start(ImportPhase phase, long rows = 0)
    {
        if (_current == phase) return;
        if (_current is not null) End(Accepted);
        _current = phase;
        Send(new ImportProgress(phase, rows));
    }

    /// <summary>Rows accepted so far in the current phase; reported when the interval has passed since the last report.</summary>
    public void Advance(long rows, long bytesRead = 0, long totalBytes = 0, int errors = 0)
    {
        Accepted = rows;
        if (_current is not { } phase) return;
        var now = Stopwatch.GetTimestamp();
        if (now - _lastTicks < _intervalTicks) return;
        _lastTicks = now;
        Send(new ImportProgress(phase, rows) { BytesRead = bytesRead, TotalBytes = totalBytes, Errors = errors });
    }

    /// <summary>Ends the current phase with its final count of accepted rows.</summary>
    public void End(long rows, int errors = 0)
    {
        Accepted = rows;
        if (_current is not { } phase) return;
        _current = null;
        Send(new ImportProgress(phase, rows) { Errors = errors, Done = true });
    }

    /// <summary>Commits the session as the <see cref="ImportPhase.Commit"/> phase (after the checks passed).</summary>
    public async Task<Dataset> CommitAsync(IImportSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var rows = Accepted;
        Start(ImportPhase.Commit, rows);
        var dataset = await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        End(rows);
        return dataset;
    }

    private void Send(ImportProgress value)
    {
        if (_sink is null) return;
        try
        {
            _sink.Report(value);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Progress is a courtesy: a failing sink (a closed console) must not abort the import.
        }
    }
}
