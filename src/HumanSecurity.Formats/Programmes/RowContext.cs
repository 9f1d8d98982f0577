using System.Globalization;

namespace HumanSecurity.Formats.Programmes;

/// <summary>One CSV row being parsed: typed cell access that records located problems.</summary>
internal sealed class RowContext(string file, int line, Dictionary<string, string> cells, ProblemList problems)
{
    private static readonly char[] ListSeparators = ['|', ';'];

    public int Line => line;

    public string Get(string column) => cells.TryGetValue(column, out var v) ? v.Trim() : "";

    public void Error(string column, string value, string expected) =>
        problems.Error(Problem.At(file, line, column), $"'{value}' is not valid; expected {expected}");

    public IReadOnlyList<string> List(string column) =>
        Get(column).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public DateOnly? Date(string column)
    {
        var text = Get(column);
        if (text.Length == 0) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Error(column, text, "a date YYYY-MM-DD");
        return null;
    }

    public double? Amount(string column)
    {
        var text = Get(column);
        if (text.Length == 0) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0) return v;
        Error(column, text, "a non-negative number such as 1500000");
        return null;
    }

    public bool Flag(string column)
    {
        var text = Get(column).ToLowerInvariant();
        switch (text)
        {
            case "" or "false" or "no" or "0": return false;
            case "true" or "yes" or "1": return true;
            default:
                Error(column, text, "true or false (also yes/no, 1/0)");
                return false;
        }
    }
}
