using System.CommandLine;
using System.Globalization;
using System.Text;
using HumanSecurity.Formats.Poverty;
using HumanSecurity.Poverty;
using HumanSecurity.Poverty.Perception;

namespace HumanSecurity.Cli.Commands;

/// <summary><c>hso poverty perception</c>: a perception (counting) index over person-level survey items.</summary>
internal static class PovertyPerceptionCommand
{
    public static Command Create()
    {
        var spec = new Option<string>("--spec") { Description = "Perception spec YAML, or a built-in name (perception-wvs).", Required = true };
        var data = new Option<string>("--data") { Description = "Person records CSV (one row per respondent).", Required = true };
        var output = new Option<string>("--out") { Description = "Output directory (bands.csv, levels.csv, indicators.csv, run.json).", Required = true };
        var noSe = new Option<bool>("--no-se") { Description = "Point estimates only." };
        var minCount = new Option<int>("--min-count") { Description = "Suppress cells with fewer unweighted persons than this.", DefaultValueFactory = _ => 0 };
        var command = new Command("perception", "Perception index: recode items to 0–1 insecurity, weight into dimensions, band persons, with SEs.")
        {
            spec, data, output, noSe, minCount,
        };
        command.SetAction(parse => CommandRunner.Run(() =>
            Run(parse.GetValue(spec)!, parse.GetValue(data)!, parse.GetValue(output)!, !parse.GetValue(noSe), parse.GetValue(minCount))));
        return command;
    }

    private static int Run(string specPath, string dataPath, string outDir, bool standardErrors, int minCount)
    {
        var spec = BuiltInPovertySpecs.LoadPerception(specPath);
        var table = SurveyCsvReader.ReadFile(dataPath);
        var result = PerceptionEstimator.Run(spec, table, Path.GetFileName(dataPath), standardErrors);
        var counting = Suppression.Apply(result.Counting, minCount, result.Sample, out var suppressed);
        var bands = Suppression.Apply(result.Bands, minCount, result.Sample, out var suppressedBands);
        PovertyOutputWriter.Write(outDir, counting, result.Sample, PerceptionEstimator.CountingSpec(spec),
            new RunInfo(Path.GetFileName(dataPath), null, minCount, suppressed + suppressedBands, new Dictionary<string, double>()));
        WriteBands(Path.Combine(outDir, "bands.csv"), bands);
        Console.WriteLine($"perception: {result.Sample.Count} of {result.RowsRead} persons scored; results in {outDir}");
        return ExitCodes.Ok;
    }

    private static void WriteBands(string path, IEnumerable<Estimate> rows)
    {
        var sb = new StringBuilder("t,over,group,band,measure,value,se,ci_low,ci_high,n,weighted_n\n");
        foreach (var e in rows)
            sb.Append(CultureInfo.InvariantCulture,
                $"{e.Round},{e.Over},{e.Group},{e.Indicator},{e.Measure},{PovertyOutputWriter.F(e.Value)},{PovertyOutputWriter.F(e.Se)},{PovertyOutputWriter.F(e.CiLow)},{PovertyOutputWriter.F(e.CiHigh)},{PovertyOutputWriter.F(e.N)},{PovertyOutputWriter.F(e.WeightedN)}\n");
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }
}
