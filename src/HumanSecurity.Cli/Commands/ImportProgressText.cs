using System.Globalization;
using HumanSecurity.Formats.Import;

namespace HumanSecurity.Cli.Commands;

/// <summary>The words of import progress, shared by the terminal display and the plain lines: phase, accepted rows,
/// rows/s, share of the file read, time left, errors.</summary>
internal static class ImportProgressText
{
    public static string Phase(ImportPhase phase) => phase.ToString().ToLowerInvariant();

    public static string Rows(long rows) => string.Create(CultureInfo.InvariantCulture, $"{rows:N0} {(rows == 1 ? "row" : "rows")}");

    /// <summary>Rows per second over the phase so far; null in its first half second (too early to say).</summary>
    public static string? Rate(long rows, TimeSpan elapsed) =>
        elapsed.TotalSeconds < 0.5 ? null : string.Create(CultureInfo.InvariantCulture, $"{rows / elapsed.TotalSeconds:N0} rows/s");

    /// <summary>Time left, extrapolated from the share of the file read; null when unknown or too early.</summary>
    public static string? Left(double? fraction, TimeSpan elapsed) =>
        fraction is { } f && f is >= 0.01 and < 1 && elapsed.TotalSeconds >= 1 ? $"about {Duration(elapsed * ((1 - f) / f))} left" : null;

    public static string Duration(TimeSpan t) =>
        t.TotalSeconds < 60 ? string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.0} s") : string.Create(CultureInfo.InvariantCulture, $"{t.TotalMinutes:0} min");

    public static string? Errors(int errors) =>
        errors > 0 ? string.Create(CultureInfo.InvariantCulture, $"{errors:N0} error(s), nothing will be written") : null;

    /// <summary><c>read: 1,000,000 rows, 312,000 rows/s, 47% of the file, about 2.1 s left</c>.</summary>
    public static string Advance(ImportProgress p, TimeSpan elapsed) => Join(
        $"{Phase(p.Phase)}: {Rows(p.Rows)}", Rate(p.Rows, elapsed),
        p.Fraction is { } f ? string.Create(CultureInfo.InvariantCulture, $"{f * 100:0}% of the file") : null,
        Left(p.Fraction, elapsed), Errors(p.Errors));

    /// <summary><c>read: 2,000,000 rows in 6.4 s</c> (with errors: <c>, 3 error(s), nothing will be written</c>).</summary>
    public static string Done(ImportProgress p, TimeSpan elapsed) => Join($"{Phase(p.Phase)}: {Rows(p.Rows)} in {Duration(elapsed)}", Errors(p.Errors));

    /// <summary><c>commit: writing 2,000,000 rows to the store</c>.</summary>
    public static string CommitStart(ImportProgress p) => $"commit: writing {Rows(p.Rows)} to the store";

    private static string Join(params string?[] parts) => string.Join(", ", parts.Where(x => x is not null));
}
