using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Observations;

namespace HumanSecurity.Demo;

/// <summary>Generates monthly event counts per admin-1 area, 2023-01..2025-12, for early warning: conflict events
/// (dry-season peak, high in the flare-up provinces, an escalation in late 2025), people affected by disasters (rainy-season
/// floods, a major flood in August 2024, drought in Borovia in spring 2025) and disease cases (post-rain peak, an
/// outbreak in Aurelia in March–May 2025).</summary>
internal sealed class DemoEvents
{
    private readonly DemoScenario _scenario;
    private readonly DemoRandom _random;

    private DemoEvents(DemoScenario scenario, int seed)
    {
        _scenario = scenario;
        _random = DemoRandom.Derive(seed, "events");
    }

    public List<DemoObservationRow> Rows { get; } = [];

    public static List<DemoObservationRow> Generate(DemoScenario scenario, int seed)
    {
        var e = new DemoEvents(scenario, seed);
        var admin1 = scenario.Geography.OfKind(AreaKind.Admin1).ToList();
        var spikes = new Spikes(
            Escalation: scenario.ConflictAdmin1.Order(StringComparer.Ordinal).Last(),
            Flood: [.. admin1.Where(a => a.Country!.Code != DemoScenario.DroughtCountry).OrderBy(a => scenario.Factor(2, a)).Take(2).Select(a => a.Code)],
            Outbreak: [.. admin1.Where(a => a.Country!.Code == "XAU").Take(2).Select(a => a.Code)]);
        foreach (var spec in DemoCatalogue.Events)
        {
            foreach (var area in admin1)
            {
                for (var year = DemoCalendar.FirstEventYear; year <= DemoCalendar.LastYear; year++)
                {
                    for (var month = 1; month <= 12; month++) e.Emit(spec, area, year, month, spikes);
                }
            }
        }
        return e.Rows;
    }

    private void Emit(DemoIndicatorSpec spec, DemoArea area, int year, int month, Spikes spikes)
    {
        var mean = spec.Code switch
        {
            DemoCatalogue.ConflictEvents => ConflictMean(area, year, month, spikes),
            DemoCatalogue.DisasterAffected => DisasterMean(area, year, month, spikes),
            _ => DiseaseMean(area, year, month, spikes),
        };
        var value = _random.Poisson(mean * Math.Exp(0.15 * _random.Normal()));
        var period = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");
        var status = year == DemoCalendar.LastYear && month == 12 ? ObservationStatus.Provisional : ObservationStatus.Normal;
        Rows.Add(new DemoObservationRow(spec.Code, area.Code, period, value, 0, Disaggregation.TotalCode, Disaggregation.TotalCode, status));
    }

    private double ConflictMean(DemoArea area, int year, int month, Spikes spikes)
    {
        var baseline = 1.5 * Math.Exp(0.9 * _scenario.Factor(1, area));
        var season = 1 + 0.35 * Math.Cos(2 * Math.PI * (month - 2) / 12);
        var flare = 1 + 8 * _scenario.Conflict(area, year);
        var escalation = area.Code == spikes.Escalation && year == DemoCalendar.LastYear && month >= 10 ? 1 + (month - 9) * 1.2 : 1;
        return baseline * season * flare * escalation;
    }

    private double DisasterMean(DemoArea area, int year, int month, Spikes spikes)
    {
        var baseline = area.PopulationIn(year) * 0.0015 * Math.Exp(0.7 * _scenario.Factor(2, area));
        var season = Math.Exp(1.4 * Math.Cos(2 * Math.PI * (month - 8) / 12)) / 2;
        var flood = year == 2024 && month == 8 && spikes.Flood.Contains(area.Code) ? 15 : 1;
        var drought = year == 2025 && month is >= 4 and <= 6 && area.Country!.Code == DemoScenario.DroughtCountry ? 5 : 1;
        return baseline * season * flood * drought;
    }

    private double DiseaseMean(DemoArea area, int year, int month, Spikes spikes)
    {
        var baseline = area.PopulationIn(year) / 100_000 * 12 * Math.Exp(0.5 * _scenario.Factor(3, area));
        var season = 1 + 0.5 * Math.Cos(2 * Math.PI * (month - 10) / 12);
        var outbreak = year == 2025 && spikes.Outbreak.Contains(area.Code) ? month switch { 3 => 4, 4 => 9, 5 => 5, _ => 1 } : 1;
        var conflict = 1 + 1.5 * _scenario.Conflict(area, year);
        return baseline * season * outbreak * conflict;
    }

    private sealed record Spikes(string Escalation, IReadOnlyList<string> Flood, IReadOnlyList<string> Outbreak);
}
