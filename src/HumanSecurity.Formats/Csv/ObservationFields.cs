using System.Globalization;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Csv;

/// <summary>Parsing and checking of the cells shared by the long and wide observation layouts. Thread-safe: used from
/// Sep's parallel row functions.</summary>
internal sealed class ObservationFields(string file, CodeIndex indicators, CodeIndex areas, Interner interner)
{
    public static IReadOnlyList<string> Statuses { get; } =
        [ObservationStatus.Normal, ObservationStatus.Estimated, ObservationStatus.Forecast, ObservationStatus.Provisional, ObservationStatus.Imputed, ObservationStatus.Missing];

    public string File => file;

    public CodeIndex Indicators => indicators;

    public CodeIndex Areas => areas;

    public void Indicator(ref ParsedObservation row, ReadOnlySpan<char> text, string column)
    {
        text = text.Trim();
        row.Indicator = indicators.IdOf(text);
        if (row.Indicator >= 0) return;
        row.Error(Problem.At(file, row.Line, column), text.IsEmpty
            ? "indicator code is empty; expected a code from the indicator catalogue"
            : $"unknown indicator '{text}'; expected an indicator in the store (import the catalogue first)");
    }

    public void Area(ref ParsedObservation row, ReadOnlySpan<char> text, string column)
    {
        text = text.Trim();
        row.Area = areas.IdOf(text);
        if (row.Area >= 0) return;
        row.Error(Problem.At(file, row.Line, column), text.IsEmpty
            ? "area code is empty; expected an area code from the gazetteer"
            : $"unknown area '{text}'; expected an area in the store (import the gazetteer first)");
    }

    public void Period(ref ParsedObservation row, ReadOnlySpan<char> text, string column)
    {
        if (Observations.Period.TryParse(text, out row.Period)) return;
        row.Error(Problem.At(file, row.Line, column), $"'{text.Trim()}' is not a period; expected {Observations.Period.ExpectedForms}");
    }

    /// <summary>Parses a value; an empty cell is allowed only with status M (missing) and is stored as NaN.</summary>
    public void Value(ref ParsedObservation row, ReadOnlySpan<char> text, string column)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            row.Value = double.NaN;
            if (row.Status != ObservationStatus.Missing)
                row.Error(Problem.At(file, row.Line, column), "value is empty; expected a number (or status M for a missing value)");
            return;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out row.Value) && double.IsFinite(row.Value)) return;
        row.Error(Problem.At(file, row.Line, column), $"'{text}' is not a number; expected a finite decimal number such as 12.5");
    }

    /// <summary>A disaggregation code: empty means total (<c>_T</c>).</summary>
    public string Dimension(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.IsEmpty ? Disaggregation.TotalCode : interner.Intern(text);
    }

    public void Status(ref ParsedObservation row, ReadOnlySpan<char> text, string column)
    {
        text = text.Trim();
        if (text.IsEmpty) { row.Status = null; return; }
        foreach (var s in Statuses)
        {
            if (text.Equals(s, StringComparison.OrdinalIgnoreCase)) { row.Status = s; return; }
        }
        row.Error(Problem.At(file, row.Line, column), $"'{text}' is not an observation status; expected one of {string.Join(", ", Statuses)} or empty");
    }

    public string? Optional(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.IsEmpty ? null : interner.Intern(text);
    }
}
