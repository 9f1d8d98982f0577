using System.Collections.Concurrent;
using HumanSecurity.Formats.Csv;
using HumanSecurity.Formats.Import;
using HumanSecurity.Formats.Text;
using HumanSecurity.Observations;
using nietras.SeparatedValues;

namespace HumanSecurity.Formats.Hxl;

/// <summary>The common HXL shape read fast: a delimited file in long form (an indicator column and one value column).
/// Rows are parsed from spans on Sep's parallel workers and checked by the <see cref="ObservationGate"/> in file order,
/// as the long-form CSV importer does, instead of first turning every cell into a string on one thread. The rules and
/// messages are those of <see cref="HxlObservationReader"/>, which reads every other shape (wide form, JSON); a test
/// runs both on the same files.</summary>
internal sealed class HxlLongFormReader
{
    private const int MaxCachedPeriods = 10_000;
    private readonly string _path;
    private readonly HxlTable _table;
    private readonly HxlLayout _layout;
    private readonly ProblemList _problems;
    private readonly string? _source;
    private readonly ObservationGate _gate;
    private readonly HxlValueColumn _value;
    private readonly int[] _extra;
    private readonly CodeIds _codes = new();
    private readonly RowProblems _errors;
    private readonly int _sourceId;
    private readonly int[] _fallbacks;
    // Per worker thread: the last text and id seen in each column (codes repeat row after row), valid for one code
    // table only. Keyed by the (small) code table rather than the reader, so a pool thread does not keep a finished
    // import's duplicate-key index alive.
    [ThreadStatic] private static (CodeIds? Owner, (string? Text, int Id)[] Last) t_memo;
    private readonly ConcurrentDictionary<string, Period> _periods = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, string> _labels = new();
    private readonly int _nameColumn;
    private readonly AreaResolver? _names;
    private readonly int _parentColumn;
    private readonly ConcurrentDictionary<string, Period>.AlternateLookup<ReadOnlySpan<char>> _periodLookup;

    public HxlLongFormReader(string path, HxlTable table, HxlLayout layout, ProblemList problems, string? source, ObservationGate gate, AreaResolver? names = null)
    {
        (_path, _table, _layout, _problems, _source, _gate, _names) = (path, table, layout, problems, source, gate, names);
        _parentColumn = layout.MatchParentColumn?.Index ?? -1;
        _value = layout.Values[0];
        _extra = HxlObservationReader.ExtraColumns(layout);
        _periodLookup = _periods.GetAlternateLookup<ReadOnlySpan<char>>();
        _errors = new RowProblems(table.File);
        _nameColumn = layout.IndicatorNameColumn?.Index ?? -1;
        _sourceId = source is null ? 0 : _codes.Id(source);
        var d = _value.Disaggregation;
        _fallbacks = [_codes.Id(d.Sex), _codes.Id(d.Age), _codes.Id(d.Group), _codes.Id(d.Disability), _codes.Id(d.Urbanisation)];
    }

    /// <summary>Whether this reader applies: long form with one value column, from a delimited file.</summary>
    public static bool Applies(string path, HxlLayout layout) =>
        layout.IsLongForm && layout.Values.Count == 1 && !Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Data rows read (blank rows excluded).</summary>
    public long Rows { get; private set; }

    /// <summary>The first label (<c>#indicator+name</c>) given for each indicator code.</summary>
    public IReadOnlyDictionary<string, string> IndicatorNames => _labels.ToDictionary(kv => _codes[kv.Key]!, kv => kv.Value, StringComparer.Ordinal);

    /// <summary>Reads every row, passing each full chunk to <paramref name="send"/>, which returns the chunk to fill next;
    /// after each chunk <paramref name="progress"/> gets the line reached.</summary>
    public async Task ReadAsync(Func<ObservationChunk, ValueTask<ObservationChunk>> send, Action<long>? progress, CancellationToken cancellationToken)
    {
        using var text = TextDecoding.Open(_path);
        using var sep = Sep.New(HxlReader.SeparatorOf(_path)).Reader(o => o with { HasHeader = false, DisableColCountCheck = true, Unescape = true }).From(text);
        var chunk = new ObservationChunk(65_536);
        Disaggregation? last = null;
        (int Sex, int Age, int Group, int Disability, int Urbanisation) lastCodes = default;
        // Lines and header records are counted here, in file order: Sep's LineNumberFrom and RowIndex are not reliable
        // under ParallelEnumerate (see RecordLines); workers parse header records like data and their problems are dropped.
        var lines = new RecordLines(1);
        var line = 0;
        var records = 0;
        IEnumerator<Row> rows = ParallelRows.Of(sep, Parse).GetEnumerator();
        try
        {
            while (Next(rows, ref lines, ref line))
            {
                var row = rows.Current;
                row.Line = line;
                if (records++ < _table.HeaderRecords || row.Kind == RowKind.Blank)
                {
                    if (row.HasErrors) _errors.Discard(row.End);
                    continue;
                }
                Rows++;
                if (row.HasErrors) _errors.MoveTo(row.End, row.Line, _problems);
                if (row.UnknownArea <= -2)
                {
                    _names!.Reject(row.UnknownArea, _problems);
                    continue;
                }
                if (row.Kind != RowKind.Observation) continue;
                if (last is null || row.Sex != lastCodes.Sex || row.Age != lastCodes.Age || row.Group != lastCodes.Group
                    || row.Disability != lastCodes.Disability || row.Urbanisation != lastCodes.Urbanisation)
                {
                    var d = new Disaggregation(_codes[row.Sex]!, _codes[row.Age]!, _codes[row.Group]!, _codes[row.Disability]!, _codes[row.Urbanisation]!);
                    last = d.IsTotal ? Disaggregation.Total : d;
                    lastCodes = (row.Sex, row.Age, row.Group, row.Disability, row.Urbanisation);
                }
                var area = row.AreaId >= 0 ? _gate.AreaCode(row.AreaId) : _codes[row.UnknownArea]!;
                var indicator = _codes[row.Indicator]!;
                if (!_gate.Accept(indicator, row.AreaId, area, row.Period, last, _table.File, row.Line, _value.Column.Label)) continue;
                chunk.Add(indicator, area, row.Period, last, row.Value, _codes[row.Status], _codes[row.Source]);
                if (!chunk.IsFull) continue;
                chunk = await send(chunk).ConfigureAwait(false);
                progress?.Invoke(row.Line);
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            rows.Dispose();
        }
        if (chunk.Count > 0) await send(chunk).ConfigureAwait(false);
    }

    private bool Next(IEnumerator<Row> rows, ref RecordLines lines, ref int line)
    {
        try
        {
            var more = rows.MoveNext();
            if (more) line = lines.Next(rows.Current.End);
            return more;
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or NotSupportedException or ArgumentException)
        {
            throw new InvalidInputException(Problem.At(_table.File, line + 1), $"cannot parse delimited text: {e.Message}");
        }
    }

    // Runs on Sep's workers: everything here must be thread-safe (interners and the period cache are).
    private Row Parse(SepReader.Row r)
    {
        var row = new Row { End = r.LineNumberToExcl, Kind = RowKind.Rejected };
        // Records that end by the tag row's line are the header (the consumer also counts them off): not parsed, so that
        // their cells are not taken for area names.
        if (r.LineNumberToExcl <= _table.TagRowLine + 1) return row;
        if (DelimitedText.HasOpenQuote(r))
        {
            Error(ref row, null, DelimitedText.OpenQuoteMessage);
            return row;
        }
        var lastText = LastText(r);
        if (lastText < 0) return row with { Kind = RowKind.Blank };
        if (_table.RowLengthProblem(r.ColCount, lastText) is { } lengthProblem)
        {
            Error(ref row, null, lengthProblem);
            return row;
        }
        var areaOk = Area(r, ref row);
        if (!Period(r, ref row) || !areaOk) return row;
        var valueText = Cell(r, _value.Column.Index);
        if (valueText.IsWhiteSpace()) return row;
        if (!ValueParsing.TryNumber(valueText, out row.Value))
        {
            Error(ref row, _value.Column.Label, $"'{SafeText.Echo(valueText)}' is not a number");
            return row;
        }
        var indicator = Cell(r, _layout.IndicatorColumn!.Index).Trim();
        if (indicator.IsEmpty)
        {
            Error(ref row, _layout.IndicatorColumn.Label, "indicator code is empty");
            return row;
        }
        row.Indicator = Id(indicator, _layout.IndicatorColumn.Index);
        // Only while an indicator has no label yet: a dictionary probe per row, and nothing without a label column.
        if (_nameColumn >= 0 && !_labels.ContainsKey(row.Indicator) && Cell(r, _nameColumn).Trim() is { IsEmpty: false } name) _labels.TryAdd(row.Indicator, name.ToString());
        (row.Sex, row.Age, row.Group) = (Code(r, 0), Code(r, 1), Code(r, 2));
        (row.Disability, row.Urbanisation) = (Code(r, 3), Code(r, 4));
        row.Status = _extra[5] >= 0 ? OptionalCode(r, 5) : 0;
        row.Source = _extra[6] >= 0 && OptionalCode(r, 6) is var s and > 0 ? s : _sourceId;
        row.Kind = RowKind.Observation;
        return row;
    }

    private void Error(ref Row row, string? column, string message)
    {
        row.HasErrors = true;
        _errors.Add(row.End, column, message);
    }

    private bool Area(SepReader.Row r, ref Row row)
    {
        if (_layout.AreaColumn is not { } column) return false;
        var code = Cell(r, column.Index).Trim();
        if (code.IsEmpty)
        {
            Error(ref row, column.Label, "area is empty; expected an area code");
            return false;
        }
        // Known areas are resolved here, on the worker; an unknown one keeps its text for the gate to report. With
        // --match-areas a name is matched (once per distinct name); an unresolved one keeps its token for the consumer.
        row.AreaId = _gate.AreaId(code);
        if (row.AreaId >= 0) return true;
        if (_names is null)
        {
            row.UnknownArea = _codes.Id(code);
            return true;
        }
        // The first line is set by the consumer; the last line orders rows the same way (see ObservationFields.Area).
        var id = _names.Resolve(code, _parentColumn >= 0 ? Cell(r, _parentColumn).Trim() : [], row.End - 1);
        if (id >= 0) row.AreaId = id;
        else row.UnknownArea = id;
        return true;
    }

    private bool Period(SepReader.Row r, ref Row row)
    {
        row.Period = _layout.FixedPeriod ?? default;
        if (_layout.PeriodColumn is not { } column) return _layout.FixedPeriod is not null;
        var text = Cell(r, column.Index);
        if (_periodLookup.TryGetValue(text, out row.Period)) return true;
        if (ValueParsing.TryPeriod(text, out row.Period))
        {
            if (_periods.Count < MaxCachedPeriods) _periods.TryAdd(text.ToString(), row.Period);
            return true;
        }
        if (text.IsWhiteSpace() && _layout.FixedPeriod is { } f)
        {
            row.Period = f;
            return true;
        }
        Error(ref row, column.Label, $"'{SafeText.Echo(text)}' is not a date or period; expected {Observations.Period.ExpectedForms}");
        return false;
    }

    // A disaggregation code: the cell's, else the value column's own (from its attributes, usually _T).
    private int Code(SepReader.Row r, int extra)
    {
        if (_extra[extra] is var index and >= 0)
        {
            var text = Cell(r, index).Trim();
            if (!text.IsEmpty) return Id(text, index);
        }
        return _fallbacks[extra];
    }

    private int Id(ReadOnlySpan<char> text, int column)
    {
        var memo = t_memo;
        if (!ReferenceEquals(memo.Owner, _codes)) t_memo = memo = (_codes, new (string?, int)[32]);
        if ((uint)column >= (uint)memo.Last.Length) return _codes.Id(text);
        ref var last = ref memo.Last[column];
        if (last.Text is { } known && text.SequenceEqual(known)) return last.Id;
        var id = _codes.Id(text);
        last = (_codes[id], id);
        return id;
    }

    // An optional text cell: 0 (none) when absent or blank.
    private int OptionalCode(SepReader.Row r, int extra)
    {
        var text = Cell(r, _extra[extra]).Trim();
        return text.IsEmpty ? 0 : Id(text, _extra[extra]);
    }

    private static ReadOnlySpan<char> Cell(SepReader.Row r, int index) => index < r.ColCount ? r[index].Span : [];

    // The index of the last cell with text, -1 for a blank row; from the end, so a full row costs one look.
    private static int LastText(SepReader.Row r)
    {
        for (var i = r.ColCount - 1; i >= 0; i--)
            if (!r[i].Span.IsWhiteSpace()) return i;
        return -1;
    }

    private enum RowKind : byte { Blank, Rejected, Observation }

    // Plain values only (texts as CodeIds ids, errors kept aside by end line): Sep copies rows between threads.
    private record struct Row
    {
        public int End;
        public int Line;
        public RowKind Kind;
        public bool HasErrors;
        public int AreaId;
        public int UnknownArea;
        public int Indicator;
        public Period Period;
        public double Value;
        public int Sex, Age, Group, Disability, Urbanisation, Status, Source;
    }
}
