namespace HumanSecurity.ClickHouse;

/// <summary>Dates as days since 1970-01-01 (Int32, may be negative) and times as microseconds since 1970 UTC (Int64):
/// ClickHouse 18.16's Date and DateTime cannot hold dates before 1970 or sub-second times, and the DuckDB store keeps
/// microseconds, so copies between the two keep every timestamp exactly.</summary>
internal static class Times
{
    private static readonly int EpochDay = new DateOnly(1970, 1, 1).DayNumber;

    public static int ToDays(DateOnly date) => date.DayNumber - EpochDay;

    public static DateOnly FromDays(int days) => DateOnly.FromDayNumber(days + EpochDay);

    public static int? ToDays(DateOnly? date) => date is { } d ? ToDays(d) : null;

    public static DateOnly? FromDays(int? days) => days is { } d ? FromDays(d) : null;

    public static long ToMicros(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public static DateTimeOffset FromMicros(long micros) => new(DateTimeOffset.UnixEpoch.UtcTicks + micros * 10, TimeSpan.Zero);
}
