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
/// stay in cache, where one hash table of ten million keys costs a cache miss per row (measured on 10M-row files: a
/// <c>Dictionary</c> of all keys took 2.2 s of a 4.8 s check written series by series, and per-series tables 1.9 s of
/// a 4 s check written date by date; the bit matrix takes a few hundred milliseconds in both).
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
    // Direct-mapped caches in front of the two slot dictionaries: the series and slices a file cycles through hit here.
    private readonly long[] _seriesCacheKeys = NewCacheKeys();
    private readonly int[] _seriesCacheSlots = new int[CacheSize];
    private readonly long[] _sliceCacheKeys = NewCacheKeys();
    private readonly int[] _sliceCacheSlots = new int[CacheSize];

    // Bit matrix mode: _rows[slice slot] has one bit per series slot (capacity _seriesBits, a multiple of 64).
    private ulong[]?[] _rows = new ulong[]?[64];
    private int _seriesBits = 1024;
    private int[] _logSeries;
    private int[] _logSlice;
    private int[] _logLine;
    private int _logCount;

    // Dictionary mode: packed (series slot, slice slot) -> first line.
    private Dictionary<long, int>? _lines;

    /// <param name="capacityHint">Expected number of keys, to size the log once.</param>
    public ObservationKeyIndex(int capacityHint = 0)
    {
        var keys = Math.Clamp(capacityHint, 1024, 1 << 28);
        _logSeries = new int[keys];
        _logSlice = new int[keys];
        _logLine = new int[keys];
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
        var s = SeriesSlot(((long)indicator << 32) | (uint)area);
        var q = SliceSlot(slice);
        firstLine = 0;
        if (_lines is null)
        {
            ref var word = ref Row(q)[s >> 6];
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

    private static long[] NewCacheKeys()
    {
        var keys = new long[CacheSize];
        Array.Fill(keys, long.MinValue);
        return keys;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CacheIndex(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 50);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SeriesSlot(long key)
    {
        var c = CacheIndex(key);
        if (_seriesCacheKeys[c] == key) return _seriesCacheSlots[c];
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_seriesSlots, key, out var exists);
        if (!exists)
        {
            slot = _seriesSlots.Count - 1;
            if (slot >= _seriesBits) WidenRows();
        }
        (_seriesCacheKeys[c], _seriesCacheSlots[c]) = (key, slot);
        return slot;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SliceSlot(long slice)
    {
        var c = CacheIndex(slice);
        if (_sliceCacheKeys[c] == slice) return _sliceCacheSlots[c];
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_sliceSlots, slice, out var exists);
        if (!exists)
        {
            slot = _sliceSlots.Count - 1;
            if (_lines is null && (long)_sliceSlots.Count * _seriesBits > BitBudget) MoveToDictionary();
        }
        (_sliceCacheKeys[c], _sliceCacheSlots[c]) = (slice, slot);
        return slot;
    }

    private ulong[] Row(int slice)
    {
        if (slice >= _rows.Length) Array.Resize(ref _rows, Math.Max(_rows.Length * 2, slice + 1));
        return _rows[slice] ??= new ulong[_seriesBits / 64];
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
    }

    private void Log(int series, int slice, int line)
    {
        if (_logCount == _logLine.Length)
        {
            var size = (int)Math.Min((long)_logLine.Length * 2, Array.MaxLength);
            if (size == _logCount) throw new InvalidOperationException("Too many observations in one import for the duplicate-key index.");
            Array.Resize(ref _logSeries, size);
            Array.Resize(ref _logSlice, size);
            Array.Resize(ref _logLine, size);
        }
        (_logSeries[_logCount], _logSlice[_logCount], _logLine[_logCount]) = (series, slice, line);
        _logCount++;
    }

    private void MoveToDictionary()
    {
        if (_lines is not null) return;
        _lines = new Dictionary<long, int>(Math.Max(_logCount * 2, 1024));
        for (var i = 0; i < _logCount; i++) _lines.TryAdd(Pack(_logSeries[i], _logSlice[i]), _logLine[i]);
        (_rows, _logSeries, _logSlice, _logLine, _logCount) = ([], [], [], [], 0);
    }
}
