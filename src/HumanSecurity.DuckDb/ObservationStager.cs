using System.Runtime.CompilerServices;
using DuckDB.NET.Data;
using HumanSecurity.Observations;

namespace HumanSecurity.DuckDb;

/// <summary>Stages observations compactly: every text and period is dictionary-encoded in .NET, so each row costs
/// seven numeric appends (indicator, area, period, disaggregation, value, status, source) instead of thirteen mostly
/// string ones; <see cref="CopyToStore"/> decodes with joins while writing into the store table.</summary>
internal sealed class ObservationStager(DuckDBConnection connection, string stage) : IDisposable
{
    private readonly Dictionary<string, int> _text = new(StringComparer.Ordinal) { [""] = 0 };
    private readonly List<string?> _textList = [null];
    private readonly Dictionary<Period, int> _periods = [];
    private readonly List<Period> _periodList = [];
    private readonly Dictionary<long, int> _combos = [];
    private readonly List<(int Sex, int Age, int Group, int Disability, int Urbanisation)> _comboList = [];
    // Direct-mapped cache keyed by string reference: importers that hand over one string instance per distinct code
    // (interned, pooled) get their ids without hashing the text; other strings just miss and take the dictionary.
    private readonly string?[] _refTexts = new string?[RefSlots];
    private readonly int[] _refIds = new int[RefSlots];
    private DuckDBAppender? _appender;
    private bool _finished;
    private (string Sex, string Age, string Group, string Disability, string Urbanisation)? _lastCombo;
    private int _lastComboId;
    private Period _lastPeriod;
    private int _lastPeriodId = -1;

    private const int RefSlots = 1024;

    public long Count { get; private set; }

    public static void CreateTables(DuckDBConnection connection, string stage) => DuckDbStore.Execute(connection, $"""
        CREATE TABLE {stage}.obs (ind INTEGER, area INTEGER, period INTEGER, combo INTEGER, value DOUBLE, status INTEGER, source INTEGER);
        CREATE TABLE {stage}.dim_text (id INTEGER, text VARCHAR);
        CREATE TABLE {stage}.dim_period (id INTEGER, start DATE, kind TINYINT);
        CREATE TABLE {stage}.dim_combo (id INTEGER, sex VARCHAR, age VARCHAR, grp VARCHAR, disability VARCHAR, urbanisation VARCHAR);
        """);

    // Hot loop: seven numeric appends per row; ids come from the reference-keyed cache and the last combination/period.
    public void Append(ObservationChunk c)
    {
        if (_finished) throw new InvalidOperationException("Observations cannot be added once the import is committing.");
        _appender ??= connection.CreateAppender(stage, "main", "obs");
        for (var i = 0; i < c.Count; i++)
        {
            _appender.CreateRow().AppendValue(CachedId(c.Indicator[i])).AppendValue(CachedId(c.Area[i])).AppendValue(PeriodId(c.Period[i]))
                .AppendValue(ComboId(c.Sex[i], c.Age[i], c.Group[i], c.Disability[i], c.Urbanisation[i])).AppendValue(c.Value[i])
                .AppendValue(CachedId(c.Status[i])).AppendValue(CachedId(c.Source[i])).EndRow();
        }
        Count += c.Count;
    }

    private int CachedId(string? text)
    {
        if (text is null) return 0;
        var slot = RuntimeHelpers.GetHashCode(text) & (RefSlots - 1);
        if (ReferenceEquals(_refTexts[slot], text)) return _refIds[slot];
        _refTexts[slot] = text;
        return _refIds[slot] = TextId(text);
    }

    private int TextId(string? text)
    {
        if (text is null) return 0;
        if (_text.TryGetValue(text, out var id)) return id;
        _text[text] = id = _textList.Count;
        _textList.Add(text);
        return id;
    }

    private int PeriodId(Period p)
    {
        if (_lastPeriodId >= 0 && p == _lastPeriod) return _lastPeriodId;
        _lastPeriod = p;
        return _lastPeriodId = NewPeriodId(p);
    }

    private int NewPeriodId(Period p)
    {
        if (_periods.TryGetValue(p, out var id)) return id;
        _periods[p] = id = _periodList.Count;
        _periodList.Add(p);
        return id;
    }

    private int ComboId(string sex, string age, string group, string disability, string urbanisation)
    {
        // Rows of one slice share their code instances: five reference comparisons instead of five lookups.
        if (_lastCombo is (var ls, var la, var lg, var ld, var lu) && ReferenceEquals(ls, sex) && ReferenceEquals(la, age) && ReferenceEquals(lg, group)
            && ReferenceEquals(ld, disability) && ReferenceEquals(lu, urbanisation)) return _lastComboId;
        _lastCombo = (sex, age, group, disability, urbanisation);
        return _lastComboId = NewComboId(sex, age, group, disability, urbanisation);
    }

    private int NewComboId(string sex, string age, string group, string disability, string urbanisation)
    {
        int s = CachedId(sex), a = CachedId(age), g = CachedId(group), d = CachedId(disability), u = CachedId(urbanisation);
        // 5 ids of up to 12 bits each; beyond that (4096 distinct codes) fall back to a collision-free string key.
        var key = (s | a | g | d | u) < 4096 ? ((long)s << 48) | ((long)a << 36) | ((long)g << 24) | ((long)d << 12) | (uint)u
            : -1 - TextId(string.Join('\u0001', sex, age, group, disability, urbanisation));
        if (_combos.TryGetValue(key, out var id)) return id;
        _combos[key] = id = _comboList.Count;
        _comboList.Add((s, a, g, d, u));
        return id;
    }

    /// <summary>Closes the appender and writes the dictionaries into the staging database (before the store's
    /// transaction starts: one DuckDB transaction may write to one database only).</summary>
    public void FinishStaging()
    {
        if (_finished) return; // a commit retried after a failure must not write the dictionaries twice
        _finished = true;
        _appender?.Close();
        if (Count == 0) return;
        using (var t = connection.CreateAppender(stage, "main", "dim_text"))
            for (var i = 1; i < _textList.Count; i++) t.CreateRow().AppendValue(i).AppendValue(_textList[i]).EndRow();
        using (var p = connection.CreateAppender(stage, "main", "dim_period"))
            for (var i = 0; i < _periodList.Count; i++)
                p.CreateRow().AppendValue(i).AppendValue(_periodList[i].Start).AppendValue((sbyte)_periodList[i].Kind).EndRow();
        using (var k = connection.CreateAppender(stage, "main", "dim_combo"))
            for (var i = 0; i < _comboList.Count; i++)
            {
                var (s, a, g, d, u) = _comboList[i];
                k.CreateRow().AppendValue(i).AppendValue(_textList[s]).AppendValue(_textList[a]).AppendValue(_textList[g]).AppendValue(_textList[d]).AppendValue(_textList[u]).EndRow();
            }
    }

    /// <summary>Adds new disaggregation combinations and inserts the decoded rows into <c>main.observation_rows</c> (inside the store's transaction).</summary>
    public void CopyToStore(long datasetId)
    {
        if (Count == 0) return;
        DuckDbStore.Execute(connection, $"""
            INSERT INTO main.disaggregations
            SELECT (SELECT max(id) FROM main.disaggregations) + row_number() OVER (ORDER BY c.id), c.sex, c.age, c.grp, c.disability, c.urbanisation
            FROM {stage}.dim_combo c ANTI JOIN main.disaggregations d USING (sex, age, grp, disability, urbanisation);
            INSERT INTO main.observation_rows
            SELECT {datasetId}, i.text, a.text, p.start, p.kind, d.id, o.value, st.text, so.text
            FROM {stage}.obs o
            JOIN {stage}.dim_text i ON i.id = o.ind
            JOIN {stage}.dim_text a ON a.id = o.area
            JOIN {stage}.dim_period p ON p.id = o.period
            JOIN {stage}.dim_combo c ON c.id = o.combo
            JOIN main.disaggregations d USING (sex, age, grp, disability, urbanisation)
            LEFT JOIN {stage}.dim_text st ON st.id = o.status
            LEFT JOIN {stage}.dim_text so ON so.id = o.source;
            """);
    }

    public void Dispose() => _appender?.Dispose();
}
