namespace HumanSecurity.Demo;

/// <summary>What <see cref="DemoDataGenerator"/> wrote: the directory, file names and row counts.</summary>
public sealed record DemoDataSummary(
    string Directory, int Seed, int Countries, int Admin1, int Admin2, int Indicators, long Observations, long Events,
    long Households, long Persons, int Programmes)
{
    /// <summary>Every file written, relative to <see cref="Directory"/>.</summary>
    public static IReadOnlyList<string> Files { get; } =
    [
        DemoDataGenerator.AreasFile, DemoDataGenerator.IndicatorsFile, DemoDataGenerator.ObservationsFile, DemoDataGenerator.EventsFile,
        DemoDataGenerator.HouseholdsFile, DemoDataGenerator.PersonsFile, DemoDataGenerator.ProgrammesFile,
        "boundaries_adm0.geojson", "boundaries_adm1.geojson", "boundaries_adm2.geojson", DemoDataGenerator.ReadmeFile,
    ];
}
