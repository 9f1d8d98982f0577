using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Observations;
using HumanSecurity.Programmes;
using HumanSecurity.Storage;
using HumanSecurity.Tables;

namespace HumanSecurity.Testing.Storage;

/// <summary>Small, hand-checkable data for store tests.</summary>
public static class StoreTestData
{
    public static IReadOnlyList<Area> Areas { get; } =
    [
        new("XA", "Xandria", AreaKind.Country, null) { Populations = [new(Period.FromYear(2020), 1_000_000), new(Period.FromYear(2024), 1_200_000)] },
        new("XA01", "North", AreaKind.Admin1, "XA")
        {
            Populations = [new(Period.FromYear(2024), 700_000)],
            AlternateNames = new Dictionary<string, string> { ["fr"] = "Nord", ["sg"] = "Banga", ["ref"] = "Nord" },
            ValidFrom = new DateOnly(2015, 6, 15), ValidTo = new DateOnly(2024, 12, 31),
        },
        new("XA02", "South", AreaKind.Admin1, "XA") { GeometryRef = "g:XA02" },
    ];

    public static IReadOnlyList<Indicator> Indicators { get; } =
    [
        new("FLOOD", "Flood exposure", "% of population", Direction.HigherIsWorse)
        {
            Cluster = ThreatCluster.Climate, Types = InsecurityTypes.Environmental | InsecurityTypes.Economic, Impacts = Impacts.Survival | Impacts.Livelihood,
            Timeframe = Timeframe.Emerging, SdgTarget = "13.1", Source = "Synthetic", UpdateFrequency = "annual", Licence = "CC-BY-4.0", Description = "test",
        },
        new("LIT", "Literacy", "%", Direction.HigherIsBetter),
    ];

    public static DatasetInfo Info(DatasetKind kind, string file = "test.csv") => new(kind, file, new string('a', 64));

    /// <summary>Observations: FLOOD for both admin1 in 2023 and 2024 (totals), plus a female/male split in 2024.</summary>
    public static ObservationChunk Observations()
    {
        var c = new ObservationChunk(16);
        c.Add("FLOOD", "XA01", Period.FromYear(2023), Disaggregation.Total, 10);
        c.Add("FLOOD", "XA01", Period.FromYear(2024), Disaggregation.Total, 12, ObservationStatus.Provisional, "survey A");
        c.Add("FLOOD", "XA02", Period.FromYear(2023), Disaggregation.Total, 20);
        c.Add("FLOOD", "XA02", Period.FromYear(2024), Disaggregation.Total, 18.5);
        c.Add("FLOOD", "XA01", Period.FromYear(2024), Disaggregation.Total with { Sex = "F" }, 13);
        c.Add("FLOOD", "XA01", Period.FromYear(2024), Disaggregation.Total with { Sex = "M" }, 11);
        c.Add("LIT", "XA01", Period.FromQuarter(2024, 2), Disaggregation.Total, 80);
        return c;
    }

    public static ColumnTable Households() => new("households",
    [
        new TextColumn("hh_id", ["h1", "h2", null]),
        new NumericColumn("weight", [1.5, 2.0, double.NaN]),
        new TextColumn("area", ["XA01", "XA02", "XA02"]),
    ]);

    public static IReadOnlyList<Programme> Programmes { get; } =
    [
        new("P-1", "Flood resilience")
        {
            Status = "active", Start = new DateOnly(2023, 1, 1), End = new DateOnly(2025, 12, 31), Areas = ["XA01", "XA02"],
            Clusters = [ThreatCluster.Climate, ThreatCluster.Poverty], Sdgs = ["1.5", "13.1"], Budget = 3.8e6, Currency = "USD",
            Leveraged = 20e6, Funder = "UNTFHS", Prevention = true, TargetPeople = 50_000,
        },
        new("P-2", "Literacy"),
    ];
}
