using System.Globalization;
using System.Text;
using HumanSecurity.Indices;

namespace HumanSecurity.Formats.Models;

/// <summary>Writes the outputs of an index run: <c>scores.csv</c> (long) and <c>steps/*.csv</c> (wide); <c>run.json</c> is the
/// run manifest (<see cref="Runs.RunManifestFile"/>).</summary>
public static class IndexOutputWriter
{
    /// <summary>Long form <c>unit,node,level,score,rank[,class]</c>, one row per unit and node; missing scores and ranks are empty.</summary>
    public static void WriteScores(IndexRun run, string path)
    {
        ArgumentNullException.ThrowIfNull(run);
        var classes = run.Tree.Model.Classes.Count > 0;
        var sb = new StringBuilder(classes ? "unit,node,level,score,rank,class\n" : "unit,node,level,score,rank\n");
        for (var u = 0; u < run.Units.Length; u++)
        {
            for (var n = 0; n < run.Tree.NodeCount; n++)
            {
                var s = run.Scores[n][u];
                sb.Append(CoinrImporter.Csv(run.Units[u])).Append(',').Append(CoinrImporter.Csv(run.Tree.Codes[n])).Append(',')
                  .Append(run.Tree.Levels[n].ToString(CultureInfo.InvariantCulture)).Append(',').Append(Num(s)).Append(',')
                  .Append(run.Ranks[n][u] == 0 ? "" : run.Ranks[n][u].ToString(CultureInfo.InvariantCulture));
                if (classes) sb.Append(',').Append(CoinrImporter.Csv(run.ClassOf(n, u) ?? ""));
                sb.Append('\n');
            }
        }
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>One wide CSV per kept step, first column <c>unit</c>.</summary>
    public static void WriteSteps(IndexRun run, string directory)
    {
        ArgumentNullException.ThrowIfNull(run);
        Directory.CreateDirectory(directory);
        foreach (var (step, units, values) in run.Steps)
        {
            var codes = step == "aggregated" ? run.Tree.Codes[run.Tree.IndicatorCount..] : run.Tree.Codes[..run.Tree.IndicatorCount];
            var sb = new StringBuilder("unit");
            foreach (var c in codes) sb.Append(',').Append(CoinrImporter.Csv(c));
            sb.Append('\n');
            for (var u = 0; u < units.Length; u++)
            {
                sb.Append(CoinrImporter.Csv(units[u]));
                foreach (var col in values) sb.Append(',').Append(Num(col[u]));
                sb.Append('\n');
            }
            File.WriteAllText(Path.Combine(directory, step + ".csv"), sb.ToString());
        }
    }

    /// <summary>Reliability beside every score: <c>unit,node,missing_share,imputed_share</c> over the indicators under each node.</summary>
    public static void WriteReliability(IndexRun run, string path)
    {
        ArgumentNullException.ThrowIfNull(run);
        var rel = Reliability.Compute(run);
        var sb = new StringBuilder("unit,node,missing_share,imputed_share\n");
        for (var u = 0; u < run.Units.Length; u++)
            for (var n = 0; n < run.Tree.NodeCount; n++)
                sb.Append(CoinrImporter.Csv(run.Units[u])).Append(',').Append(CoinrImporter.Csv(run.Tree.Codes[n])).Append(',')
                  .Append(Num(rel.MissingShare[n][u])).Append(',').Append(Num(rel.ImputedShare[n][u])).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary><c>ranks.csv</c>: <c>unit,node,nominal_rank,median_rank,p05,p95</c>.</summary>
    public static void WriteRanks(SensitivityResult result, string path)
    {
        var sb = new StringBuilder("unit,node,nominal_rank,median_rank,p05,p95\n");
        foreach (var r in result.Ranks)
            sb.Append(CoinrImporter.Csv(r.Unit)).Append(',').Append(CoinrImporter.Csv(r.Node)).Append(',')
              .Append(r.NominalRank == 0 ? "" : r.NominalRank.ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(Num(r.MedianRank)).Append(',').Append(Num(r.P05)).Append(',').Append(Num(r.P95)).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary><c>sobol.csv</c>: <c>input,node,si,si_low,si_high,sti,sti_low,sti_high</c>.</summary>
    public static void WriteSobol(SensitivityResult result, string path)
    {
        var sb = new StringBuilder("input,node,si,si_low,si_high,sti,sti_low,sti_high\n");
        foreach (var s in result.Sobol)
            sb.Append(CoinrImporter.Csv(s.Input)).Append(',').Append(CoinrImporter.Csv(s.Node)).Append(',')
              .Append(Num(s.Index.Si)).Append(',').Append(Num(s.Index.SiLow)).Append(',').Append(Num(s.Index.SiHigh)).Append(',')
              .Append(Num(s.Index.Sti)).Append(',').Append(Num(s.Index.StiLow)).Append(',').Append(Num(s.Index.StiHigh)).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    internal static string Num(double v) => double.IsNaN(v) ? "" : v.ToString("R", CultureInfo.InvariantCulture);
}
