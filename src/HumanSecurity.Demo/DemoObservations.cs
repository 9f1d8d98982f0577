using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Observations;

namespace HumanSecurity.Demo;

/// <summary>Generates the annual series 2015–2025: native values at each indicator's level (with sex and population
/// group breakdowns where set), population-weighted aggregates (sums for counts) at higher levels, and a few gaps
/// (random dropouts, an unreachable province in 2024, survey-only years).</summary>
internal sealed class DemoObservations
{
    private const string Total = Disaggregation.TotalCode;

    private readonly DemoScenario _scenario;
    private readonly DemoRandom _random;

    private DemoObservations(DemoScenario scenario, int seed)
    {
        _scenario = scenario;
        _random = DemoRandom.Derive(seed, "observations");
    }

    public List<DemoObservationRow> Rows { get; } = [];

    /// <summary>Total values by indicator and area, one per year (NaN = no data).</summary>
    public Dictionary<(string Indicator, string Area), double[]> Totals { get; } = [];

    public static DemoObservations Generate(DemoScenario scenario, int seed)
    {
        var o = new DemoObservations(scenario, seed);
        foreach (var spec in DemoCatalogue.Annual) o.GenerateIndicator(spec);
        return o;
    }

    public double TotalAt(string indicator, string area, int year) =>
        Totals.TryGetValue((indicator, area), out var v) ? v[year - DemoCalendar.FirstYear] : double.NaN;

    private void GenerateIndicator(DemoIndicatorSpec spec)
    {
        var native = spec.Level switch { DemoLevel.Admin2 => AreaKind.Admin2, DemoLevel.Admin1 => AreaKind.Admin1, _ => AreaKind.Country };
        var sexes = spec.SexGap != 0 ? new[] { Total, "F", "M" } : [Total];
        var values = new Dictionary<(string Area, string Sex), double[]>();
        var unreachable = _scenario.ConflictAdmin1.Order(StringComparer.Ordinal).First();
        foreach (var area in _scenario.Geography.OfKind(native))
        {
            var series = NativeSeries(spec, area);
            for (var s = 0; s < sexes.Length; s++) values[(area.Code, sexes[s])] = series[s];
            for (var y = 0; y < DemoCalendar.Years; y++)
            {
                var year = DemoCalendar.FirstYear + y;
                var blocked = year == 2024 && area.Kind == AreaKind.Admin2 && area.Parent!.Code == unreachable && spec.Code is "HLT_DTP3" or "POV_OUT_OF_SCHOOL";
                if (blocked || _random.Chance(0.005))
                {
                    foreach (var sex in sexes) values[(area.Code, sex)][y] = double.NaN;
                    continue;
                }
                if (double.IsNaN(series[0][y])) continue;
                for (var s = 0; s < sexes.Length; s++) Emit(spec, area.Code, year, series[s][y], sexes[s], Total, "");
                if (spec.ByGroup) EmitGroups(spec, area, year, series[0][y]);
            }
        }
        for (var kind = native - 1; kind >= AreaKind.Country; kind--) Aggregate(spec, kind, sexes, values);
        foreach (var ((area, sex), v) in values.Where(kv => kv.Key.Sex == Total)) Totals[(spec.Code, area)] = v;
    }

    /// <summary>Total, then (when broken down) women and men; NaN in years without data.</summary>
    private double[][] NativeSeries(DemoIndicatorSpec spec, DemoArea area)
    {
        var n = spec.SexGap != 0 ? 3 : 1;
        var series = Enumerable.Range(0, n).Select(_ => new double[DemoCalendar.Years]).ToArray();
        for (var y = 0; y < DemoCalendar.Years; y++)
        {
            var year = DemoCalendar.FirstYear + y;
            var latent = _scenario.Latent(spec, area, year) + 0.08 * _random.Normal();
            if (spec.Years is { } years && !years.Contains(year))
            {
                foreach (var s in series) s[y] = double.NaN;
                continue;
            }
            if (n == 1)
            {
                series[0][y] = Published(spec, area, year, latent);
                continue;
            }
            series[1][y] = Round(DemoValues.Inverse(spec, latent + spec.SexGap / 2), spec.Decimals);
            series[2][y] = Round(DemoValues.Inverse(spec, latent - spec.SexGap / 2), spec.Decimals);
            series[0][y] = Round((series[1][y] + series[2][y]) / 2, spec.Decimals);
        }
        return series;
    }

    private double Published(DemoIndicatorSpec spec, DemoArea area, int year, double latent)
    {
        if (spec.Kind != DemoValueKind.Count) return Round(DemoValues.Inverse(spec, latent), spec.Decimals);
        return _random.Poisson(DemoValues.Inverse(spec, latent) * area.PopulationIn(year) / 100_000);
    }

    private void EmitGroups(DemoIndicatorSpec spec, DemoArea area, int year, double total)
    {
        var latent = DemoValues.Link(spec, total);
        var idp = _scenario.IdpHosts.Contains(area.Code) && year >= DemoCalendar.ConflictStart;
        var refugees = _scenario.RefugeeHosts.Contains(area.Code);
        if (!idp && !refugees) return;
        if (refugees) Emit(spec, area.Code, year, Round(DemoValues.Inverse(spec, latent + 1.1 + 0.1 * _random.Normal()), spec.Decimals), Total, "REF", "");
        if (idp) Emit(spec, area.Code, year, Round(DemoValues.Inverse(spec, latent + 0.9 + 0.1 * _random.Normal()), spec.Decimals), Total, "IDP", "");
        Emit(spec, area.Code, year, Round(DemoValues.Inverse(spec, latent + 0.25 + 0.1 * _random.Normal()), spec.Decimals), Total, "HOST", "");
    }

    private void Aggregate(DemoIndicatorSpec spec, AreaKind kind, string[] sexes, Dictionary<(string Area, string Sex), double[]> values)
    {
        foreach (var area in _scenario.Geography.OfKind(kind))
        {
            foreach (var sex in sexes)
            {
                var series = new double[DemoCalendar.Years];
                for (var y = 0; y < DemoCalendar.Years; y++)
                {
                    var year = DemoCalendar.FirstYear + y;
                    var (value, complete) = AggregateYear(spec, area, sex, year, values);
                    series[y] = value;
                    if (!double.IsNaN(value)) Emit(spec, area.Code, year, value, sex, Total, complete ? "" : ObservationStatus.Estimated);
                }
                values[(area.Code, sex)] = series;
            }
        }
    }

    private static (double Value, bool Complete) AggregateYear(DemoIndicatorSpec spec, DemoArea area, string sex, int year,
        Dictionary<(string Area, string Sex), double[]> values)
    {
        double sum = 0, weight = 0;
        var complete = true;
        foreach (var child in area.Children)
        {
            var v = values[(child.Code, sex)][year - DemoCalendar.FirstYear];
            if (double.IsNaN(v)) { complete = false; continue; }
            var w = spec.Kind == DemoValueKind.Count ? 1 : child.PopulationIn(year);
            sum += v * w;
            weight += w;
        }
        if (weight == 0) return (double.NaN, false);
        return (spec.Kind == DemoValueKind.Count ? sum : Round(sum / weight, spec.Decimals), complete);
    }

    private void Emit(DemoIndicatorSpec spec, string area, int year, double value, string sex, string group, string status)
    {
        if (year == DemoCalendar.LastYear && status.Length == 0) status = ObservationStatus.Provisional;
        Rows.Add(new DemoObservationRow(spec.Code, area, year.ToString(CultureInfo.InvariantCulture), value, spec.Decimals, sex, group,
            status.Length == 0 ? ObservationStatus.Normal : status));
    }

    public static double Round(double v, int decimals) => Math.Round(v, decimals, MidpointRounding.AwayFromZero);
}
