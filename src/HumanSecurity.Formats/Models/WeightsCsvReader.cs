using System.Globalization;
using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Models;

/// <summary>Reads a weights override file (<c>--weights</c>): columns <c>iCode,Weight</c> (COINr's names), one row per
/// indicator or node. Every problem is located: a row with another cell count, an unknown column, an empty code, a code
/// given twice, a weight that is not a number ≥ 0, a file with no rows.</summary>
public static class WeightsCsvReader
{
    private static readonly string[] Columns = ["iCode", "Weight"];

    /// <exception cref="InvalidInputException">The file is missing or holds any of the problems above.</exception>
    public static Dictionary<string, double> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new InvalidInputException(path, "weights file not found");
        var file = Path.GetFileName(path);
        using var reader = TextDecoding.Open(path);
        using var rows = DelimitedText.ReadRows(reader, ',', file).GetEnumerator();
        if (!rows.MoveNext()) throw new InvalidInputException(Problem.At(file, 1), "weights file is empty; expected a header iCode,Weight");
        var problems = new ProblemList();
        var header = rows.Current.Cells.Select(c => c.Trim().TrimStart('\uFEFF')).ToArray();
        var code = Array.IndexOf(header, Columns[0]);
        var weight = Array.IndexOf(header, Columns[1]);
        for (var i = 0; i < header.Length; i++)
            if (!Columns.Contains(header[i], StringComparer.Ordinal))
                problems.Error(Problem.At(file, 1, header[i]), $"unknown column '{header[i]}'; expected exactly the columns iCode,Weight");
        foreach (var (name, index) in new[] { (Columns[0], code), (Columns[1], weight) })
            if (index < 0) problems.Error(Problem.At(file, 1), $"weights file needs columns iCode,Weight; '{name}' is missing");
        problems.ThrowIfErrors();
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        while (rows.MoveNext()) ReadRow(rows.Current, header.Length, code, weight, file, weights, lines, problems);
        if (!problems.HasErrors && weights.Count == 0) problems.Error(Problem.At(file, 2), "weights file has no rows; expected one row per indicator or node");
        problems.ThrowIfErrors();
        return weights;
    }

    private static void ReadRow(TextRow row, int width, int code, int weight, string file, Dictionary<string, double> weights,
        Dictionary<string, int> lines, ProblemList problems)
    {
        if (row.IsBlank) return;
        if (row.Cells.Length != width)
        {
            problems.Error(Problem.At(file, row.Line), $"row has {row.Cells.Length} cell(s); expected {width} like the header");
            return;
        }
        var key = row.Cells[code].Trim();
        var text = row.Cells[weight].Trim();
        if (key.Length == 0) problems.Error(Problem.At(file, row.Line, "iCode"), "iCode is empty; expected an indicator or node code");
        else if (lines.TryGetValue(key, out var first)) problems.Error(Problem.At(file, row.Line, "iCode"), $"'{key}' is given twice; first on line {first}");
        else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) || !double.IsFinite(w) || w < 0)
            problems.Error(Problem.At(file, row.Line, "Weight"), $"'{text}' is not a weight; expected a number >= 0");
        else
        {
            weights[key] = w;
            lines[key] = row.Line;
        }
    }
}
