using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Import;

/// <summary>Checks observations from exchange formats before they are staged: the area must be in the store (or in this
/// import), the key (indicator, area, period, disaggregation) must be new in the file; unknown indicators are collected
/// so the importer can create them. Each unknown area is reported once, at its first location.</summary>
public sealed class ObservationGate(IReadOnlySet<string> knownAreas, IReadOnlySet<string> knownIndicators, ProblemList problems)
{
    private readonly HashSet<(string, string, Period, Disaggregation)> _keys = [];
    private readonly HashSet<string> _reportedAreas = new(StringComparer.Ordinal);

    /// <summary>Indicator codes used that the store does not know, with where each was first seen.</summary>
    public Dictionary<string, string> NewIndicators { get; } = new(StringComparer.Ordinal);

    public long Accepted { get; private set; }

    public bool Accept(string indicator, string area, Period period, Disaggregation d, string file, int line, string? column)
    {
        if (!knownAreas.Contains(area))
        {
            if (_reportedAreas.Add(area))
                problems.Error(Problem.At(file, line, column), $"area '{area}' is not in the store; import its gazetteer or boundaries first (or map the code)");
            return false;
        }
        if (!_keys.Add((indicator, area, period, d)))
        {
            problems.Error(Problem.At(file, line, column), $"duplicate observation {indicator} / {area} / {period} / {d}");
            return false;
        }
        if (!knownIndicators.Contains(indicator)) NewIndicators.TryAdd(indicator, Problem.At(file, line, column));
        Accepted++;
        return true;
    }

    /// <summary>Same, for a location already formatted (SDMX keys, JSON paths).</summary>
    public bool Accept(Observation o, string location) => Accept(o.Indicator, o.Area, o.Period, o.Disaggregation, location, 0, null);
}
