using System.Runtime.CompilerServices;
using HumanSecurity.ClickHouse.Http;
using HumanSecurity.Observations;

namespace HumanSecurity.ClickHouse.Import;

/// <summary>Turns observation chunks into <c>observation_rows</c> RowBinary rows of integers (dictionary ids, day number,
/// kind, value) and remembers the dictionary entries the import uses, written at commit.</summary>
internal sealed class ObservationEncoder(long datasetId)
{
    private readonly CodeCache _indicators = new();
    private readonly CodeCache _areas = new();
    private readonly CodeCache _labels = new();
    private (string Sex, string Age, string Group, string Disability, string Urbanisation)? _lastCombo;
    private ulong _lastComboId;
    private readonly Dictionary<(string, string, string, string, string), ulong> _combos = [];

    public IReadOnlyDictionary<string, ulong> Indicators => _indicators.Used;

    public IReadOnlyDictionary<string, ulong> Areas => _areas.Used;

    public IReadOnlyDictionary<string, ulong> Labels => _labels.Used;

    public Dictionary<ulong, (string Sex, string Age, string Group, string Disability, string Urbanisation)> Disaggregations { get; } = [];

    public long Count { get; private set; }

    // Hot loop: 61 bytes a row, ids from the reference caches.
    public void Encode(ObservationChunk c, RowBinaryWriter w)
    {
        var dataset = (ulong)datasetId;
        for (var i = 0; i < c.Count; i++)
        {
            w.UInt64(dataset);
            w.UInt64(_indicators.Id(c.Indicator[i]));
            w.UInt64(_areas.Id(c.Area[i]));
            w.Int32(Times.ToDays(c.Period[i].Start));
            w.Int8((sbyte)c.Period[i].Kind);
            w.UInt64(ComboId(c.Sex[i], c.Age[i], c.Group[i], c.Disability[i], c.Urbanisation[i]));
            w.Float64(c.Value[i]);
            w.UInt64(c.Status[i] is { } status ? _labels.Id(status) : 0);
            w.UInt64(c.Source[i] is { } source ? _labels.Id(source) : 0);
        }
        Count += c.Count;
    }

    private ulong ComboId(string sex, string age, string group, string disability, string urbanisation)
    {
        if (_lastCombo is (var ls, var la, var lg, var ld, var lu) && ReferenceEquals(ls, sex) && ReferenceEquals(la, age) && ReferenceEquals(lg, group)
            && ReferenceEquals(ld, disability) && ReferenceEquals(lu, urbanisation)) return _lastComboId;
        var combo = (sex, age, group, disability, urbanisation);
        _lastCombo = combo;
        if (!_combos.TryGetValue(combo, out var id))
        {
            id = DictionaryId.Of(sex, age, group, disability, urbanisation);
            _combos[combo] = id;
            if (id != 0) Disaggregations.TryAdd(id, combo);
        }
        return _lastComboId = id;
    }

    /// <summary>Ids of one dictionary, with a direct-mapped cache keyed by string reference: importers hand over one
    /// string instance per distinct code, so most rows find their id without hashing the text (as the DuckDB store's
    /// stager does).</summary>
    private sealed class CodeCache
    {
        private const int Slots = 1024;
        private readonly string?[] _texts = new string?[Slots];
        private readonly ulong[] _ids = new ulong[Slots];

        public Dictionary<string, ulong> Used { get; } = new(StringComparer.Ordinal);

        public ulong Id(string text)
        {
            var slot = RuntimeHelpers.GetHashCode(text) & (Slots - 1);
            if (ReferenceEquals(_texts[slot], text)) return _ids[slot];
            if (!Used.TryGetValue(text, out var id))
            {
                id = DictionaryId.Of(text);
                Used[text] = id;
            }
            _texts[slot] = text;
            return _ids[slot] = id;
        }
    }
}
