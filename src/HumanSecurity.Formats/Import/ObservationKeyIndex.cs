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
    private readonly Dictionary<long, int> _seriesSlots = [];
    private readonly Dictionary<long, int> _sliceSlots = [];
    // The last series and slice (files repeat one of them row after row), then direct-mapped caches in front of the two
    // slot dictionaries: the series and slices a file cycles through hit there.
    private readonly CacheEntry[] _seriesCache = NewCache();
    // Series slots by indicator, then area (slot + 1; 0 = none yet): ids are dense, so two array reads find a series.
    private int[]?[] _seriesByIndicator = new int[]?[64];
    private const int MaxAreasPerIndicatorTable = 1 << 20;
    private readonly CacheEntry[] _sliceCache = NewCache();
    private long _lastSeries = long.MinValue, _lastSlice = long.MinValue;
    private int _lastSeriesSlot, _lastSliceSlot;
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
        if (key == _lastSeries) s = _lastSeriesSlot;
        else if ((uint)indicator < (uint)_seriesByIndicator.Length && _seriesByIndicator[indicator] is { } areas && (uint)area < (uint)areas.Length && areas[area] > 0)
            s = areas[area] - 1;
        else s = NewSeriesSlot(indicator, area, key);
        var q = slice == _lastSlice ? _lastSliceSlot : SliceSlot(slice);
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
        if (!_seriesSlots.TryGetValue(((long)indicator << 32) | (uint)area, out var s) || !_sliceSlots.TryGetValue(slice, out var q)) return false;
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
        ref var entry = ref _seriesCache[CacheIndex(key)];
        if (entry.Key == key)
        {
            (_lastSeries, _lastSeriesSlot) = (key, entry.Slot);
            return entry.Slot;
        }
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_seriesSlots, key, out var exists);
        if (!exists)
        {
            slot = _seriesSlots.Count - 1;
            if (slot >= _seriesBits) WidenRows();
        }
        entry = new CacheEntry(key, slot);
        (_lastSeries, _lastSeriesSlot) = (key, slot);
        return slot;
    }

    private int SliceSlot(long slice)
    {
        ref var entry = ref _sliceCache[CacheIndex(slice)];
        if (entry.Key == slice)
        {
            (_lastSlice, _lastSliceSlot) = (slice, entry.Slot);
            return entry.Slot;
        }
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_sliceSlots, slice, out var exists);
        if (!exists)
        {
            slot = _sliceSlots.Count - 1;
            if (_lines is null && (long)_sliceSlots.Count * _seriesBits > BitBudget) MoveToDictionary();
        }
        entry = new CacheEntry(slice, slot);
        (_lastSlice, _lastSliceSlot) = (slice, slot);
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
        if ((long)_sliceSlots.Count * _seriesBits > BitBudget)
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
}
