using System.Globalization;
using HumanSecurity.Poverty;
using HumanSecurity.Storage;
using nietras.SeparatedValues;

namespace HumanSecurity.Formats.Runs;

/// <summary>Reads back the result files a file-mode run wrote, for <c>hso verify</c>: an index run's <c>scores.csv</c>
/// and a poverty run's <c>levels.csv</c>. Errors name the file, line and column.</summary>
public static class ResultCsv
{
    /// <summary><c>unit,node,level,score,rank[,class]</c> as score rows of <paramref name="period"/> (the file has one period).</summary>
    public static IReadOnlyList<ScoreRow> ReadIndexScores(string path, string? period) => Read(path, ["unit", "node", "level", "score", "rank"], (row, file, header) =>
        new ScoreRow(row["unit"].ToString(), row["node"].ToString(), Int(row, "level", file), period, Number(row, "score", file), Int(row, "rank", file),
            header.Contains("class") && row["class"].Span.Length > 0 ? row["class"].ToString() : null));

    /// <summary><c>t,over,group,k,measure,value,se,...</c> as level estimates.</summary>
    public static IReadOnlyList<Estimate> ReadPovertyLevels(string path) => Read(path, ["t", "over", "group", "k", "measure", "value", "se"], (row, file, _) =>
        new Estimate(row["t"].ToString(), row["over"].ToString(), row["group"].ToString(), row["k"].ToString(), "", row["measure"].ToString(),
            Number(row, "value", file), Number(row, "se", file), double.NaN, double.NaN, double.NaN, double.NaN));

    private static List<T> Read<T>(string path, string[] columns, Func<SepReader.Row, string, IReadOnlyList<string>, T> map)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path)) throw new InvalidInputException(file, "result file not found next to run.json");
        using var reader = Sep.Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).FromFile(path);
        foreach (var c in columns)
            if (!reader.Header.ColNames.Contains(c)) throw new InvalidInputException(Problem.At(file, 1), $"expected a column '{c}'");
        var rows = new List<T>();
        var header = reader.Header.ColNames;
        foreach (var row in reader) rows.Add(map(row, file, header));
        return rows;
    }

    private static double Number(SepReader.Row row, string column, string file)
    {
        var text = row[column].Span;
        if (text.Length == 0) return double.NaN;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
            : throw new InvalidInputException(Problem.At(file, row.LineNumberFrom, column), $"'{text}' is not a number");
    }

    private static int Int(SepReader.Row row, string column, string file)
    {
        var text = row[column].Span;
        if (text.Length == 0) return 0;
        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v
            : throw new InvalidInputException(Problem.At(file, row.LineNumberFrom, column), $"'{text}' is not a whole number");
    }
}
