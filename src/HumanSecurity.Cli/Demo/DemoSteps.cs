using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Demo;
using HumanSecurity.Formats.Import;

namespace HumanSecurity.Cli.Demo;

/// <summary>The steps <c>hso demo</c> runs, in order. Each import goes through the regular importer of its format,
/// as <c>hso import</c> would. To add a step (a survey import, an index, poverty or early-warning run), add one line.</summary>
internal static class DemoSteps
{
    /// <summary>Name prefix of every demo dataset; the web page labels data marked this way as synthetic.</summary>
    public const string DatasetPrefix = DemoDataGenerator.Notice + ": ";

    public static IReadOnlyList<DemoStep> All { get; } =
    [
        // Boundaries first: the COD-AB importer upserts the areas it describes (without populations or the region
        // parent); the gazetteer import that follows restores them, and the geometries stay.
        Import("geojson", "boundaries_adm0.geojson"),
        Import("geojson", "boundaries_adm1.geojson"),
        Import("geojson", "boundaries_adm2.geojson"),
        Import("areas", DemoDataGenerator.AreasFile),
        Import("indicators", DemoDataGenerator.IndicatorsFile),
        Import("observations", DemoDataGenerator.ObservationsFile),
        Import("observations", DemoDataGenerator.EventsFile),
        Import("programmes", DemoDataGenerator.ProgrammesFile),
        Import("survey", DemoDataGenerator.HouseholdsFile), // with its roster survey_persons.csv
        DemoComputations.Index("human-security", AreaKind.Admin2),
        DemoComputations.Poverty("global-mpi", "adm1"),
    ];

    /// <summary>Whether the survey files are imported by <see cref="All"/> (not yet: no survey importer is registered).</summary>
    public static bool ImportsSurvey => All.Any(s => s.Label.Contains(DemoDataGenerator.HouseholdsFile, StringComparison.Ordinal));

    public static DemoStep Import(string format, string file) => new($"import {file}", async (context, ct) =>
    {
        var importer = DatasetImporters.Find(format)
            ?? throw new InvalidOperationException($"no importer for format '{format}' (known: {DatasetImporters.KnownFormats})");
        var request = new ImportRequest(Path.Combine(context.DataDirectory, file)) { Name = DatasetPrefix + file };
        // Reading is most of the work: its share of the file is shown as 0..90 %, the commit's end as 100 %.
        var progress = context.Progress is { } p ? new SynchronousProgress<ImportProgress>(i =>
        {
            if (i.Phase == ImportPhase.Read && i.Fraction is { } f) p.Report(0.9 * f);
            else if (i.Phase == ImportPhase.Commit && i.Done) p.Report(1);
        }) : null;
        var result = await importer.ImportAsync(request, context.Store, progress, ct);
        foreach (var warning in result.Warnings.Take(5)) context.Warnings.Add(warning.ToString());
        var counts = string.Join(", ", result.RowCounts.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Value:N0} {kv.Key}")));
        return $"{counts} (dataset {result.Dataset?.Id})";
    });
}
