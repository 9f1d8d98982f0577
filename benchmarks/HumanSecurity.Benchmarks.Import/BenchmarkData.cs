using System.Globalization;
using System.Text;

namespace HumanSecurity.Benchmarks.Import;

/// <summary>Writes a deterministic long-form observation CSV (and the gazetteer and catalogue it refers to):
/// indicators x areas x years x disaggregations (sex x population group), values from a fixed-seed generator.</summary>
internal static class BenchmarkData
{
    public const int Indicators = 40;
    public const int Years = 10;
    private static readonly string[] Sexes = ["", "F", "M"];
    private static readonly string[] Groups = ["", "REF", "IDP", "HOST"];

    public static int AreasFor(long rows) => (int)Math.Ceiling(rows / (double)(Indicators * Years * (Sexes.Length * Groups.Length - 2)));

    public static void Write(string dir, long rows)
    {
        var areas = AreasFor(rows);
        File.WriteAllText(Path.Combine(dir, "areas.csv"), Gazetteer(areas));
        File.WriteAllText(Path.Combine(dir, "indicators.csv"), Catalogue());
        using var w = new StreamWriter(Path.Combine(dir, "observations.csv"), false, new UTF8Encoding(false), 1 << 20);
        w.Write("indicator,area,period,value,sex,group\n");
        var random = new Random(20261129);
        long written = 0;
        var line = new StringBuilder(64);
        for (var a = 0; a < areas && written < rows; a++)
            for (var i = 0; i < Indicators && written < rows; i++)
                for (var y = 0; y < Years && written < rows; y++)
                    for (var s = 0; s < Sexes.Length && written < rows; s++)
                        for (var g = 0; g < Groups.Length && written < rows; g++)
                        {
                            if (s > 0 && g > 0 && (s + g) % 3 == 0) continue; // not every cross-classification exists
                            line.Clear();
                            line.Append(CultureInfo.InvariantCulture, $"IND{i:D2},XA{a:D5},{2016 + y},{random.Next(0, 1_000_000) / 100.0},{Sexes[s]},{Groups[g]}\n");
                            w.Write(line);
                            written++;
                        }
        if (written != rows) throw new InvalidOperationException($"generated {written} rows, wanted {rows}");
    }

    private static string Gazetteer(int areas)
    {
        var sb = new StringBuilder("code,name,kind,parent,population,period\nXA,Benchmarkland (synthetic),country,,1000000,2024\n");
        for (var a = 0; a < areas; a++) sb.Append(CultureInfo.InvariantCulture, $"XA{a:D5},Area {a},admin1,XA,{1000 + a},2024\n");
        return sb.ToString();
    }

    private static string Catalogue()
    {
        var sb = new StringBuilder("code,name,unit,direction,cluster\n");
        for (var i = 0; i < Indicators; i++) sb.Append(CultureInfo.InvariantCulture, $"IND{i:D2},Indicator {i},%,higher_is_worse,climate\n");
        return sb.ToString();
    }
}
