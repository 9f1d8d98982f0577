using System.Diagnostics;
using System.Globalization;
using HumanSecurity.Formats.Import;

namespace HumanSecurity.Cli.Commands;

/// <summary>Plain progress lines on stderr, at most one a second: <c>imported 1,000,000 rows (12%)</c>. Used when the
/// console is not interactive (Spectre draws nothing there).</summary>
internal sealed class ImportProgressPrinter : IProgress<ImportProgress>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private TimeSpan? _last;

    public void Report(ImportProgress value)
    {
        lock (_lock)
        {
            var done = value.Fraction is 1.0;
            if (!done && _last is { } last && _clock.Elapsed - last < TimeSpan.FromSeconds(1)) return;
            _last = _clock.Elapsed;
            Console.Error.WriteLine(Format(value));
        }
    }

    public static string Format(ImportProgress value) =>
        value.Fraction is { } f
            ? string.Create(CultureInfo.InvariantCulture, $"imported {value.Rows:N0} rows ({f:P0})").Replace(" %", "%", StringComparison.Ordinal)
            : string.Create(CultureInfo.InvariantCulture, $"imported {value.Rows:N0} rows");
}
