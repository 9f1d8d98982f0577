using HumanSecurity.Areas;
using HumanSecurity.Formats.Text;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Hxl;

/// <summary>Streams the observations of an HXL table in chunks, following an <see cref="HxlLayout"/>; collects the areas
/// seen and records a located problem for every bad cell (the caller decides whether to commit).</summary>
public sealed class HxlObservationReader(HxlTable table, HxlLayout layout, ProblemList problems, string? source = null)
{
    private readonly Dictionary<string, Area> _areas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Period> _periodCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    // Long-form optional columns, looked up once: sex, age, group, disability, urbanisation, status, source (-1: absent).
    private static readonly string[] ExtraTags = ["#x_sex", "#x_age", "#x_group", "#x_disability", "#x_urbanisation", "#x_obsstatus", "#meta+source"];
    private readonly int[] _extra = ExtraColumns(layout);
    private Disaggregation? _lastDisaggregation;
    private string? _lastPeriodText;
    private Period _lastPeriod;

    /// <summary>Column indexes of the long-form optional columns, in <see cref="ExtraTags"/> order (-1: absent).</summary>
    internal static int[] ExtraColumns(HxlLayout layout) => [.. ExtraTags.Select(t => layout.LongExtras.TryGetValue(t, out var c) ? c.Index : -1)];

    /// <summary>Areas seen (code, name if a name column exists, parent if a coarser code column exists).</summary>
    public IReadOnlyCollection<Area> Areas => _areas.Values;

    /// <summary>Long form: the first label (<c>#indicator+name</c>) given for each indicator code.</summary>
    public IReadOnlyDictionary<string, string> IndicatorNames => _names;

    /// <summary>Optional check of each observation against the store (areas known, keys unique).</summary>
    public Import.ObservationGate? Gate { get; init; }

    /// <summary>With a <see cref="Gate"/>: matches area names the store does not know as codes (<c>--match-areas</c>).</summary>
    public Import.AreaResolver? Names { get; init; }

    /// <summary>Data rows read (blank rows excluded).</summary>
    public long Rows { get; private set; }

    /// <summary>Observations produced.</summary>
    public long Observations { get; private set; }

    /// <summary>Yields chunks of at most <paramref name="chunkSize"/> observations (a new chunk each time).</summary>
    public IEnumerable<ObservationChunk> ReadChunks(int chunkSize = 65_536)
    {
        var chunk = new ObservationChunk(chunkSize);
        foreach (var row in ReadAhead.Of(table.Rows()))
        {
            if (row.IsBlank) continue;
            Rows++;
            if (table.RowLengthProblem(row.Cells.Length, LastText(row)) is { } lengthProblem)
            {
                problems.Error(Problem.At(table.File, row.Line), lengthProblem);
                continue;
            }
            var area = AreaOf(row);
            if (!PeriodOf(row, out var period) || area is null || !Matched(row, ref area)) continue;
            foreach (var v in layout.Values)
            {
                var text = row.Cell(v.Column.Index);
                if (string.IsNullOrWhiteSpace(text)) continue;
                if (!ValueParsing.TryNumber(text, out var value))
                {
                    problems.Error(Problem.At(table.File, row.Line, v.Column.Label), $"'{SafeText.Echo(text)}' is not a number");
                    continue;
                }
                if (!Observation(row, v, out var indicator, out var d, out var status, out var src)) continue;
                if (Gate is not null && !Gate.Accept(indicator, area, period, d, table.File, row.Line, v.Column.Label)) continue;
                chunk.Add(indicator, area, period, d, value, status, src);
                Observations++;
                if (chunk.IsFull)
                {
                    yield return chunk;
                    chunk = new ObservationChunk(chunkSize);
                }
            }
        }
        if (chunk.Count > 0) yield return chunk;
    }

    private bool Observation(TextRow row, HxlValueColumn v, out string indicator, out Disaggregation d, out string? status, out string? src)
    {
        indicator = v.Indicator;
        d = v.Disaggregation;
        status = null;
        src = source;
        if (!layout.IsLongForm) return true;
        indicator = row.Cell(layout.IndicatorColumn!.Index).Trim();
        if (indicator.Length == 0)
        {
            problems.Error(Problem.At(table.File, row.Line, layout.IndicatorColumn.Label), "indicator code is empty");
            return false;
        }
        if (layout.IndicatorNameColumn is { } nc && !_names.ContainsKey(indicator) && row.Cell(nc.Index).Trim() is { Length: > 0 } name) _names[indicator] = name;
        string sex = Code(row, 0, d.Sex), age = Code(row, 1, d.Age), group = Code(row, 2, d.Group),
            disability = Code(row, 3, d.Disability), urban = Code(row, 4, d.Urbanisation);
        var last = _lastDisaggregation;
        if (last is null || last.Sex != sex || last.Age != age || last.Group != group || last.Disability != disability || last.Urbanisation != urban)
        {
            var dd = new Disaggregation(sex, age, group, disability, urban);
            _lastDisaggregation = last = dd.IsTotal ? Disaggregation.Total : dd;
        }
        d = last;
        status = _extra[5] >= 0 ? NullIfEmpty(Code(row, 5, "")) : null;
        src = _extra[6] >= 0 ? NullIfEmpty(Code(row, 6, "")) ?? source : source;
        return true;
    }

    private static int LastText(TextRow row)
    {
        for (var i = row.Cells.Length - 1; i >= 0; i--)
            if (!string.IsNullOrWhiteSpace(row.Cells[i])) return i;
        return -1;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private string Code(TextRow row, int extra, string fallback) =>
        _extra[extra] is var index and >= 0 && row.Cell(index).Trim() is { Length: > 0 } t ? t : fallback;

    private string? AreaOf(TextRow row)
    {
        if (layout.AreaColumn is not { } column) return null;
        var code = row.Cell(column.Index).Trim();
        if (code.Length == 0)
        {
            problems.Error(Problem.At(table.File, row.Line, column.Label), "area is empty; expected an area code");
            return null;
        }
        if (!_areas.ContainsKey(code))
        {
            var name = layout.AreaNameColumn is { } n ? row.Cell(n.Index).Trim() : "";
            var parent = layout.ParentColumn is { } p ? row.Cell(p.Index).Trim() : "";
            _areas[code] = new Area(code, name.Length > 0 ? name : code, layout.AreaKind, parent.Length > 0 ? parent : null);
        }
        return code;
    }

    /// <summary>With <see cref="Names"/>: an area text the store does not have as a code is matched as a name; false
    /// when it cannot be (the first row of each such name gets the error, or rows are skipped).</summary>
    private bool Matched(TextRow row, ref string area)
    {
        if (Names is null || Gate is null || Gate.AreaId(area) >= 0) return true;
        var parent = layout.MatchParentColumn is { } p ? row.Cell(p.Index).Trim() : "";
        var column = layout.AreaColumn!.Label;
        return Names.TryArea(Gate, area, parent, row.Line, Problem.At(table.File, row.Line, column), problems, out area);
    }

    private bool PeriodOf(TextRow row, out Period period)
    {
        period = layout.FixedPeriod ?? default;
        if (layout.PeriodColumn is not { } column) return layout.FixedPeriod is not null;
        var text = row.Cell(column.Index);
        if (ReferenceEquals(text, _lastPeriodText)) { period = _lastPeriod; return true; } // cells are pooled: same text, same instance
        if (_periodCache.TryGetValue(text, out period))
        {
            (_lastPeriodText, _lastPeriod) = (text, period);
            return true;
        }
        if (ValueParsing.TryPeriod(text, out period))
        {
            if (_periodCache.Count < 10_000) _periodCache[text] = period;
            return true;
        }
        if (string.IsNullOrWhiteSpace(text) && layout.FixedPeriod is { } f) { period = f; return true; }
        problems.Error(Problem.At(table.File, row.Line, column.Label), $"'{SafeText.Echo(text)}' is not a date or period; expected {Period.ExpectedForms}");
        return false;
    }
}
