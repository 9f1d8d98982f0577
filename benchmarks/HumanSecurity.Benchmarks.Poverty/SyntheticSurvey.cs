using HumanSecurity.Poverty;
using HumanSecurity.Tables;

namespace HumanSecurity.Benchmarks.Poverty;

/// <summary>2 million household rows (≈ 10 million persons): 100 areas × urban/rural = 200 strata, 100 PSUs per
/// stratum, 10 global-MPI-weighted 0/1 indicators with correlated deprivations. Deterministic (fixed seed).</summary>
internal static class SyntheticSurvey
{
    public const int Areas = 100;
    public const int PsusPerStratum = 100;
    public static readonly string[] Indicators = ["d_nutr", "d_cm", "d_educ", "d_satt", "d_ckfl", "d_sani", "d_wtr", "d_elct", "d_hsg", "d_asst"];
    public static readonly int[] Units = [3, 3, 3, 3, 1, 1, 1, 1, 1, 1];

    public static ColumnTable Create(int households, int seed = 20240601)
    {
        var rng = new Random(seed);
        var weight = new double[households];
        var size = new double[households];
        var area = new double[households];
        var urban = new double[households];
        var stratum = new double[households];
        var psu = new double[households];
        var dep = Indicators.Select(_ => new double[households]).ToArray();
        var perStratum = households / (Areas * 2);
        for (var i = 0; i < households; i++)
        {
            var s = Math.Min(i / perStratum, Areas * 2 - 1);
            area[i] = s / 2 + 1;
            urban[i] = s % 2;
            stratum[i] = s + 1;
            psu[i] = (i % perStratum) * PsusPerStratum / perStratum + 1;
            weight[i] = 50 + 200 * rng.NextDouble();
            size[i] = 1 + rng.Next(9);
            var risk = 0.05 + 0.3 * (area[i] / Areas) * (urban[i] == 0 ? 1.5 : 0.7) + 0.2 * rng.NextDouble();
            for (var j = 0; j < dep.Length; j++) dep[j][i] = rng.NextDouble() < risk ? 1 : 0;
        }
        var columns = new List<Column>
        {
            new NumericColumn("hh_weight", weight), new NumericColumn("hh_size", size), new NumericColumn("area", area),
            new NumericColumn("urban", urban), new NumericColumn("stratum", stratum), new NumericColumn("psu", psu),
        };
        columns.AddRange(Indicators.Select((n, j) => new NumericColumn(n, dep[j])));
        columns.Insert(0, new NumericColumn("hh_id", Enumerable.Range(1, households).Select(i => (double)i).ToArray()));
        return new ColumnTable("synthetic", columns);
    }

    public static PovertySpec Spec(bool design) => new()
    {
        Name = "benchmark-global-mpi",
        Unit = "hh_id",
        Weight = "hh_weight",
        Size = "hh_size",
        Strata = design ? "stratum" : null,
        Psu = design ? "psu" : null,
        Over = ["area", "urban"],
        K = [new(new Rational(20, 100), "20"), new(new Rational(33, 100), "33"), new(new Rational(50, 100), "50")],
        Indicators = [.. Indicators.Select((n, j) => new PovertyIndicator(n, n, j < 2 ? "health" : j < 4 ? "education" : "living", new Rational(Units[j], 18)))],
    };
}
