using System.Diagnostics;
using HumanSecurity.Formats.Import;

namespace HumanSecurity.Cli.Commands;

/// <summary>Import progress as plain lines, used when the console is not interactive (Spectre draws nothing there):
/// a line when each phase ends, a line when the commit starts, and read progress at most once a second (see
/// <see cref="ImportProgressText"/>). Counts are accepted rows only, and nothing says "imported": the command says that
/// once the commit is done.</summary>
internal sealed class ImportProgressPrinter(TextWriter output, Func<TimeSpan>? clock = null) : IProgress<ImportProgress>
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly Func<TimeSpan> _clock = clock ?? StartClock();
    private readonly Lock _lock = new();
    private ImportPhase? _phase;
    private TimeSpan _phaseStart;
    private TimeSpan _lastLine;

    private static Func<TimeSpan> StartClock()
    {
        var watch = Stopwatch.StartNew();
        return () => watch.Elapsed;
    }

    public void Report(ImportProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_lock)
        {
            var now = _clock();
            if (value.Phase != _phase)
            {
                (_phase, _phaseStart, _lastLine) = (value.Phase, now, now);
                if (value.Phase == ImportPhase.Commit && !value.Done) output.WriteLine(ImportProgressText.CommitStart(value));
                if (!value.Done) return;
            }
            if (value.Done)
            {
                output.WriteLine(ImportProgressText.Done(value, now - _phaseStart));
                _phase = null;
                return;
            }
            if (now - _lastLine < Interval) return;
            _lastLine = now;
            output.WriteLine(ImportProgressText.Advance(value, now - _phaseStart));
        }
    }
}
