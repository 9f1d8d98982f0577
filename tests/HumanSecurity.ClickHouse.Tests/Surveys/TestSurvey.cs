using HumanSecurity.Poverty;
using HumanSecurity.Tables;

namespace HumanSecurity.ClickHouse.Tests.Surveys;

/// <summary>A deterministic survey exercising every kind of indicator the pushdown compiles: 0/1 numbers with missing
/// values, 0/1 text, achievements with a cutoff (cardinal, for M1/M2), a text set rule, and two roster rules (all / any,
/// age eligibility, 2/3 data share); text and numeric subgroups, text rounds with years, strata and PSUs.</summary>
internal static class TestSurvey
{
    public static (ColumnTable Households, ColumnTable Persons) Create(int seed, int strata = 6, int psus = 5, int perPsu = 12, string personLink = "hh_id")
    {
        var rng = new Random(seed);
        var h = new Dictionary<string, List<object?>>();
        var p = new Dictionary<string, List<object?>>();
        void Add(Dictionary<string, List<object?>> t, string c, object? v) => (t.TryGetValue(c, out var l) ? l : t[c] = []).Add(v);
        var id = 0;
        for (var s = 0; s < strata; s++)
            for (var u = 0; u < psus; u++)
            {
                var region = new[] { "North", "South", "East" }[rng.Next(3)];
                for (var i = 0; i < perPsu; i++)
                {
                    id++;
                    var round = rng.Next(2);
                    var risk = 0.2 + 0.15 * rng.NextDouble() + (region == "East" ? 0.15 : 0);
                    Add(h, "hh_id", (double)id);
                    Add(h, "hh_weight", 20 + 180 * rng.NextDouble());
                    Add(h, "hh_size", (double)(1 + rng.Next(8)));
                    Add(h, "stratum", (double)(s + 1));
                    Add(h, "psu", (double)(u + 1));
                    Add(h, "region", rng.NextDouble() < 0.97 ? region : null);
                    Add(h, "urban", (double)rng.Next(2));
                    Add(h, "round", round == 0 ? "r2019" : "r2023");
                    Add(h, "year", round == 0 ? 2019.0 : 2023.0);
                    Add(h, "d_nutr", rng.NextDouble() < 0.02 ? double.NaN : rng.NextDouble() < risk ? 1.0 : 0.0);
                    Add(h, "d_wtr", rng.NextDouble() < risk ? 1.0 : 0.0);
                    Add(h, "d_elct", rng.NextDouble() < 0.01 ? null : rng.NextDouble() < risk ? "1" : "0");
                    Add(h, "fuel", new[] { "wood", "gas", "dung", "electricity", "charcoal" }[rng.Next(5)]);
                    Add(h, "income", rng.NextDouble() < 0.01 ? double.NaN : Math.Round(400 * rng.NextDouble(), 2));
                    Add(h, "rooms", (double)rng.Next(1, 5));
                    var members = 1 + rng.Next(6);
                    for (var m = 0; m < members; m++)
                    {
                        Add(p, personLink, (double)id);
                        Add(p, "age", rng.NextDouble() < 0.02 ? double.NaN : (double)rng.Next(0, 80));
                        Add(p, "years_school", rng.NextDouble() < 0.1 ? double.NaN : (double)rng.Next(0, 14));
                        Add(p, "attending", rng.NextDouble() < 0.05 ? null : rng.NextDouble() < 0.8 - risk / 2 ? "yes" : "no");
                    }
                }
            }
        return (Table("households", h), Table("persons", p));
    }

    private static ColumnTable Table(string name, Dictionary<string, List<object?>> columns) => new(name,
    [
        .. columns.Select(kv => kv.Value.Any(v => v is string)
            ? (Column)new TextColumn(kv.Key, [.. kv.Value.Select(v => (string?)v)])
            : new NumericColumn(kv.Key, [.. kv.Value.Select(v => (double)v!)])),
    ]);

    private static readonly PovertyCutoff[] Cutoffs =
        [new(new Rational(20, 100), "20"), new(new Rational(33, 100), "33"), new(new Rational(1, 2), "1/2")];

    /// <summary>Every indicator kind, roster rules linked through <paramref name="rosterUnit"/>.</summary>
    public static PovertySpec Mixed(string? rosterUnit = null, bool time = false, bool design = true) => new()
    {
        Name = "mixed", Unit = "hh_id", RosterUnit = rosterUnit, Weight = "hh_weight", Size = "hh_size",
        Strata = design ? "stratum" : null, Psu = design ? "psu" : null, Over = ["region", "urban"], K = Cutoffs,
        Time = time ? new TimeColumns("round", "year") : null,
        Indicators =
        [
            new("d_nutr", "d_nutr", "health", new Rational(1, 6)),
            new("d_wtr", "d_wtr", "health", new Rational(1, 6)),
            new("d_educ", "d_educ", "education", new Rational(1, 6),
                Roster: new RosterRule("years_school", Rule("< 6"), RosterAggregate.All, "age", 10, null, Rational.Zero, new Rational(2, 3), NoEligiblePolicy.NonDeprived)),
            new("d_satt", "d_satt", "education", new Rational(1, 6),
                Roster: new RosterRule("attending", Rule("in [no]"), RosterAggregate.Any, "age", 6, 14, Rational.Zero, new Rational(2, 3), NoEligiblePolicy.NonDeprived)),
            new("d_elct", "d_elct", "living", new Rational(1, 9)),
            new("d_ckfl", "fuel", "living", new Rational(1, 9), Rule("in [wood, dung, charcoal]")),
            new("d_inc", "income", "living", new Rational(1, 9), Rule("<= 120.5")),
        ],
    };

    /// <summary>Achievements only (cardinal cutoffs), so M1 and M2 are estimated.</summary>
    public static PovertySpec Cardinal() => new()
    {
        Name = "cardinal", Unit = "hh_id", Weight = "hh_weight", Size = "hh_size", Strata = "stratum", Psu = "psu", Over = ["urban"], K = Cutoffs,
        Indicators =
        [
            new("income", "income", "money", new Rational(1, 2), Rule("< 150.25")),
            new("rooms", "rooms", "housing", new Rational(1, 2), Rule("<= 2")),
        ],
    };

    private static DeprivationRule Rule(string text) => DeprivationRule.TryParse(text, out var error) ?? throw new InvalidOperationException(error);
}
