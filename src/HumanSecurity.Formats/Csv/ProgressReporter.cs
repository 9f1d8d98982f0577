using HumanSecurity.Formats.Import;

namespace HumanSecurity.Formats.Csv;

/// <summary>Reports import progress about four times a second from a timer (so the row loop does no timing work).</summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly CsvFile _file;
    private readonly IProgress<ImportProgress>? _progress;
    private readonly Timer? _timer;

    public ProgressReporter(CsvFile file, IProgress<ImportProgress>? progress)
    {
        _file = file;
        _progress = progress;
        if (progress is not null) _timer = new Timer(_ => Report(), null, 250, 250);
    }

    private void Report()
    {
        try
        {
            _progress?.Report(new ImportProgress("importing", _file.RowsRead, _file.Stream.BytesRead, _file.Length));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Runs on a timer thread, where an exception would end the process: a failing progress sink must not
            // abort the import, so reporting stops instead.
            _timer?.Dispose();
        }
    }

    public void Finish(long rows)
    {
        _timer?.Dispose();
        _progress?.Report(new ImportProgress("importing", rows, _file.Length, _file.Length));
    }

    public void Dispose() => _timer?.Dispose();
}
