namespace HumanSecurity.Observations;

/// <summary>Granularity of a <see cref="Period"/>.</summary>
public enum PeriodKind : byte
{
    Year = 0,
    Quarter = 1,
    Month = 2,
    Day = 3,
}
