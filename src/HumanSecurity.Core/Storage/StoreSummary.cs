using HumanSecurity.Areas;

namespace HumanSecurity.Storage;

/// <summary>Counts of what a store holds.</summary>
public sealed record StoreSummary(
    int SchemaVersion,
    long Datasets,
    IReadOnlyDictionary<AreaKind, long> AreasByKind,
    long Indicators,
    long Observations,
    long SurveyHouseholds,
    long SurveyPersons,
    long Programmes,
    long Runs)
{
    public long Areas => AreasByKind.Values.Sum();
}
