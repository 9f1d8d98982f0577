using System.Runtime.CompilerServices;
using DuckDB.NET.Data;
using DuckDB.NET.Native;
using HumanSecurity.Observations;

namespace HumanSecurity.DuckDb;

/// <summary>Stages observations in memory, dictionary-encoded: every text, period and disaggregation becomes an
/// import-local integer id, so a row is seven numbers in column blocks. At commit <see cref="CopyToStore"/> maps the
/// import's ids to the store's dictionaries and writes the rows into <c>observation_rows</c> through
/// <see cref="ChunkAppender"/>, 2,048 rows per native call.</summary>
/// <remarks>Nothing reaches the store file before commit, which is what keeps a failed import from changing it (see
/// docs/store.md). Staging in .NET arrays rather than in the in-memory staging database saves the per-value appender
/// calls while reading (about 1 s of CPU per 10M rows) and the copy between databases at commit.</remarks>
internal sealed class ObservationStager(DuckDBConnection connection)
{
    private const int BlockSize = 65_536;
    private const int RefSlots = 1024;
    private static readonly int UnixEpochDay = new DateOnly(1970, 1, 1).DayNumber;

    private readonly Dictionary<string, int> _text = new(StringComparer.Ordinal) { [""] = 0 };
    private readonly List<string?> _textList = [null];
    private readonly Dictionary<Period, int> _periods = [];
    private readonly List<Period> _periodList = [];
    private readonly Dictionary<long, int> _combos = [];
    private readonly List<(int Sex, int Age, int Group, int Disability, int Urbanisation)> _comboList = [];
    private readonly List<Block> _blocks = [];
    // Direct-mapped cache keyed by string reference: importers that hand over one string instance per distinct code
    // (interned, pooled) get their ids without hashing the text; other strings just miss and take the dictionary.
    private readonly string?[] _refTexts = new string?[RefSlots];
    private readonly int[] _refIds = new int[RefSlots];
    private bool _finished;
    private (string Sex, string Age, string Group, string Disability, string Urbanisation)? _lastCombo;
    private int _lastComboId;
    private Period _lastPeriod;
    private int _lastPeriodId = -1;

    public long Count { get; private set; }

    // Hot loop: ids from the reference-keyed cache and the last combination/period, written into column blocks.
    public void Append(ObservationChunk c)
    {
        if (_finished) throw new InvalidOperationException("Observations cannot be added once the import is committing.");
        for (var i = 0; i < c.Count;)
        {
            if (_blocks.Count == 0 || _blocks[^1].Count == BlockSize) _blocks.Add(new Block());
            var b = _blocks[^1];
            var n = Math.Min(BlockSize - b.Count, c.Count - i);
            for (var k = 0; k < n; k++)
            {
                int r = b.Count + k, j = i + k;
                b.Indicator[r] = CachedId(c.Indicator[j]);
                b.Area[r] = CachedId(c.Area[j]);
                b.Period[r] = PeriodId(c.Period[j]);
                b.Combo[r] = ComboId(c.Sex[j], c.Age[j], c.Group[j], c.Disability[j], c.Urbanisation[j]);
                b.Value[r] = c.Value[j];
                b.Status[r] = CachedId(c.Status[j]);
                b.Source[r] = CachedId(c.Source[j]);
            }
            b.Count += n;
            i += n;
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

    /// <summary>No more rows: the import is committing.</summary>
    public void FinishStaging() => _finished = true;

    /// <summary>Maps the import's ids to the store's (adding new indicator and area codes, labels and disaggregations
    /// to the dictionaries) and writes the rows into <c>main.observation_rows</c>. Runs inside the store's transaction;
    /// a failure rolls every part of it back, and the staged rows stay for a retry.</summary>
    public void CopyToStore(long datasetId)
    {
        if (Count == 0) return;
        var (indicators, areas, labels) = (new bool[_textList.Count], new bool[_textList.Count], new bool[_textList.Count]);
        foreach (var b in _blocks) b.MarkUsed(indicators, areas, labels);
        var indicatorIds = MapTexts("indicator_codes", "code", indicators);
        var areaIds = MapTexts("area_codes", "code", areas);
        var labelIds = MapTexts("labels", "text", labels);
        var comboIds = MapCombos();
        var periodDays = _periodList.Select(p => p.Start.DayNumber - UnixEpochDay).ToArray();
        var periodKinds = _periodList.Select(p => (sbyte)p.Kind).ToArray();

        using var appender = new ChunkAppender(connection, "observation_rows", DuckDBType.BigInt, DuckDBType.Integer, DuckDBType.Integer,
            DuckDBType.Date, DuckDBType.TinyInt, DuckDBType.Integer, DuckDBType.Double, DuckDBType.Integer, DuckDBType.Integer);
        foreach (var b in _blocks)
        {
            for (var start = 0; start < b.Count; start += appender.Capacity)
            {
                var n = Math.Min(appender.Capacity, b.Count - start);
                appender.Column<long>(0)[..n].Fill(datasetId);
                Translate(b.Indicator.AsSpan(start, n), indicatorIds, appender.Column<int>(1));
                Translate(b.Area.AsSpan(start, n), areaIds, appender.Column<int>(2));
                Translate(b.Period.AsSpan(start, n), periodDays, appender.Column<int>(3));
                Translate(b.Period.AsSpan(start, n), periodKinds, appender.Column<sbyte>(4));
                Translate(b.Combo.AsSpan(start, n), comboIds, appender.Column<int>(5));
                b.Value.AsSpan(start, n).CopyTo(appender.Column<double>(6));
                TranslateLabels(b.Status.AsSpan(start, n), labelIds, appender.Column<int>(7), appender.Validity(7));
                TranslateLabels(b.Source.AsSpan(start, n), labelIds, appender.Column<int>(8), appender.Validity(8));
                appender.Append(n);
            }
        }
        appender.Close();
    }

    private static void Translate<T>(ReadOnlySpan<int> staged, T[] map, Span<T> target)
    {
        for (var i = 0; i < staged.Length; i++) target[i] = map[staged[i]];
    }

    // Text id 0 means no status / no source: a null.
    private static void TranslateLabels(ReadOnlySpan<int> staged, int[] map, Span<int> target, Span<ulong> validity)
    {
        for (var i = 0; i < staged.Length; i++)
        {
            var id = staged[i];
            target[i] = map[id];
            if (id == 0) validity[i >> 6] &= ~(1UL << (i & 63));
        }
    }

    // Store ids of the texts marked used (indexed by import text id); texts new to the dictionary get the next ids and are inserted.
    private int[] MapTexts(string table, string column, bool[] used)
    {
        var known = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = 1;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"SELECT id, {column} FROM main.{table}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt32(0);
                known[reader.GetString(1)] = id;
                next = Math.Max(next, id + 1);
            }
        }
        var map = new int[_textList.Count];
        var added = new List<(int Id, string Text)>();
        for (var t = 1; t < used.Length; t++)
        {
            if (!used[t]) continue;
            var text = _textList[t]!;
            if (!known.TryGetValue(text, out map[t]))
            {
                known[text] = map[t] = next++;
                added.Add((map[t], text));
            }
        }
        if (added.Count > 0)
        {
            using var appender = connection.CreateAppender("main", table);
            foreach (var (id, text) in added) appender.CreateRow().AppendValue(id).AppendValue(text).EndRow();
        }
        return map;
    }

    private int[] MapCombos()
    {
        var known = new Dictionary<(string?, string?, string?, string?, string?), int>();
        var next = 0;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, sex, age, grp, disability, urbanisation FROM main.disaggregations";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var id = reader.GetInt32(0);
                known[(reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5))] = id;
                next = Math.Max(next, id + 1);
            }
        }
        var map = new int[_comboList.Count];
        var added = new List<int>();
        for (var c = 0; c < _comboList.Count; c++)
        {
            var (s, a, g, d, u) = _comboList[c];
            var key = (_textList[s], _textList[a], _textList[g], _textList[d], _textList[u]);
            if (!known.TryGetValue(key, out map[c]))
            {
                known[key] = map[c] = next++;
                added.Add(c);
            }
        }
        if (added.Count > 0)
        {
            using var appender = connection.CreateAppender("main", "disaggregations");
            foreach (var c in added)
            {
                var (s, a, g, d, u) = _comboList[c];
                appender.CreateRow().AppendValue(map[c]).AppendValue(_textList[s]).AppendValue(_textList[a]).AppendValue(_textList[g])
                    .AppendValue(_textList[d]).AppendValue(_textList[u]).EndRow();
            }
        }
        return map;
    }

    /// <summary>Up to <see cref="BlockSize"/> staged rows, one array per column.</summary>
    private sealed class Block
    {
        public readonly int[] Indicator = new int[BlockSize], Area = new int[BlockSize], Period = new int[BlockSize], Combo = new int[BlockSize];
        public readonly int[] Status = new int[BlockSize], Source = new int[BlockSize];
        public readonly double[] Value = new double[BlockSize];
        public int Count;

        public void MarkUsed(bool[] indicators, bool[] areas, bool[] labels)
        {
            for (var i = 0; i < Count; i++)
            {
                indicators[Indicator[i]] = true;
                areas[Area[i]] = true;
                labels[Status[i]] = true;
                labels[Source[i]] = true;
            }
        }
    }
}
