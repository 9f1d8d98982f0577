using HumanSecurity.Areas;

namespace HumanSecurity.Demo;

/// <summary>Assigns populations: admin-2 areas draw a log-normal base size (the first admin-2 of each country is its
/// capital, larger and mostly urban) and a growth rate; higher levels are sums.</summary>
internal static class DemoPopulation
{
    public static void Assign(DemoGeography geography, DemoRandom random)
    {
        foreach (var country in geography.OfKind(AreaKind.Country))
        {
            var first = true;
            foreach (var admin2 in country.Children.SelectMany(a => a.Children))
            {
                var capital = first;
                first = false;
                var size = Math.Exp(Math.Log(110_000) + 0.55 * random.Normal()) * (capital ? 7 : 1);
                var growth = 0.024 + 0.006 * random.Normal() + (capital ? 0.01 : 0);
                admin2.UrbanShare = capital ? 0.92 : Logistic(-1.1 + 0.7 * random.Normal());
                for (var y = 0; y < DemoCalendar.Years; y++) admin2.Population[y] = Math.Round(size * Math.Pow(1 + growth, y));
            }
        }
        foreach (var kind in new[] { AreaKind.Admin1, AreaKind.Country, AreaKind.Region })
        {
            foreach (var area in geography.OfKind(kind))
            {
                for (var y = 0; y < DemoCalendar.Years; y++) area.Population[y] = area.Children.Sum(c => c.Population[y]);
                var total = area.Children.Sum(c => c.Population[0]);
                area.UrbanShare = area.Children.Sum(c => c.UrbanShare * c.Population[0]) / total;
            }
        }
    }

    public static double Logistic(double x) => 1 / (1 + Math.Exp(-x));
}
