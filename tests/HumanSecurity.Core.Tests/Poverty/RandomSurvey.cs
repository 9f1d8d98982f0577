using HumanSecurity.Poverty;
using HumanSecurity.Tables;

namespace HumanSecurity.Core.Tests.Poverty;

/// <summary>Deterministic random household surveys for identity and inference tests.</summary>
internal static class RandomSurvey
{
    public const int Indicators = 6;

    public static ColumnTable Create(int seed, int strata = 5, int psusPerStratum = 4, int householdsPerPsu = 8, int rounds = 1, bool weighted = true)
    {
        var rng = new Random(seed);
        var cols = new Dictionary<string, List<double>>();
        string[] names = ["hh_id", "w", "size", "stratum", "psu", "region", "urban", "t", "year", .. Enumerable.Range(1, Indicators).Select(j => $"d{j}")];
        foreach (var n in names) cols[n] = [];
        var id = 0;
        for (var t = 0; t < rounds; t++)
            for (var h = 0; h < strata; h++)
                for (var p = 0; p < psusPerStratum; p++)
                {
                    var region = rng.Next(3);
                    for (var i = 0; i < householdsPerPsu; i++)
                    {
                        cols["hh_id"].Add(++id);
                        cols["w"].Add(weighted ? 0.5 + rng.NextDouble() * 2 : 1);
                        cols["size"].Add(weighted ? rng.Next(1, 8) : 1);
                        cols["stratum"].Add(h + 1);
                        cols["psu"].Add(p + 1);
                        cols["region"].Add(rng.NextDouble() < 0.8 ? region : rng.Next(3));
                        cols["urban"].Add(rng.Next(2));
                        cols["t"].Add(t + 1);
                        cols["year"].Add(2010 + 4 * t);
                        var risk = 0.15 + 0.1 * region + 0.05 * t;
                        for (var j = 1; j <= Indicators; j++) cols[$"d{j}"].Add(rng.NextDouble() < risk ? 1 : 0);
                    }
                }
        return new ColumnTable("random.csv", names.Select(n => (Column)new NumericColumn(n, [.. cols[n]])).ToList());
    }

    public static PovertySpec Spec(bool design = true, bool over = true, bool time = false) => new()
    {
        Unit = "hh_id",
        Weight = "w",
        Size = "size",
        Strata = design ? "stratum" : null,
        Psu = design ? "psu" : null,
        Over = over ? ["region", "urban"] : [],
        Time = time ? new TimeColumns("t", "year") : null,
        K = [new PovertyCutoff(new Rational(20, 100), "20"), new PovertyCutoff(new Rational(1, 3), "1/3"), new PovertyCutoff(new Rational(1, 2), "50")],
        Indicators =
        [
            new("d1", "d1", "a", new Rational(1, 6)), new("d2", "d2", "a", new Rational(1, 6)),
            new("d3", "d3", "b", new Rational(1, 3)),
            new("d4", "d4", "c", new Rational(1, 9)), new("d5", "d5", "c", new Rational(1, 9)), new("d6", "d6", "c", new Rational(1, 9)),
        ],
    };
}
