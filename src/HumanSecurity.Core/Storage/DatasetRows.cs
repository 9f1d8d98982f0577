using HumanSecurity.Areas;
using HumanSecurity.Indicators;
using HumanSecurity.Programmes;

namespace HumanSecurity.Storage;

/// <summary>What one dataset wrote into a store's catalogue, as the store keeps it (<see cref="IDatasetRows"/>). Areas come
/// without populations: a population belongs to the dataset that wrote it, which may be another than the area's.</summary>
/// <param name="Areas">Areas (with empty <see cref="Area.Populations"/>).</param>
/// <param name="Populations">Populations, by area code.</param>
/// <param name="Geometries">GeoJSON geometries, by area code.</param>
/// <param name="Indicators">Indicators.</param>
/// <param name="Programmes">Programmes.</param>
/// <param name="SurveyRoles">Roles of the dataset's survey tables (read with <see cref="IStore.GetSurveyTableAsync"/>).</param>
public sealed record DatasetRows(
    IReadOnlyList<Area> Areas,
    IReadOnlyList<KeyValuePair<string, AreaPopulation>> Populations,
    IReadOnlyList<KeyValuePair<string, string>> Geometries,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Programme> Programmes,
    IReadOnlyList<string> SurveyRoles);
