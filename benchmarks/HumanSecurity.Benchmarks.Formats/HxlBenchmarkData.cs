using System.Globalization;
using System.Text;

namespace HumanSecurity.Benchmarks.Formats;

/// <summary>Writes the benchmark inputs: a gazetteer (1 country, 20 admin-1, 200 admin-2), a catalogue of 50 indicators
/// and an HXL-tagged CSV in long form (header row, hashtag row, one observation per row: area × indicator × day).</summary>
internal static class HxlBenchmarkData
{
    public const int Areas = 200;
    public const int Indicators = 50;

    public static void Write(string dir, long rows)
    {
        using (var a = new StreamWriter(Path.Combine(dir, "areas.csv"), false, new UTF8Encoding(false)))
        {
            a.WriteLine("code,name,kind,parent");
            a.WriteLine("XA,Xandria,country,");
            for (var i = 0; i < 20; i++) a.WriteLine(string.Create(CultureInfo.InvariantCulture, $"XA{i:D2},Province {i},admin1,XA"));
            for (var i = 0; i < Areas; i++) a.WriteLine(string.Create(CultureInfo.InvariantCulture, $"XA{i / 10:D2}{i % 10:D2},District {i},admin2,XA{i / 10:D2}"));
        }
        using (var c = new StreamWriter(Path.Combine(dir, "indicators.csv"), false, new UTF8Encoding(false)))
        {
            c.WriteLine("code,name,unit,direction");
            for (var i = 0; i < Indicators; i++) c.WriteLine(string.Create(CultureInfo.InvariantCulture, $"IND{i:D2},Indicator {i},%,higher_is_worse"));
        }
        using var w = new StreamWriter(Path.Combine(dir, "observations.hxl.csv"), false, new UTF8Encoding(false), 1 << 20);
        w.WriteLine("District,Date,Indicator,Value,Sex");
        w.WriteLine("#adm2+code,#date,#indicator+code,#value,#x_sex");
        var start = new DateOnly(2000, 1, 1);
        var random = new Random(1);
        for (long r = 0; r < rows; r++)
        {
            var area = r % Areas;
            var indicator = r / Areas % Indicators;
            var day = start.AddDays((int)(r / (Areas * Indicators)));
            var sex = (r / Areas % 3) switch { 0 => "F", 1 => "M", _ => "_T" };
            w.Write(string.Create(CultureInfo.InvariantCulture, $"XA{area / 10:D2}{area % 10:D2},{day:yyyy-MM-dd},IND{indicator:D2},{random.Next(0, 100_000) / 100.0},{sex}\n"));
        }
    }
}
