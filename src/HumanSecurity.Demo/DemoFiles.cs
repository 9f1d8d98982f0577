using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Programmes;

namespace HumanSecurity.Demo;

/// <summary>Writes the demo CSV files in the import formats (gazetteer, catalogue, long-form observations, programmes).</summary>
internal static class DemoFiles
{
    public static readonly string[] ObservationColumns =
        ["indicator", "area", "period", "value", "sex", "age", "group", "disability", "urbanisation", "status", "source"];

    public static void WriteAreas(string path, DemoGeography geography)
    {
        using var csv = new DemoCsvWriter(path, "code", "name", "kind", "parent", "population", "period");
        foreach (var area in geography.All)
        {
            foreach (var year in DemoCalendar.AllYears)
            {
                csv.Write(area.Code, area.Name, area.Kind.ToCode(), area.Parent?.Code ?? "",
                    area.PopulationIn(year).ToString("F0", CultureInfo.InvariantCulture), year.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    public static void WriteIndicators(string path)
    {
        using var csv = new DemoCsvWriter(path, "code", "name", "unit", "direction", "cluster", "types", "impacts", "timeframe", "sdg",
            "source", "frequency", "licence", "description");
        foreach (var i in DemoCatalogue.Indicators)
        {
            csv.Write(i.Code, i.Name, i.Unit, i.Direction.ToCode(), i.Cluster!.Value.ToCode(), IndicatorVocabulary.ToCodes(i.Types),
                IndicatorVocabulary.ToCodes(i.Impacts), i.Timeframe.ToCode(), i.SdgTarget ?? "", i.Source ?? "", i.UpdateFrequency ?? "",
                i.Licence ?? "", i.Description ?? "");
        }
    }

    public static void WriteObservations(string path, IReadOnlyList<DemoObservationRow> rows)
    {
        const string t = Disaggregation.TotalCode;
        using var csv = new DemoCsvWriter(path, ObservationColumns);
        foreach (var r in rows)
        {
            var value = r.Value.ToString("F" + r.Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            csv.Write(r.Indicator, r.Area, r.Period, value, r.Sex, t, r.Group, t, t, r.Status, DemoDataGenerator.Notice);
        }
    }

    public static void WriteProgrammes(string path, IReadOnlyList<Programme> programmes)
    {
        using var csv = new DemoCsvWriter(path, "id", "title", "status", "start", "end", "areas", "clusters", "sdgs", "budget", "currency",
            "leveraged", "funder", "prevention", "target_people");
        foreach (var p in programmes)
        {
            csv.Write(p.Id, p.Title, p.Status ?? "", Date(p.Start), Date(p.End), string.Join('|', p.Areas),
                string.Join('|', p.Clusters.Select(c => c.ToCode())), string.Join('|', p.Sdgs), Number(p.Budget), p.Currency ?? "",
                Number(p.Leveraged), p.Funder ?? "", p.Prevention ? "true" : "false", Number(p.TargetPeople));
        }
    }

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Number(double? v) => v?.ToString("F0", CultureInfo.InvariantCulture) ?? "";
}
