namespace HumanSecurity.Demo;

/// <summary>The time span of the demo data: annual series 2015–2025 and monthly events 2023-01..2025-12.</summary>
internal static class DemoCalendar
{
    public const int FirstYear = 2015;

    public const int LastYear = 2025;

    public const int Years = LastYear - FirstYear + 1;

    public const int FirstEventYear = 2023;

    /// <summary>The year the household survey was fielded.</summary>
    public const int SurveyYear = 2024;

    /// <summary>The drought year (in the second country).</summary>
    public const int DroughtYear = 2022;

    /// <summary>The region-wide epidemic years.</summary>
    public const int EpidemicStart = 2020;

    public const int EpidemicEnd = 2021;

    /// <summary>First year of the conflict flare-up (in a few admin-1 areas of the third country); it lasts to the end.</summary>
    public const int ConflictStart = 2023;

    public static IEnumerable<int> AllYears => Enumerable.Range(FirstYear, Years);
}
