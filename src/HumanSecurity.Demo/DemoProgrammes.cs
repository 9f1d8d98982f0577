using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Programmes;

namespace HumanSecurity.Demo;

/// <summary>A dozen fictional programmes placed where the scenario's needs are (drought, conflict, poverty, epidemic),
/// most of them prevention-oriented and covering several SDGs, some pooling funds (leveraged amounts).</summary>
internal static class DemoProgrammes
{
    private static readonly (string Title, string Focus, ThreatCluster[] Clusters, string Sdgs, bool Prevention)[] Templates =
    [
        ("Drought resilience and water harvesting", "drought", [ThreatCluster.Climate, ThreatCluster.Poverty], "2|6|13|15|1|5", true),
        ("Community early warning for floods", "flood", [ThreatCluster.Climate], "13|11|1|3|17", true),
        ("Local peace committees and dialogue", "conflict", [ThreatCluster.Conflict], "16|5|10|4|17", true),
        ("Protection and livelihoods for displaced families", "conflict", [ThreatCluster.Conflict, ThreatCluster.Poverty], "16|1|2|8|10|5|4", false),
        ("Integrated primary health and nutrition", "poverty", [ThreatCluster.Health, ThreatCluster.Poverty], "3|2|5|6|1", true),
        ("Epidemic preparedness and surveillance", "epidemic", [ThreatCluster.Health, ThreatCluster.Digital], "3|17|9|16", true),
        ("Digital inclusion for rural women", "poverty", [ThreatCluster.Digital, ThreatCluster.Poverty], "5|9|4|8|10|17", true),
        ("Cash transfers after the 2022 drought", "drought", [ThreatCluster.Poverty, ThreatCluster.Climate], "1|2|10", false),
        ("Safe schools and learning continuity", "conflict", [ThreatCluster.Conflict, ThreatCluster.Poverty], "4|16|5|3|10", true),
        ("Clean cooking and household energy", "poverty", [ThreatCluster.Climate, ThreatCluster.Health], "7|3|13|5|15|1", true),
        ("Host-community services for refugees", "refugees", [ThreatCluster.Conflict, ThreatCluster.Health], "10|16|3|4|6|1|17", false),
        ("Youth employment and social cohesion", "conflict", [ThreatCluster.Poverty, ThreatCluster.Conflict], "8|16|4|10|5", true),
    ];

    private static readonly string[] Funders =
        ["Fictional Trust Fund for Human Security", "Aurelian Development Agency", "Regional Resilience Facility (fictional)"];

    public static IReadOnlyList<Programme> Generate(DemoScenario scenario, int seed)
    {
        var random = DemoRandom.Derive(seed, "programmes");
        var list = new List<Programme>();
        for (var i = 0; i < Templates.Length; i++)
        {
            var (title, focus, clusters, sdgs, prevention) = Templates[i];
            var start = new DateOnly(random.Next(2018, 2025), random.Next(1, 13), 1);
            var end = start.AddMonths(random.Next(24, 61)).AddDays(-1);
            var budget = Math.Round(random.Uniform(0.8, 6.0), 1) * 1_000_000;
            var areas = AreasFor(scenario, focus, random);
            list.Add(new Programme(string.Create(CultureInfo.InvariantCulture, $"XRG-DEMO-{i + 1:D3}"), title)
            {
                Status = end < new DateOnly(2025, 12, 31) ? "completed" : "active",
                Start = start,
                End = end,
                Areas = areas,
                Clusters = clusters,
                Sdgs = sdgs.Split('|'),
                Budget = budget,
                Currency = "USD",
                Leveraged = random.Chance(0.6) ? Math.Round(budget * random.Uniform(1.5, 5.5) / 100_000) * 100_000 : 0,
                Funder = random.Pick(Funders),
                Prevention = prevention,
                TargetPeople = Math.Round(random.Uniform(20, 400)) * 1000,
            });
        }
        return list;
    }

    private static List<string> AreasFor(DemoScenario scenario, string focus, DemoRandom random)
    {
        var admin1 = scenario.Geography.OfKind(AreaKind.Admin1).ToList();
        IEnumerable<DemoArea> pool = focus switch
        {
            "drought" => admin1.Where(a => a.Country!.Code == DemoScenario.DroughtCountry),
            "conflict" => admin1.Where(a => scenario.ConflictAdmin1.Contains(a.Code) || scenario.IdpHosts.Contains(a.Code)),
            "refugees" => admin1.Where(a => scenario.RefugeeHosts.Contains(a.Code)),
            "poverty" => admin1.OrderByDescending(a => scenario.Factor(0, a)).Take(6),
            "flood" => admin1.OrderBy(a => scenario.Factor(2, a)).Take(4),
            _ => admin1,
        };
        var candidates = pool.ToList();
        var n = Math.Min(candidates.Count, random.Next(2, 5));
        var chosen = new List<string>();
        while (chosen.Count < n)
        {
            var pick = random.Pick(candidates).Code;
            if (!chosen.Contains(pick)) chosen.Add(pick);
        }
        chosen.Sort(StringComparer.Ordinal);
        return chosen;
    }
}
