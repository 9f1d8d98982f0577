using System.Globalization;
using HumanSecurity.Indices;
using nietras.SeparatedValues;

namespace HumanSecurity.Formats.Models;

/// <summary>Converts COINr's standard inputs (<c>iData</c>, <c>iMeta</c>) into a model and a data table.
/// iMeta <c>Type</c>: Indicator (leaves), Aggregate (nodes), Group and Denominator (columns carried over to the data).</summary>
public static class CoinrImporter
{
    private static readonly string[] RequiredMeta = ["iCode", "Type"];

    /// <summary>Reads both files; returns the model and the data CSV text (unit column <c>uCode</c>).</summary>
    public static (IndexModel Model, string DataCsv) Import(string iDataPath, string iMetaPath)
    {
        var meta = ReadCsv(iMetaPath);
        var metaFile = Path.GetFileName(iMetaPath);
        var problems = new ProblemList();
        foreach (var c in RequiredMeta)
            if (!meta.Header.Contains(c)) problems.Error(Problem.At(metaFile, 1), $"iMeta has no column '{c}'; expected COINr's columns Level, iCode, iName, Direction, Weight, Parent, Type");
        problems.ThrowIfErrors();
        var indicators = new List<ModelIndicator>();
        var nodes = new List<ModelNode>();
        var carried = new List<string>();
        for (var r = 0; r < meta.Rows.Count; r++)
        {
            var row = meta.Rows[r];
            var loc = Problem.At(metaFile, meta.Lines[r]);
            string Cell(string col) => meta.Header.IndexOf(col) is var i and >= 0 && i < row.Length ? row[i].Trim() : "";
            double? Num(string col)
            {
                var s = Cell(col);
                if (s.Length == 0 || s == "NA") return null;
                if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
                problems.Error(Problem.At(metaFile, meta.Lines[r], col), $"'{s}' is not a number");
                return null;
            }
            var code = Cell("iCode");
            var name = NullIfEmpty(Cell("iName"));
            switch (Cell("Type"))
            {
                case "Indicator":
                    if (NullIfEmpty(Cell("Parent")) is null) problems.Error(Problem.At(metaFile, meta.Lines[r], "Parent"), $"indicator '{code}' has no Parent");
                    indicators.Add(new ModelIndicator(code, Cell("Parent"))
                    {
                        Name = name, Direction = (int)(Num("Direction") ?? 1), Weight = Num("Weight") ?? 1,
                        Denominator = NullIfEmpty(Cell("Denominator")), Target = Num("Target"), Location = loc,
                    });
                    break;
                case "Aggregate":
                    nodes.Add(new ModelNode(code)
                    {
                        Name = name, Parent = NullIfEmpty(Cell("Parent")), Level = (int)(Num("Level") ?? 0), Weight = Num("Weight") ?? 1, Location = loc,
                    });
                    break;
                case "Group" or "Denominator" or "Other": carried.Add(code); break;
                case var t: problems.Error(Problem.At(metaFile, meta.Lines[r], "Type"), $"Type '{t}' is not one of Indicator, Aggregate, Group, Denominator, Other"); break;
            }
        }
        problems.ThrowIfErrors();
        var model = new IndexModel(Path.GetFileNameWithoutExtension(iMetaPath), indicators, nodes)
        {
            Title = "Imported from COINr iMeta " + metaFile,
            UnitColumn = "uCode",
            Defaults = new ModelDefaults { Normalise = NormaliseSpec.MinMax0To100, Aggregate = AggregateSpec.ArithmeticMean },
        };
        IndexTree.Compile(model);
        return (model, DataCsv(iDataPath, model, carried));
    }

    private static string DataCsv(string iDataPath, IndexModel model, List<string> carried)
    {
        var data = ReadCsv(iDataPath);
        var file = Path.GetFileName(iDataPath);
        var wanted = new List<string> { "uCode" };
        foreach (var c in new[] { "uName", "Time" }) if (data.Header.Contains(c)) wanted.Add(c);
        wanted.AddRange(carried);
        wanted.AddRange(model.Indicators.Select(i => i.Code));
        var problems = new ProblemList();
        foreach (var w in wanted.Where(w => !data.Header.Contains(w)))
            problems.Error(Problem.At(file, 1), $"iData has no column '{w}' (named in iMeta)");
        problems.ThrowIfErrors();
        var idx = wanted.Select(w => data.Header.IndexOf(w)).ToArray();
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        writer.WriteLine(string.Join(',', wanted.Select(Csv)));
        foreach (var row in data.Rows)
            writer.WriteLine(string.Join(',', idx.Select(i => Csv(i < row.Length ? row[i] : ""))));
        return writer.ToString();
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 || s == "NA" ? null : s;

    internal static string Csv(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    private static (List<string> Header, List<string[]> Rows, List<int> Lines) ReadCsv(string path)
    {
        if (!File.Exists(path)) throw new InvalidInputException(path, "file not found");
        try
        {
            using var reader = Sep.Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).FromFile(path);
            var header = reader.Header.ColNames.ToList();
            var rows = new List<string[]>();
            var lines = new List<int>();
            foreach (var row in reader)
            {
                var cells = new string[row.ColCount];
                for (var c = 0; c < row.ColCount; c++) cells[c] = row[c].ToString();
                if (cells.All(string.IsNullOrWhiteSpace)) continue;
                rows.Add(cells);
                lines.Add(row.LineNumberFrom);
            }
            return (header, rows, lines);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            throw new InvalidInputException(path, $"not a readable CSV file: {e.Message}");
        }
    }
}
