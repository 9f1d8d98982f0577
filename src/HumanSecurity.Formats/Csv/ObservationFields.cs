using System.Globalization;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Csv;

/// <summary>Parsing and checking of the cells shared by the long and wide observation layouts. Thread-safe: used from
/// Sep's parallel row functions. Problems of a row are kept here (column and message) under its
/// <see cref="ParsedObservation.ErrorKey"/> until the consumer, in file order, moves them to the problem list at the
/// row's line.</summary>
internal sealed class ObservationFields
{
    private readonly string _file;
    private readonly RowProblems _errors;
    private readonly int[] _statusIds;

    public ObservationFields(string file, CodeIndex indicators, CodeIndex areas, CodeIds codes)
    {
        (_file, Indicators, Areas, Codes) = (file, indicators, areas, codes);
        _errors = new RowProblems(file);
        _statusIds = [.. Statuses.Select(s => codes.Id(s))];
        TotalId = codes.Id(Disaggregation.TotalCode);
        MissingId = codes.Id(ObservationStatus.Missing);
    }

    public static IReadOnlyList<string> Statuses { get; } =
        [ObservationStatus.Normal, ObservationStatus.Estimated, ObservationStatus.Forecast, ObservationStatus.Provisional, ObservationStatus.Imputed, ObservationStatus.Missing];

    public string File => _file;

    public CodeIndex Indicators { get; }

    public CodeIndex Areas { get; }

    /// <summary>The texts of dimension, status and source ids.</summary>
    public CodeIds Codes { get; }

    /// <summary>Id of <c>_T</c> (total).</summary>
    public int TotalId { get; }

    /// <summary>Id of status <c>M</c> (missing).</summary>
    public int MissingId { get; }

    /// <summary>Records a problem of <paramref name="row"/> in <paramref name="column"/> (null: the whole row).</summary>
    public void Error(ref ParsedObservation row, string? column, string message)
    {
        row.HasErrors = true;
        _errors.Add(row.ErrorKey, column, message);
    }

    /// <summary>Moves the problems recorded for a row (once) to <paramref name="problems"/>, at the row's line.</summary>
    public void MoveErrors(in ParsedObservation row, ProblemList problems)
    {
        if (row.HasErrors) _errors.MoveTo(row.ErrorKey, row.Line, problems);
    }

    public void Indicator(ref ParsedObservation row, ReadOnlySpan<char> text, string column)
    {
        text = text.Trim();
        row.Indicator = Indicators.IdOf(text);
        if (row.Indicator >= 0) return;
        Error(ref row, column, text.IsEmpty
            ? "indicator code is empty; expected a code from the indicator catalogue"
            : $"unknown indicator '{SafeText.Echo(text)}'; expected an indicator in the store (import the catalogue first)");
    }

    /// <summary>Matches area names that are not codes (<c>--match-areas</c>); null: every area cell must be a code.</summary>
    public Import.AreaResolver? AreaNames { get; init; }

    /// <summary>An area cell: a code, or with <see cref="AreaNames"/> a name (within <paramref name="parent"/>, the
    /// <c>area_parent</c> cell, when given). An unresolved name leaves a token ≤ −2 in <see cref="ParsedObservation.Area"/>
    /// for <see cref="RejectArea"/>.</summary>
    public void Area(ref ParsedObservation row, ReadOnlySpan<char> text, ReadOnlySpan<char> parent, string column)
    {
        text = text.Trim();
        row.Area = Areas.IdOf(text);
        if (row.Area >= 0) return;
        if (AreaNames is { } names && !text.IsEmpty)
        {
            // On a parallel worker the row's first line is not known yet (the consumer sets it); its last line orders
            // the rows the same way and is the first line of every row without a quoted line break.
            row.Area = names.Resolve(text, parent.Trim(), row.Line > 0 ? row.Line : row.ErrorKey - 1);
            return;
        }
        Error(ref row, column, text.IsEmpty
            ? "area code is empty; expected an area code from the gazetteer"
            : $"unknown area '{SafeText.Echo(text)}'; expected an area in the store (import the gazetteer first)");
    }

    /// <summary>Whether the row's area is an unresolved name; if so it is handled (the first row of each name gets the
    /// error, or the row is skipped with <c>--skip-unmatched</c>) along with the row's other problems.</summary>
    public bool RejectArea(in ParsedObservation row, ProblemList problems)
    {
        if (row.Area > -2) return false;
        AreaNames!.Reject(row.Area, problems);
        MoveErrors(row, problems);
        return true;
    }

    public void Period(ref ParsedObservation row, ReadOnlySpan<char> text, string column)
    {
        if (Observations.Period.TryParse(text, out row.Period)) return;
        Error(ref row, column, $"'{SafeText.Echo(text.Trim())}' is not a period; expected {Observations.Period.ExpectedForms}");
    }

    /// <summary>Parses a value; an empty cell is allowed only with status M (missing) and is stored as NaN.</summary>
    public void Value(ref ParsedObservation row, ReadOnlySpan<char> text, string column)
    {
        text = text.Trim();
        if (text.IsEmpty)
        {
            row.Value = double.NaN;
            if (row.Status != MissingId)
                Error(ref row, column, "value is empty; expected a number (or status M for a missing value)");
            return;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out row.Value) && double.IsFinite(row.Value)) return;
        Error(ref row, column, $"'{SafeText.Echo(text)}' is not a number; expected a finite decimal number such as 12.5");
    }

    /// <summary>A disaggregation code: empty means total (<c>_T</c>).</summary>
    public int Dimension(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.IsEmpty ? TotalId : Codes.Id(text);
    }

    public void Status(ref ParsedObservation row, ReadOnlySpan<char> text, string column)
    {
        text = text.Trim();
        if (text.IsEmpty) { row.Status = 0; return; }
        for (var i = 0; i < Statuses.Count; i++)
        {
            if (text.Equals(Statuses[i], StringComparison.OrdinalIgnoreCase)) { row.Status = _statusIds[i]; return; }
        }
        Error(ref row, column, $"'{SafeText.Echo(text)}' is not an observation status; expected one of {string.Join(", ", Statuses)} or empty");
    }

    /// <summary>An optional text (source): 0 when empty.</summary>
    public int Optional(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        return text.IsEmpty ? 0 : Codes.Id(text);
    }
}
