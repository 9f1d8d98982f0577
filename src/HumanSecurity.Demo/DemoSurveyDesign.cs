using HumanSecurity.Areas;

namespace HumanSecurity.Demo;

/// <summary>The survey's two-stage design: strata are admin-1 × urban/rural; enumeration areas (PSUs) are allocated to
/// admin-1 areas in proportion to the square root of population, placed in an admin-2 area with probability
/// proportional to population and in its urban or rural part by its urban share; about 20 households respond per PSU.
/// Household weights are the stratum's estimated household count divided by its responding households.</summary>
internal sealed class DemoSurveyDesign
{
    public const int TargetHouseholds = 50_000;
    public const int HouseholdsPerPsu = 20;
    public const double MeanHouseholdSize = 4.6;

    private DemoSurveyDesign() { }

    public List<Psu> Psus { get; } = [];

    /// <summary>Weight per stratum code.</summary>
    public Dictionary<string, double> Weights { get; } = new(StringComparer.Ordinal);

    public static DemoSurveyDesign Plan(DemoGeography geography, DemoRandom random)
    {
        var design = new DemoSurveyDesign();
        var year = DemoCalendar.SurveyYear;
        var admin1 = geography.OfKind(AreaKind.Admin1).ToList();
        var sqrtTotal = admin1.Sum(a => Math.Sqrt(a.PopulationIn(year)));
        var psuTotal = TargetHouseholds / (HouseholdsPerPsu - 0.5);
        var sampled = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a1 in admin1)
        {
            var count = (int)Math.Round(psuTotal * Math.Sqrt(a1.PopulationIn(year)) / sqrtTotal);
            for (var i = 0; i < count; i++)
            {
                var a2 = PickByPopulation(a1.Children, year, random);
                var urban = random.Chance(a2.UrbanShare);
                var households = HouseholdsPerPsu - random.Poisson(0.5);
                var psu = new Psu(design.Psus.Count + 1, a2, urban, households);
                design.Psus.Add(psu);
                sampled[psu.Stratum] = sampled.GetValueOrDefault(psu.Stratum) + households;
            }
        }
        foreach (var (stratum, n) in sampled) design.Weights[stratum] = StratumHouseholds(geography, stratum, year) / n;
        return design;
    }

    private static DemoArea PickByPopulation(IReadOnlyList<DemoArea> areas, int year, DemoRandom random)
    {
        var u = random.NextDouble() * areas.Sum(a => a.PopulationIn(year));
        foreach (var a in areas)
        {
            u -= a.PopulationIn(year);
            if (u < 0) return a;
        }
        return areas[^1];
    }

    private static double StratumHouseholds(DemoGeography geography, string stratum, int year)
    {
        var admin1 = stratum[..^2];
        var urban = stratum[^1] == 'U';
        var people = geography.OfKind(AreaKind.Admin2).Where(a => a.Parent!.Code == admin1)
            .Sum(a => a.PopulationIn(year) * (urban ? a.UrbanShare : 1 - a.UrbanShare));
        return people / MeanHouseholdSize;
    }

    /// <summary>An enumeration area: id, admin-2 area, urban or rural, responding households.</summary>
    internal sealed record Psu(int Id, DemoArea Area, bool Urban, int Households)
    {
        public string Stratum => Area.Parent!.Code + "-" + (Urban ? "U" : "R");
    }
}
