using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Import;

/// <summary>Checks observations from exchange formats before they are staged: the area must be in the store (or in this
/// import), the key (indicator, area, period, disaggregation) must be new in the file; unknown indicators are collected
/// so the importer can create them. Each unknown area is reported once, at its first location. Keys are kept as
/// integers in an <see cref="ObservationKeyIndex"/> to keep large files cheap.</summary>
public sealed class ObservationGate
{
    private readonly Dictionary<string, int> _areas;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _areaLookup;
    private readonly string[] _areaCodes;
    private readonly Dictionary<string, int> _indicators = new(StringComparer.Ordinal);
    private readonly IReadOnlySet<string> _knownIndicators;
    private readonly Dictionary<Disaggregation, int> _disaggregations = [];
    private ObservationKeyIndex _keys = new();
    private readonly HashSet<string> _reportedAreas = new(StringComparer.Ordinal);
    private readonly ProblemList _problems;
    private Disaggregation? _lastDisaggregation;
    private int _lastDisaggregationId;
    private string? _lastIndicator;
    private int _lastIndicatorId;

    public ObservationGate(IReadOnlySet<string> knownAreas, IReadOnlySet<string> knownIndicators, ProblemList problems)
    {
        ArgumentNullException.ThrowIfNull(knownAreas);
        _areas = new Dictionary<string, int>(knownAreas.Count, StringComparer.Ordinal);
        foreach (var a in knownAreas) _areas[a] = _areas.Count;
        _areaLookup = _areas.GetAlternateLookup<ReadOnlySpan<char>>();
        _areaCodes = [.. _areas.Keys];
        _knownIndicators = knownIndicators;
        _problems = problems;
    }

    /// <summary>Indicator codes used that the store does not know, with where each was first seen.</summary>
    public Dictionary<string, string> NewIndicators { get; } = new(StringComparer.Ordinal);

    public long Accepted { get; private set; }

    /// <summary>Id of a known area (-1 when the store does not have it). Safe to call from several threads.</summary>
    public int AreaId(ReadOnlySpan<char> code) => _areaLookup.TryGetValue(code, out var id) ? id : -1;

    /// <summary>The code of a known area id.</summary>
    public string AreaCode(int id) => _areaCodes[id];

    public bool Accept(string indicator, string area, Period period, Disaggregation d, string file, int line, string? column) =>
        Accept(indicator, _areas.TryGetValue(area, out var id) ? id : -1, area, period, d, file, line, column);

    /// <summary>Same, with the area already looked up by <see cref="AreaId"/> (-1: unknown, reported once per code).</summary>
    public bool Accept(string indicator, int areaId, string area, Period period, Disaggregation d, string file, int line, string? column)
    {
        if (areaId < 0)
        {
            if (_reportedAreas.Add(area))
                _problems.Error(Where(file, line, column), $"area '{area}' is not in the store; import its gazetteer or boundaries first (or map the code)");
            return false;
        }
        int indicatorId;
        if (ReferenceEquals(indicator, _lastIndicator)) indicatorId = _lastIndicatorId;
        else if (!_indicators.TryGetValue(indicator, out indicatorId))
        {
            indicatorId = _indicators.Count;
            _indicators[indicator] = indicatorId;
            if (!_knownIndicators.Contains(indicator)) NewIndicators.TryAdd(indicator, Where(file, line, column));
        }
        (_lastIndicator, _lastIndicatorId) = (indicator, indicatorId);
        if (!_keys.TryAdd(indicatorId, areaId, ObservationKeyIndex.Slice(period, DisaggregationId(d)), line, out var firstLine))
        {
            _problems.Error(Where(file, line, column), $"duplicate observation {indicator} / {area} / {period} / {d}" + (firstLine > 0 ? $"; first given on line {firstLine}" : ""));
            return false;
        }
        Accepted++;
        return true;
    }

    /// <summary>Sizes the duplicate-key set once for about <paramref name="observations"/> keys (saves rehashing large files).</summary>
    public void EnsureCapacity(int observations)
    {
        if (_keys.Count == 0) _keys = new ObservationKeyIndex(observations);
    }

    /// <summary>Same, for a location already formatted (SDMX keys, JSON paths).</summary>
    public bool Accept(Observation o, string location)
    {
        ArgumentNullException.ThrowIfNull(o);
        return Accept(o.Indicator, o.Area, o.Period, o.Disaggregation, location, 0, null);
    }

    private static string Where(string file, int line, string? column) => line <= 0 ? file : Problem.At(file, line, column);

    private int DisaggregationId(Disaggregation d)
    {
        if (ReferenceEquals(d, _lastDisaggregation)) return _lastDisaggregationId;
        if (!_disaggregations.TryGetValue(d, out var id))
        {
            id = _disaggregations.Count;
            _disaggregations[d] = id;
        }
        (_lastDisaggregation, _lastDisaggregationId) = (d, id);
        return id;
    }
}
