using System.Text.Json;
using HumanSecurity.Poverty;
using HumanSecurity.Testing;

namespace HumanSecurity.Core.Tests.Poverty;

public sealed class PovertyFixtureTests
{
    private static readonly string[] Case3Names = ["d_nutr", "d_cm", "d_educ", "d_satt", "d_ckfl", "d_sani", "d_wtr", "d_elct", "d_hsg", "d_asst"];

    [Fact]
    public void Estimate_Case1AchievementsAllK_MatchesAlkireFoster2011()
    {
        var table = SmallCsv.Read(Fixtures.Get("mpi", "case1_af2011_achievements.csv"));
        using var doc = JsonDocument.Parse(File.ReadAllText(Fixtures.Get("mpi", "case1_af2011_expected.json")));
        var cutoffs = doc.RootElement.GetProperty("cutoffs_z");
        var spec = new PovertySpec
        {
            Unit = "person",
            K = [.. Enumerable.Range(1, 4).Select(k => new PovertyCutoff(new Rational(k, 4), $"{k}/4"))],
            Indicators = [.. cutoffs.EnumerateObject().Select(p => new PovertyIndicator(p.Name, p.Name, p.Name, new Rational(1, 4),
                DeprivationRule.TryParse("< " + p.Value.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture), out _)))],
        };
        var result = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, table, "case1.csv"), spec);
        for (var k = 1; k <= 4; k++)
        {
            var expected = doc.RootElement.GetProperty("results").GetProperty($"k={k}_of_4");
            var label = $"{k}/4";
            foreach (var m in new[] { "H", "A", "M0" }) AssertClose(expected.GetProperty(m).GetDouble(), Level(result.Levels, label, m));
            foreach (var (m, json) in new[] { ("severe", "severe"), ("vulnerable", "vulnerable"), ("V", "var_poor"), ("M1", "M1"), ("M2", "M2") })
                AssertClose(expected.GetProperty(json).GetDouble(), Level(result.Measures, label, m));
            foreach (var measure in new[] { "hd", "hdk", "actb", "pctb" })
                foreach (var p in expected.GetProperty(measure).EnumerateObject())
                    AssertClose(p.Value.GetDouble(), Indicator(result.Indicators, label, p.Name, measure));
        }
    }

    [Fact]
    public void Estimate_Case5SixTwelfths_IsPoorAtOneHalf()
    {
        var table = SmallCsv.Read(Fixtures.Get("mpi", "case5_float_boundary.csv"));
        var spec = new PovertySpec
        {
            Unit = "person",
            K = [new PovertyCutoff(new Rational(1, 2), "1/2")],
            Indicators = [.. Enumerable.Range(1, 12).Select(i => new PovertyIndicator($"i{i:00}", $"i{i:00}", "d", new Rational(1, 12)))],
        };
        var result = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, table, "case5.csv"), spec);
        Assert.Equal(0.5, Level(result.Levels, "1/2", "H"));
        Assert.Equal(0.75, Level(result.Levels, "1/2", "A"));
        Assert.Equal(0.375, Level(result.Levels, "1/2", "M0"));
        var naive = 0.0;
        for (var i = 0; i < 6; i++) naive += 1.0 / 12;
        Assert.True(naive < 0.5, "the naive double sum must fall below 1/2 for this test to mean anything");
    }

    [Fact]
    public void Build_Case3Roster_GivesExpectedHouseholdIndicators()
    {
        var (spec, households, roster) = Case3();
        var sample = SurveySampleBuilder.Build(spec, households, "hh.csv", roster, "roster.csv");
        Assert.Equal(4, sample.Retention.RowsRetained);
        Assert.Equal(13.0 / 27, sample.Retention.WeightedShare, 15);
        Assert.Equal(13.0 / 27, sample.Retention.PersonShare, 15);
        Assert.Equal(0.5, sample.Retention.UnweightedShare);
        var educ = RosterAggregatorProbe(spec, households, roster, "d_educ");
        var satt = RosterAggregatorProbe(spec, households, roster, "d_satt");
        using var doc = JsonDocument.Parse(File.ReadAllText(Fixtures.Get("mpi", "case3_missing_expected.json")));
        foreach (var hh in doc.RootElement.GetProperty("expected_household_indicators").EnumerateObject())
        {
            var row = int.Parse(hh.Name, System.Globalization.CultureInfo.InvariantCulture) - 1;
            Assert.Equal(Expected(hh.Value.GetProperty("d_educ")), educ[row]);
            Assert.Equal(Expected(hh.Value.GetProperty("d_satt")), satt[row]);
        }
    }

    [Fact]
    public void Estimate_Case3Listwise_MatchesExpected()
    {
        var (spec, households, roster) = Case3();
        var result = PovertyEstimator.Estimate(SurveySampleBuilder.Build(spec, households, "hh.csv", roster, "roster.csv"), spec);
        using var doc = JsonDocument.Parse(File.ReadAllText(Fixtures.Get("mpi", "case3_missing_expected.json")));
        AssertCase3(doc.RootElement.GetProperty("results_listwise"), result);
    }

    [Fact]
    public void Estimate_Case3bNutritionAbsent_ReweightsWithinHealth()
    {
        var (spec, households, roster) = Case3();
        var withoutNutrition = new Tables.ColumnTable("hh", households.Columns.Where(c => c.Name != "d_nutr").ToList());
        var sample = SurveySampleBuilder.Build(spec with { ReweightAbsent = true }, withoutNutrition, "hh.csv", roster, "roster.csv");
        Assert.Equal(new Rational(1, 3), sample.Indicators.Single(i => i.Name == "d_cm").Weight);
        Assert.Equal(5, sample.Retention.RowsRetained);
        var result = PovertyEstimator.Estimate(sample, spec);
        using var doc = JsonDocument.Parse(File.ReadAllText(Fixtures.Get("mpi", "case3_missing_expected.json")));
        AssertCase3(doc.RootElement.GetProperty("case3b_indicator_missing_for_whole_survey").GetProperty("results"), result);
    }

    internal static (PovertySpec Spec, Tables.ColumnTable Households, Tables.ColumnTable Roster) Case3()
    {
        var households = SmallCsv.Read(Fixtures.Get("mpi", "case3_missing_households.csv"));
        var roster = SmallCsv.Read(Fixtures.Get("mpi", "case3_missing_roster.csv"));
        var sixth = new Rational(1, 6);
        var eighteenth = new Rational(1, 18);
        var educ = new RosterRule("eduyears", Rule("< 6"), RosterAggregate.All, "age", 10, null, Rational.Zero, new Rational(2, 3), NoEligiblePolicy.NonDeprived);
        var satt = new RosterRule("attending", Rule("== 0"), RosterAggregate.Any, "age", 6, 14, Rational.Zero, new Rational(2, 3), NoEligiblePolicy.NonDeprived);
        PovertyIndicator Ind(string name, string dim, Rational w, RosterRule? r = null) => new(name, name, dim, w, null, r);
        var spec = new PovertySpec
        {
            Unit = "hh_id", Weight = "hh_weight", Size = "hh_size",
            K = [new PovertyCutoff(new Rational(1, 3), "1/3")],
            Indicators =
            [
                Ind("d_nutr", "health", sixth), Ind("d_cm", "health", sixth),
                Ind("d_educ", "education", sixth, educ), Ind("d_satt", "education", sixth, satt),
                Ind("d_ckfl", "living", eighteenth), Ind("d_sani", "living", eighteenth), Ind("d_wtr", "living", eighteenth),
                Ind("d_elct", "living", eighteenth), Ind("d_hsg", "living", eighteenth), Ind("d_asst", "living", eighteenth),
            ],
        };
        return (spec, households, roster);
    }

    private static void AssertCase3(JsonElement expected, PovertyResult result)
    {
        foreach (var m in new[] { "H", "A", "M0" }) AssertClose(expected.GetProperty(m).GetDouble(), Level(result.Levels, "1/3", m));
        AssertClose(expected.GetProperty("severe").GetDouble(), Level(result.Measures, "1/3", "severe"));
        AssertClose(expected.GetProperty("vulnerable").GetDouble(), Level(result.Measures, "1/3", "vulnerable"));
        AssertClose(expected.GetProperty("var_poor").GetDouble(), Level(result.Measures, "1/3", "V"));
        foreach (var measure in new[] { "hd", "hdk", "actb", "pctb" })
            foreach (var p in expected.GetProperty(measure).EnumerateObject())
                AssertClose(p.Value.GetDouble(), Indicator(result.Indicators, "1/3", p.Name, measure));
        Assert.Equal(expected.GetProperty("hd").EnumerateObject().Count(), result.Indicators.Select(i => i.Indicator).Distinct().Count());
        Assert.Contains("d_cm", Case3Names);
    }

    private static byte[] RosterAggregatorProbe(PovertySpec spec, Tables.ColumnTable households, Tables.ColumnTable roster, string name)
    {
        var rule = spec.Indicators.Single(i => i.Name == name).Roster!;
        return RosterAggregator.Build(rule, roster, RosterLink.Map(spec, households, roster), households.RowCount);
    }

    private static byte Expected(JsonElement e) => e.ValueKind == JsonValueKind.Null ? RosterAggregator.Missing : (byte)e.GetInt32();

    private static DeprivationRule Rule(string text) => DeprivationRule.TryParse(text, out _)!;

    internal static double Level(IEnumerable<Estimate> rows, string k, string measure, string over = "all", string group = "all") =>
        rows.Single(r => r.K == k && r.Measure == measure && r.Over == over && r.Group == group).Value;

    private static double Indicator(IEnumerable<Estimate> rows, string k, string indicator, string measure) =>
        rows.Single(r => r.K == k && r.Indicator == indicator && r.Measure == measure && r.Over == "all").Value;

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= 1e-12, $"expected {expected:R}, got {actual:R}");
}
