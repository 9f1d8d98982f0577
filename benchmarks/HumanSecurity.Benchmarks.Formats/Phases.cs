using System.Diagnostics;
using HumanSecurity.Formats.Hxl;
using HumanSecurity.Formats.Import;

namespace HumanSecurity.Benchmarks.Formats;

/// <summary>Times the reading phases alone (no store): parse + map, then parse + map + gate checks.</summary>
internal static class Phases
{
    public static void Run(string hxl)
    {
        var raw = Stopwatch.StartNew();
        long rows = 0;
        using (var t = HxlReader.Open(hxl))
            foreach (var row in t.Rows()) rows += row.IsBlank ? 0 : 1;
        Console.WriteLine($"rows only (Sep, cells as strings): {rows:N0} rows in {raw.Elapsed.TotalSeconds:N2} s");
        foreach (var gated in new[] { false, true })
        {
            var clock = Stopwatch.StartNew();
            using var table = HxlReader.Open(hxl);
            var problems = new HumanSecurity.ProblemList();
            var layout = HxlLayoutResolver.Resolve(table, null, problems);
            var areas = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < HxlBenchmarkData.Areas; i++) areas.Add($"XA{i / 10:D2}{i % 10:D2}");
            var reader = new HxlObservationReader(table, layout, problems) { Gate = gated ? new ObservationGate(areas, new HashSet<string>(), problems) : null };
            long n = 0;
            foreach (var c in reader.ReadChunks()) n += c.Count;
            Console.WriteLine($"read{(gated ? " + gate" : "")}: {n:N0} observations in {clock.Elapsed.TotalSeconds:N2} s");
        }
    }
}
