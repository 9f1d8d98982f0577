using System.Globalization;

namespace HumanSecurity.Demo.Tests;

public sealed class DemoSurveyTests(DemoDataFixture demo) : IClassFixture<DemoDataFixture>
{
    [Fact]
    public void Survey_Households_AboutFiftyThousandWithPositiveWeights()
    {
        var households = demo.Read(DemoDataGenerator.HouseholdsFile);
        Assert.InRange(households.Count, 45_000, 55_000);
        Assert.All(households, h => Assert.True(double.Parse(h["hh_weight"], CultureInfo.InvariantCulture) > 0, h["hh_id"]));
        Assert.All(households, h => Assert.Equal(h["adm1"] + "-" + h["urban"], h["stratum"]));
        var perPsu = households.GroupBy(h => h["psu"]).Select(g => g.Count()).ToList();
        Assert.InRange(perPsu.Average(), 18, 21);
        Assert.Contains(households, h => h["d_nutr"].Length == 0);
    }

    [Fact]
    public void Survey_Persons_ConsistentWithEducationDeprivations()
    {
        var households = demo.Read(DemoDataGenerator.HouseholdsFile).ToDictionary(h => h["hh_id"]);
        var persons = demo.Read(DemoDataGenerator.PersonsFile).GroupBy(p => p["hh_id"]).ToList();
        Assert.Equal(households.Count, persons.Count);
        foreach (var roster in persons)
        {
            var h = households[roster.Key];
            Assert.Equal(int.Parse(h["hh_size"], CultureInfo.InvariantCulture), roster.Count());
            var members = roster.Select(p => (Age: int.Parse(p["age"], CultureInfo.InvariantCulture), Years: p["years_school"], Attending: p["attending_school"])).ToList();
            var educated = members.Any(m => m.Age >= 10 && m.Years.Length > 0 && int.Parse(m.Years, CultureInfo.InvariantCulture) >= 6);
            Assert.Equal(h["d_educ"] == "1", !educated);
            var truant = members.Any(m => m.Age is >= 6 and <= 14 && m.Attending == "0");
            Assert.Equal(h["d_satt"] == "1", truant);
            Assert.All(members.Where(m => m.Age < 6), m => Assert.Equal("", m.Years + m.Attending));
        }
    }

    [Fact]
    public void Survey_ElectricityRate_MatchesAreaIndicator()
    {
        var observed = demo.Read(DemoDataGenerator.ObservationsFile)
            .Where(r => r["indicator"] == "POV_ELEC" && r["period"] == "2024" && r["sex"] == "_T" && r["area"].Length == 3)
            .ToDictionary(r => r["area"], r => double.Parse(r["value"], CultureInfo.InvariantCulture) / 100);
        foreach (var country in demo.Read(DemoDataGenerator.HouseholdsFile).Where(h => h["d_elct"].Length > 0).GroupBy(h => h["country"]))
        {
            var w = country.Sum(h => double.Parse(h["hh_weight"], CultureInfo.InvariantCulture));
            var rate = country.Sum(h => double.Parse(h["hh_weight"], CultureInfo.InvariantCulture) * (h["d_elct"] == "1" ? 1 : 0)) / w;
            Assert.InRange(rate, observed[country.Key] - 0.06, observed[country.Key] + 0.06);
        }
    }
}
