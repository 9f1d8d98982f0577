using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Import;

/// <summary>Every observation key (indicator, area, period, disaggregation) seen in one import, with the line it was
/// first given on, so a repeated key can be reported against its first occurrence.</summary>
/// <remarks>
/// A key is a series (indicator, area) and a slice (period and disaggregation). Both get dense slots in order of first
/// appearance, and the index is a bit matrix: one row of bits per slice, one bit per series. Files list either many
/// series per slice (date by date) or many slices per series (series by series); either way the bits a row touches
/// stay in cache, where one hash table of ten million keys costs a cache miss per row. Series slots are found in
/// per-indicator arrays indexed by area id (ids are dense), slice slots through the last slice and a direct-mapped
/// cache, both in front of dictionaries. Measured on 10M keys: one <c>Dictionary</c> of all keys 0.83 s (series by
/// series) and 2.9 s per 30M keys (date by date, per-series tables); this index 0.08 s and 0.07 s per 10M.
/// Keys are also logged in arrival order (slots and line); lines are only needed to report a repeat, so the first
/// repeat, or a matrix that would outgrow <see cref="BitBudget"/> (sparse keys: many series, each with its own dates),
/// moves every key into a dictionary of first lines, which then serves the rest of the file.
/// </remarks>
internal sealed class ObservationKeyIndex
{
    /// <summary>Largest bit matrix kept (series capacity × slices), 32 MB.</summary>
    public const long BitBudget = 1L << 28;

    private const int CacheSize = 16_384;
    private readonly SlotTable _series = new();
    private readonly SlotTable _slices = new();
    // Series slots by indicator, then area (slot + 1; 0 = none yet): ids are dense, so two array reads find a series.
    private int[]?[] _seriesByIndicator = new int[]?[64];
    private const int MaxAreasPerIndicatorTable = 1 << 20;
    private int _lastRowSlice = -1;
    private ulong[]? _lastRow;

    // Bit matrix mode: _rows[slice slot] has one bit per series slot (capacity _seriesBits, a multiple of 64).
    private ulong[]?[] _rows = new ulong[]?[64];
    private int _seriesBits = 1024;
    private LogEntry[] _log;
    private int _logCount;

    // Dictionary mode: packed (series slot, slice slot) -> first line.
    private Dictionary<long, int>? _lines;

    /// <param name="capacityHint">Expected number of keys, to size the log once.</param>
    public ObservationKeyIndex(int capacityHint = 0)
    {
        _log = new LogEntry[Math.Clamp(capacityHint, 1024, 1 << 27)];
    }

    /// <summary>Number of distinct keys added.</summary>
    public long Count { get; private set; }

    /// <summary>Whether the index has moved to its dictionary of first lines (after a repeat or when keys are sparse).</summary>
    internal bool UsesDictionary => _lines is not null;

    /// <summary>The slice part of a key: the period (day number and kind) and a disaggregation id of the caller's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Slice(Period period, int disaggregation) =>
        ((long)disaggregation << 24) | ((long)period.Start.DayNumber << 2) | (long)period.Kind;

    /// <summary>Adds a key; false (with the line it was first given on) when it was already there.</summary>
    public bool TryAdd(int indicator, int area, long slice, int line, out int firstLine)
    {
        var key = ((long)indicator << 32) | (uint)area;
        int s;
        if (key == _series.LastKey) s = _series.LastSlot;
        else if ((uint)indicator < (uint)_seriesByIndicator.Length && _seriesByIndicator[indicator] is { } areas && (uint)area < (uint)areas.Length && areas[area] > 0)
            s = areas[area] - 1;
        else s = NewSeriesSlot(indicator, area, key);
        var q = slice == _slices.LastKey ? _slices.LastSlot : SliceSlot(slice);
        firstLine = 0;
        if (_lines is null)
        {
            var row = q == _lastRowSlice ? _lastRow! : Row(q);
            ref var word = ref row[s >> 6];
            var bit = 1UL << (s & 63);
            if ((word & bit) == 0)
            {
                word |= bit;
                Log(s, q, line);
                Count++;
                return true;
            }
            MoveToDictionary();
        }
        if (_lines!.TryAdd(Pack(s, q), line))
        {
            Count++;
            return true;
        }
        firstLine = _lines[Pack(s, q)];
        return false;
    }

    /// <summary>The line a key was first given on, if it was added.</summary>
    public bool TryGetLine(int indicator, int area, long slice, out int line)
    {
        line = 0;
        if (!_series.TryGet(((long)indicator << 32) | (uint)area, out var s) || !_slices.TryGet(slice, out var q)) return false;
        if (_lines is null)
        {
            if (_rows[q] is not { } row || (row[s >> 6] & (1UL << (s & 63))) == 0) return false;
            MoveToDictionary();
        }
        return _lines!.TryGetValue(Pack(s, q), out line);
    }

    private static long Pack(int series, int slice) => ((long)slice << 32) | (uint)series;

    private static CacheEntry[] NewCache()
    {
        var cache = new CacheEntry[CacheSize];
        Array.Fill(cache, new CacheEntry(long.MinValue, 0));
        return cache;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CacheIndex(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 50);

    // A series not in the per-indicator tables yet: its slot (new or from the dictionary), remembered in the tables
    // when the ids are small enough for them.
    private int NewSeriesSlot(int indicator, int area, long key)
    {
        var slot = SeriesSlot(key);
        if (indicator >= 0 && area >= 0 && indicator < MaxAreasPerIndicatorTable && area < MaxAreasPerIndicatorTable)
        {
            if (indicator >= _seriesByIndicator.Length) Array.Resize(ref _seriesByIndicator, Math.Max(indicator + 1, _seriesByIndicator.Length * 2));
            ref var areas = ref _seriesByIndicator[indicator];
            if (areas is null || area >= areas.Length) Array.Resize(ref areas, Math.Max(area + 1, Math.Min(MaxAreasPerIndicatorTable, (areas?.Length ?? 64) * 2)));
            areas[area] = slot + 1;
        }
        return slot;
    }

    private int SeriesSlot(long key)
    {
        var slot = _series.Slot(key, out var added);
        if (added && slot >= _seriesBits) WidenRows();
        return slot;
    }

    private int SliceSlot(long slice)
    {
        var slot = _slices.Slot(slice, out var added);
        if (added && _lines is null && (long)_slices.Count * _seriesBits > BitBudget) MoveToDictionary();
        return slot;
    }

    private ulong[] Row(int slice)
    {
        if (slice >= _rows.Length) Array.Resize(ref _rows, Math.Max(_rows.Length * 2, slice + 1));
        _lastRowSlice = slice;
        return _lastRow = _rows[slice] ??= new ulong[_seriesBits / 64];
    }

    private void WidenRows()
    {
        _seriesBits *= 2;
        if (_lines is not null) return;
        if ((long)_slices.Count * _seriesBits > BitBudget)
        {
            MoveToDictionary();
            return;
        }
        for (var i = 0; i < _rows.Length; i++)
            if (_rows[i] is not null) Array.Resize(ref _rows[i], _seriesBits / 64);
        _lastRowSlice = -1; // the cached row was replaced
    }

    private void Log(int series, int slice, int line)
    {
        if (_logCount == _log.Length)
        {
            var size = (int)Math.Min((long)_log.Length * 2, Array.MaxLength);
            if (size == _logCount) throw new InvalidOperationException("Too many observations in one import for the duplicate-key index.");
            Array.Resize(ref _log, size);
        }
        _log[_logCount++] = new LogEntry(series, slice, line);
    }

    private void MoveToDictionary()
    {
        if (_lines is not null) return;
        _lines = new Dictionary<long, int>(Math.Max(_logCount * 2, 1024));
        for (var i = 0; i < _logCount; i++) _lines.TryAdd(Pack(_log[i].Series, _log[i].Slice), _log[i].Line);
        (_rows, _log, _logCount, _lastRowSlice, _lastRow) = ([], [], 0, -1, null);
    }

    private readonly record struct CacheEntry(long Key, int Slot);

    private readonly record struct LogEntry(int Series, int Slice, int Line);

    /// <summary>Dense slots of the keys of one kind (series or slices) in order of first appearance: the last key, then a
    /// direct-mapped cache (the keys a file cycles through hit there), then a dictionary.</summary>
    private sealed class SlotTable
    {
        private readonly Dictionary<long, int> _slots = [];
        private readonly CacheEntry[] _cache = NewCache();

        public long LastKey { get; private set; } = long.MinValue;

        public int LastSlot { get; private set; }

        public int Count => _slots.Count;

        public bool TryGet(long key, out int slot) => _slots.TryGetValue(key, out slot);

        /// <summary>The slot of a key, numbering it when new (<paramref name="added"/>).</summary>
        public int Slot(long key, out bool added)
        {
            ref var entry = ref _cache[CacheIndex(key)];
            added = false;
            if (entry.Key != key)
            {
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, key, out var exists);
                if (!exists) (slot, added) = (_slots.Count - 1, true);
                entry = new CacheEntry(key, slot);
            }
            (LastKey, LastSlot) = (key, entry.Slot);
            return entry.Slot;
        }
    }
}
