using System.Globalization;

namespace HumanSecurity.Indices.Runs;

/// <summary>The periods of a panel run: all (both null) or those from <paramref name="From"/> to <paramref name="To"/>.</summary>
public sealed record PeriodRange(double? From, double? To)
{
    /// <summary><c>all</c>, or <c>FROM:TO</c> (an open end left empty).</summary>
    public override string ToString() => From is null && To is null ? "all"
        : string.Create(CultureInfo.InvariantCulture, $"{From?.ToString("R", CultureInfo.InvariantCulture)}:{To?.ToString("R", CultureInfo.InvariantCulture)}");
}
