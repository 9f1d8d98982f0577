using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Csv;

/// <summary>Loads the indicator and area codes an observation file may use (those in the store).</summary>
internal static class ObservationStoreCodes
{
    public static async Task<ObservationFields> LoadAsync(string file, IStore store, CancellationToken cancellationToken)
    {
        var indicators = await store.GetIndicatorsAsync(cancellationToken).ConfigureAwait(false);
        var areas = await store.GetAreasAsync(cancellationToken).ConfigureAwait(false);
        return new ObservationFields(file, new CodeIndex(indicators.Select(i => i.Code)), new CodeIndex(areas.Select(a => a.Code)), new CodeIds());
    }
}
