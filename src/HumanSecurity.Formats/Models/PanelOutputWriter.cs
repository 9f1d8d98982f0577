using System.Globalization;
using System.Text;
using HumanSecurity.Indices;

namespace HumanSecurity.Formats.Models;

/// <summary>Writes a panel's outputs: <c>panel/scores.csv</c>, <c>panel/trends.csv</c>, <c>panel/changes.csv</c>.</summary>
public static class PanelOutputWriter
{
    /// <summary>Writes the three panel files into <paramref name="directory"/> (created).</summary>
    public static void Write(IndexPanel panel, string directory)
    {
        ArgumentNullException.ThrowIfNull(panel);
        Directory.CreateDirectory(directory);
        WriteScores(panel, Path.Combine(directory, "scores.csv"));
        WriteTrends(PanelAnalysis.Trends(panel), Path.Combine(directory, "trends.csv"));
        WriteChanges(PanelAnalysis.Changes(panel), Path.Combine(directory, "changes.csv"));
    }

    /// <summary><c>period,unit,node,level,score,rank[,class]</c>: every period's scores (ranks within the period).</summary>
    public static void WriteScores(IndexPanel panel, string path)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var classes = panel.Latest.Tree.Model.Classes.Count > 0;
        var sb = new StringBuilder(classes ? "period,unit,node,level,score,rank,class\n" : "period,unit,node,level,score,rank\n");
        for (var r = 0; r < panel.Runs.Count; r++)
        {
            var run = panel.Runs[r];
            var period = Num(run.Period ?? double.NaN);
            for (var u = 0; u < run.Units.Length; u++)
                for (var n = 0; n < run.Tree.NodeCount; n++)
                {
                    sb.Append(period).Append(',').Append(CoinrImporter.Csv(run.Units[u])).Append(',').Append(CoinrImporter.Csv(run.Tree.Codes[n])).Append(',')
                      .Append(run.Tree.Levels[n].ToString(CultureInfo.InvariantCulture)).Append(',').Append(Num(run.Scores[n][u])).Append(',')
                      .Append(run.Ranks[n][u] == 0 ? "" : run.Ranks[n][u].ToString(CultureInfo.InvariantCulture));
                    if (classes) sb.Append(',').Append(CoinrImporter.Csv(run.ClassOf(n, u) ?? ""));
                    sb.Append('\n');
                }
        }
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary><c>unit,node,first_period,last_period,first,last,change,cagr</c> (CAGR empty when undefined).</summary>
    public static void WriteTrends(IEnumerable<PanelTrend> trends, string path)
    {
        ArgumentNullException.ThrowIfNull(trends);
        var sb = new StringBuilder("unit,node,first_period,last_period,first,last,change,cagr\n");
        foreach (var t in trends)
            sb.Append(CoinrImporter.Csv(t.Unit)).Append(',').Append(CoinrImporter.Csv(t.Node)).Append(',').Append(Num(t.FirstPeriod)).Append(',')
              .Append(Num(t.LastPeriod)).Append(',').Append(Num(t.First)).Append(',').Append(Num(t.Last)).Append(',')
              .Append(Num(t.Change)).Append(',').Append(Num(t.Cagr)).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary><c>unit,node,indicator,contribution</c>: per unit, the top node's change between its first and last scored
    /// period shared among indicators (they sum to the change in <c>trends.csv</c>).</summary>
    public static void WriteChanges(IEnumerable<PanelChange> changes, string path)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var sb = new StringBuilder("unit,node,indicator,contribution\n");
        foreach (var c in changes)
            sb.Append(CoinrImporter.Csv(c.Unit)).Append(',').Append(CoinrImporter.Csv(c.Node)).Append(',').Append(CoinrImporter.Csv(c.Indicator)).Append(',')
              .Append(Num(c.Contribution)).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    private static string Num(double v) => IndexOutputWriter.Num(v);
}
