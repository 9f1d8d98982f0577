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
    private Disaggregation? _lastDisaggregation;

    /// <summary>Areas seen (code, name if a name column exists, parent if a coarser code column exists).</summary>
    public IReadOnlyCollection<Area> Areas => _areas.Values;

    /// <summary>Optional check of each observation against the store (areas known, keys unique).</summary>
    public Import.ObservationGate? Gate { get; init; }

    /// <summary>Data rows read (blank rows excluded).</summary>
    public long Rows { get; private set; }

    /// <summary>Observations produced.</summary>
    public long Observations { get; private set; }

    /// <summary>Yields chunks of at most <paramref name="chunkSize"/> observations (a new chunk each time).</summary>
    public IEnumerable<ObservationChunk> ReadChunks(int chunkSize = 65_536)
    {
        var chunk = new ObservationChunk(chunkSize);
        foreach (var row in table.Rows())
        {
            if (row.IsBlank) continue;
            Rows++;
            var area = AreaOf(row);
            if (!PeriodOf(row, out var period) || area is null) continue;
            foreach (var v in layout.Values)
            {
                var text = row.Cell(v.Column.Index);
                if (string.IsNullOrWhiteSpace(text)) continue;
                if (!ValueParsing.TryNumber(text, out var value))
                {
                    problems.Error(Problem.At(table.File, row.Line, v.Column.Label), $"'{text}' is not a number");
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
        var x = layout.LongExtras;
        string sex = Code(x, row, "#x_sex", d.Sex), age = Code(x, row, "#x_age", d.Age), group = Code(x, row, "#x_group", d.Group),
            disability = Code(x, row, "#x_disability", d.Disability), urban = Code(x, row, "#x_urbanisation", d.Urbanisation);
        var last = _lastDisaggregation;
        if (last is null || last.Sex != sex || last.Age != age || last.Group != group || last.Disability != disability || last.Urbanisation != urban)
        {
            var dd = new Disaggregation(sex, age, group, disability, urban);
            _lastDisaggregation = last = dd.IsTotal ? Disaggregation.Total : dd;
        }
        d = last;
        status = x.ContainsKey("#x_obsstatus") ? NullIfEmpty(Code(x, row, "#x_obsstatus", "")) : null;
        src = x.ContainsKey("#meta+source") ? NullIfEmpty(Code(x, row, "#meta+source", "")) ?? source : source;
        return true;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private static string Code(IReadOnlyDictionary<string, HxlColumn> extras, TextRow row, string tag, string fallback) =>
        extras.TryGetValue(tag, out var c) && row.Cell(c.Index).Trim() is { Length: > 0 } t ? t : fallback;

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

    private bool PeriodOf(TextRow row, out Period period)
    {
        period = layout.FixedPeriod ?? default;
        if (layout.PeriodColumn is not { } column) return layout.FixedPeriod is not null;
        var text = row.Cell(column.Index);
        if (_periodCache.TryGetValue(text, out period)) return true;
        if (ValueParsing.TryPeriod(text, out period))
        {
            if (_periodCache.Count < 10_000) _periodCache[text] = period;
            return true;
        }
        if (string.IsNullOrWhiteSpace(text) && layout.FixedPeriod is { } f) { period = f; return true; }
        problems.Error(Problem.At(table.File, row.Line, column.Label), $"'{text}' is not a date or period; expected {Period.ExpectedForms}");
        return false;
    }
}
