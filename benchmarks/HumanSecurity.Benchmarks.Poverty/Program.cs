using System.Diagnostics;
using System.Globalization;
using HumanSecurity.Benchmarks.Poverty;
using HumanSecurity.Poverty;

if (args.Length > 0 && args[0] == "--memory-probe")
{
    MemoryProbe.Run(int.Parse(args[1], CultureInfo.InvariantCulture));
    return;
}
var households = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2_000_000;
var output = args.Length > 1 ? args[1] : Path.Combine("benchmarks", "results", "poverty.md");
const int Repeats = 5;

Console.WriteLine($"generating {households:N0} households ...");
var table = SyntheticSurvey.Create(households);
var rawBytes = table.Columns.Sum(c => (long)c.Length * sizeof(double));
var persons = table["hh_size"] is HumanSecurity.Tables.NumericColumn s ? s.Values.Sum() : 0;
var pointSpec = SyntheticSurvey.Spec(design: false);
var seSpec = SyntheticSurvey.Spec(design: true);

(double Build, double Estimate, PovertyResult Result) RunEngine(PovertySpec spec, bool se)
{
    var sw = Stopwatch.StartNew();
    var sample = SurveySampleBuilder.Build(spec, table, "synthetic");
    var build = sw.Elapsed.TotalMilliseconds;
    sw.Restart();
    var result = PovertyEstimator.Estimate(sample, spec, se);
    return (build, sw.Elapsed.TotalMilliseconds, result);
}

RunEngine(pointSpec, false);
RunEngine(seSpec, true);
var allocatedBefore = GC.GetTotalAllocatedBytes(true);
var point = Enumerable.Range(0, Repeats).Select(_ => RunEngine(pointSpec, false)).ToList();
var allocatedPoint = (GC.GetTotalAllocatedBytes(true) - allocatedBefore) / Repeats;
allocatedBefore = GC.GetTotalAllocatedBytes(true);
var withSe = Enumerable.Range(0, Repeats).Select(_ => RunEngine(seSpec, true)).ToList();
var allocatedSe = (GC.GetTotalAllocatedBytes(true) - allocatedBefore) / Repeats;
var probe = MemoryProbe.Spawn(households);

Console.WriteLine("loading DuckDB ...");
using var duck = new DuckDbPeer();
duck.Load(table);
var thresholds = new[] { 4, 6, 9 }; // ceil(k·18) for k = 20/100, 33/100, 50/100
var sql = duck.Sql(thresholds);
duck.Run(sql, 6);
var duckTimes = new List<double>();
Dictionary<string, double> duckM0 = [];
for (var r = 0; r < Repeats; r++)
{
    var sw = Stopwatch.StartNew();
    duckM0 = duck.Run(sql, 6);
    duckTimes.Add(sw.Elapsed.TotalMilliseconds);
}

var engineM0 = point[^1].Result.Levels.Where(l => l.K == "33" && l.Measure == "M0")
    .ToDictionary(l => l.Over == "all" ? "all" : $"{l.Over}={l.Group}", l => l.Value);
var maxDiff = duckM0.Max(p => Math.Abs(p.Value - engineM0[p.Key]));
if (maxDiff > 1e-9) throw new InvalidOperationException($"engine and DuckDB disagree: max |ΔM0| = {maxDiff}");

double Median(IEnumerable<double> v) { var a = v.Order().ToArray(); return a[a.Length / 2]; }
var report = new Report(households, persons, rawBytes, Repeats, duck.Version,
    Median(point.Select(p => p.Build)), Median(point.Select(p => p.Estimate)),
    Median(withSe.Select(p => p.Build)), Median(withSe.Select(p => p.Estimate)), Median(duckTimes),
    allocatedPoint, allocatedSe, probe, maxDiff, withSe[^1].Result.Design, withSe[^1].Result.Levels.Count + withSe[^1].Result.Indicators.Count + withSe[^1].Result.Measures.Count);
var markdown = report.ToMarkdown();
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
File.WriteAllText(output, markdown);
Console.WriteLine(markdown);
