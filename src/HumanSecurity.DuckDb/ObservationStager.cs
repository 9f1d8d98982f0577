using System.Runtime.CompilerServices;
using DuckDB.NET.Data;
using HumanSecurity.Observations;

namespace HumanSecurity.DuckDb;

/// <summary>Stages observations compactly: every text and period is dictionary-encoded in .NET, so each row costs
/// seven numeric appends (indicator, area, period, disaggregation, value, status, source) instead of thirteen mostly
/// string ones; at commit <see cref="MapToStore"/> and <see cref="CopyToStore"/> turn them into the store's ids.</summary>
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

    /// <summary>Maps the import's ids to the store's: every indicator, area, status/source text and disaggregation
    /// the staged rows use gets its id in the store's dictionary, or the next free id when it is new. Runs before the
    /// store's transaction (it writes to the staging database only) and under the store's gate, so no other import can
    /// take those ids in between; <see cref="CopyToStore"/> then writes with joins on small integer-keyed tables only.</summary>
    public void MapToStore()
    {
        if (Count == 0) return;
        DuckDbStore.Execute(connection, $"""
            CREATE OR REPLACE TABLE {stage}.map_ind AS {MapTexts("indicator_codes", "code", $"SELECT DISTINCT ind AS id FROM {stage}.obs")};
            CREATE OR REPLACE TABLE {stage}.map_area AS {MapTexts("area_codes", "code", $"SELECT DISTINCT area AS id FROM {stage}.obs")};
            CREATE OR REPLACE TABLE {stage}.map_label AS
                {MapTexts("labels", "text", $"SELECT DISTINCT status AS id FROM {stage}.obs UNION SELECT DISTINCT source FROM {stage}.obs")}
                UNION ALL SELECT 0, NULL, NULL, false;
            CREATE OR REPLACE TABLE {stage}.map_combo AS
                SELECT c.id AS staged, coalesce(d.id, m.top + row_number() OVER (PARTITION BY d.id IS NULL ORDER BY c.id)) AS id,
                    c.sex, c.age, c.grp, c.disability, c.urbanisation, d.id IS NULL AS new
                FROM {stage}.dim_combo c
                LEFT JOIN main.disaggregations d ON d.sex = c.sex AND d.age = c.age AND d.grp = c.grp AND d.disability = c.disability AND d.urbanisation = c.urbanisation
                CROSS JOIN (SELECT max(id) AS top FROM main.disaggregations) m;
            """);
    }

    // Staged text ids (0, meaning none, left out) with the store id of their text; new texts numbered after the largest id.
    private string MapTexts(string table, string column, string used) => $"""
        SELECT t.id AS staged, coalesce(c.id, m.top + row_number() OVER (PARTITION BY c.id IS NULL ORDER BY t.text)) AS id,
            t.text, c.id IS NULL AS new
        FROM ({used}) u JOIN {stage}.dim_text t ON t.id = u.id
        LEFT JOIN main.{table} c ON c.{column} = t.text
        CROSS JOIN (SELECT coalesce(max(id), 0) AS top FROM main.{table}) m
        """;

    /// <summary>Adds the new dictionary entries and inserts the rows into <c>main.observation_rows</c> (inside the
    /// store's transaction, after <see cref="MapToStore"/>).</summary>
    public void CopyToStore(long datasetId)
    {
        if (Count == 0) return;
        DuckDbStore.Execute(connection, $"""
            INSERT INTO main.indicator_codes SELECT id, text FROM {stage}.map_ind WHERE new;
            INSERT INTO main.area_codes SELECT id, text FROM {stage}.map_area WHERE new;
            INSERT INTO main.labels SELECT id, text FROM {stage}.map_label WHERE new;
            INSERT INTO main.disaggregations SELECT id, sex, age, grp, disability, urbanisation FROM {stage}.map_combo WHERE new;
            INSERT INTO main.observation_rows
            SELECT {datasetId}, i.id, a.id, p.start, p.kind, c.id, o.value, st.id, so.id
            FROM {stage}.obs o
            JOIN {stage}.map_ind i ON i.staged = o.ind
            JOIN {stage}.map_area a ON a.staged = o.area
            JOIN {stage}.dim_period p ON p.id = o.period
            JOIN {stage}.map_combo c ON c.staged = o.combo
            JOIN {stage}.map_label st ON st.staged = o.status
            JOIN {stage}.map_label so ON so.staged = o.source;
            """);
    }

    public void Dispose() => _appender?.Dispose();
}
