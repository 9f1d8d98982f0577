using System.Text.RegularExpressions;
using HumanSecurity.Areas;
using HumanSecurity.Formats.Text;
using nietras.SeparatedValues;

namespace HumanSecurity.Formats.Csv;

/// <summary>The optional gazetteer columns beyond the fixed layout: <c>name_&lt;lang&gt;</c> (a name in an ISO 639
/// language, or <c>name_ref</c> for a romanised reference name) and <c>valid_from</c>/<c>valid_to</c> (YYYY-MM-DD).</summary>
internal sealed partial class GazetteerExtras
{
    private readonly List<(int Index, string Language)> _names = [];
    private readonly string _file;

    private GazetteerExtras(string file) => _file = file;

    /// <summary>Optional columns with a fixed name.</summary>
    public static IReadOnlyList<string> Validity { get; } = ["valid_from", "valid_to"];

    /// <summary>Keeps the <c>name_&lt;lang&gt;</c> columns among the header's other columns; reports the rest as unknown.</summary>
    public static GazetteerExtras Map(CsvFile csv, CsvColumns columns, string expected, ProblemList problems)
    {
        var extras = new GazetteerExtras(csv.FileName);
        foreach (var (index, name) in columns.Others)
        {
            var m = NameColumn().Match(name);
            if (m.Success) extras._names.Add((index, m.Groups[1].Value.ToLowerInvariant()));
            else problems.Error(Problem.At(csv.FileName, 1, name), $"unknown column '{name}'; expected {expected} or name_<lang> (e.g. name_fr)");
        }
        return extras;
    }

    /// <summary>Names given on a row, by language (empty cells skipped).</summary>
    public Dictionary<string, string> Names(SepReader.Row row)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (index, language) in _names)
            if (row[index].Span.Trim() is { Length: > 0 } text) names[language] = text.ToString();
        return names;
    }

    /// <summary>A validity date, or null when the cell is empty or not a date (then with a located error).</summary>
    public DateOnly? Date(string text, int line, string column, ProblemList problems)
    {
        if (text.Length == 0) return null;
        if (ValueParsing.TryDate(text, out var d)) return d;
        problems.Error(Problem.At(_file, line, column), $"'{text}' is not a date; expected YYYY-MM-DD");
        return null;
    }

    /// <summary>Reports a validity range that ends before it starts.</summary>
    public void CheckRange(Area area, int line, ProblemList problems)
    {
        if (area.ValidFrom is { } from && area.ValidTo is { } to && to < from)
            problems.Error(Problem.At(_file, line, "valid_to"), $"valid_to {to:yyyy-MM-dd} of area '{area.Code}' is before valid_from {from:yyyy-MM-dd}; expected an end on or after the start");
    }

    [GeneratedRegex("^name_([a-z]{2,3}|ref)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameColumn();
}
