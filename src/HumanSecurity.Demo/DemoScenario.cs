using HumanSecurity.Areas;

namespace HumanSecurity.Demo;

/// <summary>The story behind the numbers: smooth latent factor fields (poverty, conflict, climate hazard, poor health
/// access, digital exclusion) with country offsets, and three shocks — a drought in Borovia (XBO) in 2022, a conflict
/// flare-up from 2023 in three admin-1 areas of Celestria (XCE) with refugees fleeing to bordering provinces, and a
/// region-wide epidemic in 2020–2021.</summary>
internal sealed class DemoScenario
{
    public const string DroughtCountry = "XBO";
    public const string ConflictCountry = "XCE";

    private static readonly Dictionary<string, double[]> CountryOffsets = new(StringComparer.Ordinal)
    {
        // poverty, conflict, climate, health access, digital exclusion
        ["XAU"] = [-0.7, -0.6, -0.3, -0.5, -0.6],
        ["XBO"] = [0.0, -0.3, 0.6, 0.0, 0.1],
        ["XCE"] = [0.6, 0.5, 0.0, 0.5, 0.4],
    };

    private readonly DemoField[] _factors;
    private readonly Dictionary<string, DemoField> _own = new(StringComparer.Ordinal);
    private readonly int _seed;

    public DemoScenario(DemoGeography geography, int seed)
    {
        Geography = geography;
        _seed = seed;
        var random = DemoRandom.Derive(seed, "scenario");
        _factors = [.. Enumerable.Range(0, 5).Select(_ => new DemoField(random, 3.0))];
        var conflictCountry = geography.OfKind(AreaKind.Country).Single(c => c.Code == ConflictCountry);
        var candidates = conflictCountry.Children.ToList();
        while (ConflictAdmin1.Count < 3)
        {
            var pick = random.Pick(candidates);
            candidates.Remove(pick);
            ConflictAdmin1.Add(pick.Code);
        }
        foreach (var a1 in geography.OfKind(AreaKind.Admin1).Where(a => a.Country != conflictCountry))
        {
            if (a1.Geometry.Distance(conflictCountry.Geometry) < 1e-5) RefugeeHosts.Add(a1.Code);
        }
        IdpHosts.UnionWith(ConflictAdmin1);
        IdpHosts.Add(conflictCountry.Children[0].Code);
    }

    public DemoGeography Geography { get; }

    /// <summary>Admin-1 areas of the conflict flare-up.</summary>
    public HashSet<string> ConflictAdmin1 { get; } = new(StringComparer.Ordinal);

    /// <summary>Admin-1 areas in neighbouring countries that border the conflict country and host its refugees.</summary>
    public HashSet<string> RefugeeHosts { get; } = new(StringComparer.Ordinal);

    /// <summary>Admin-1 areas hosting internally displaced people from 2023.</summary>
    public HashSet<string> IdpHosts { get; } = new(StringComparer.Ordinal);

    /// <summary>Factor k (0 poverty, 1 conflict, 2 climate, 3 health access, 4 digital exclusion) at an area.</summary>
    public double Factor(int k, DemoArea area)
    {
        var country = area.Country?.Code ?? "";
        var offset = CountryOffsets.TryGetValue(country, out var o) ? o[k] : 0;
        var urban = area.UrbanShare - 0.3;
        var urbanEffect = k switch { 0 => -1.6 * urban, 3 => -1.8 * urban, 4 => -2.0 * urban, _ => 0 };
        return _factors[k].At(area) * 0.8 + offset + urbanEffect;
    }

    /// <summary>The latent score of an indicator at an area and year, before noise.</summary>
    public double Latent(DemoIndicatorSpec spec, DemoArea area, int year)
    {
        var l = spec.Loadings;
        var factors = l.Pov * Factor(0, area) + l.Conf * Factor(1, area) + l.Clim * Factor(2, area) + l.Hlt * Factor(3, area) + l.Dig * Factor(4, area);
        var own = OwnField(spec.Code).At(area);
        var t = DemoValues.Link(spec, spec.Base) + spec.Spread * (factors + 0.35 * own) + spec.Trend * (year - DemoCalendar.FirstYear);
        return t + spec.Drought * Drought(area, year) + spec.Conflict * Conflict(area, year) + spec.Epidemic * Epidemic(area, year)
            + spec.Hosting * Hosting(area, year);
    }

    public double Drought(DemoArea area, int year)
    {
        if (area.Country?.Code != DroughtCountry) return 0;
        var severity = 1 + 0.3 * _factors[2].At(area);
        return year == DemoCalendar.DroughtYear ? severity : year == DemoCalendar.DroughtYear + 1 ? 0.35 * severity : 0;
    }

    public double Conflict(DemoArea area, int year)
    {
        if (year < DemoCalendar.ConflictStart || area.Country?.Code != ConflictCountry) return 0;
        var intensity = year switch { DemoCalendar.ConflictStart => 0.7, DemoCalendar.ConflictStart + 1 => 1.0, _ => 0.85 };
        if (area.Kind == AreaKind.Country) return 0.45 * intensity;
        return area.Admin1 is { } a1 && ConflictAdmin1.Contains(a1.Code) ? intensity : 0.15 * intensity;
    }

    public double Epidemic(DemoArea area, int year)
    {
        var wave = year == DemoCalendar.EpidemicStart ? 1.0 : year == DemoCalendar.EpidemicEnd ? 0.55 : 0;
        return wave * (0.8 + 0.4 * area.UrbanShare);
    }

    public double Hosting(DemoArea area, int year)
    {
        var hosts = area.Kind == AreaKind.Country
            ? area.Children.Any(c => RefugeeHosts.Contains(c.Code))
            : area.Admin1 is { } a1 && RefugeeHosts.Contains(a1.Code);
        return hosts ? 1 + (year >= DemoCalendar.ConflictStart ? 0.5 : 0) : -0.5;
    }

    private DemoField OwnField(string code)
    {
        if (!_own.TryGetValue(code, out var field)) _own[code] = field = new DemoField(DemoRandom.Derive(_seed, "field:" + code), 2.0);
        return field;
    }
}
