using HumanSecurity.Areas;

namespace HumanSecurity.Demo;

/// <summary>Generates the synthetic demo data set (a fictional region of three countries) into a directory, in the
/// same formats users import. Deterministic: the same seed gives the same bytes.</summary>
public static class DemoDataGenerator
{
    /// <summary>The label every demo file carries (README, <c>source</c> columns, GeoJSON <c>note</c>).</summary>
    public const string Notice = "synthetic demo data";

    public const int DefaultSeed = 2024;

    public const string AreasFile = "areas.csv";
    public const string IndicatorsFile = "indicators.csv";
    public const string ObservationsFile = "observations.csv";
    public const string EventsFile = "events.csv";
    public const string HouseholdsFile = "survey_households.csv";
    public const string PersonsFile = "survey_persons.csv";
    public const string ProgrammesFile = "programmes.csv";
    public const string ReadmeFile = "README.md";

    /// <summary>Whether <paramref name="directory"/> holds a complete demo data set (README.md is written last).</summary>
    public static bool IsComplete(string directory) =>
        DemoDataSummary.Files.All(f => File.Exists(Path.Combine(directory, f)));

    /// <summary>The seed recorded in the directory's README.md, or null when there is none.</summary>
    public static int? ReadSeed(string directory)
    {
        var readme = Path.Combine(directory, ReadmeFile);
        if (!File.Exists(readme)) return null;
        var match = System.Text.RegularExpressions.Regex.Match(File.ReadAllText(readme), @"\(seed (-?\d+)\)");
        return match.Success && int.TryParse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var seed) ? seed : null;
    }

    /// <summary>Writes every demo file into <paramref name="directory"/> (created when missing; files are replaced).</summary>
    public static DemoDataSummary Generate(string directory, int seed = DefaultSeed)
    {
        Directory.CreateDirectory(directory);
        File.Delete(Path.Combine(directory, ReadmeFile));
        var geography = DemoGeography.Generate(seed);
        var scenario = new DemoScenario(geography, seed);
        var observations = DemoObservations.Generate(scenario, seed);
        var events = DemoEvents.Generate(scenario, seed);
        var programmes = DemoProgrammes.Generate(scenario, seed);

        DemoFiles.WriteAreas(Path.Combine(directory, AreasFile), geography);
        DemoFiles.WriteIndicators(Path.Combine(directory, IndicatorsFile));
        DemoFiles.WriteObservations(Path.Combine(directory, ObservationsFile), observations.Rows);
        DemoFiles.WriteObservations(Path.Combine(directory, EventsFile), events);
        DemoFiles.WriteProgrammes(Path.Combine(directory, ProgrammesFile), programmes);
        DemoBoundaries.Write(directory, geography);
        var (households, persons) = DemoSurvey.Write(scenario, observations, seed, directory);
        var summary = new DemoDataSummary(directory, seed,
            geography.OfKind(AreaKind.Country).Count(), geography.OfKind(AreaKind.Admin1).Count(), geography.OfKind(AreaKind.Admin2).Count(),
            DemoCatalogue.All.Count(), observations.Rows.Count, events.Count, households, persons, programmes.Count);
        DemoReadme.Write(Path.Combine(directory, ReadmeFile), summary, scenario);
        return summary;
    }
}
