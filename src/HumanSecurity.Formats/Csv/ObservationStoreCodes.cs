using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Csv;

/// <summary>Loads the indicator and area codes an observation file may use (those in the store) and, when names are
/// matched, the gazetteer to match the <c>area</c> column against.</summary>
internal static class ObservationStoreCodes
{
    public static async Task<ObservationFields> LoadAsync(string file, IStore store, Import.AreaMatching? matching, CancellationToken cancellationToken)
    {
        var indicators = await store.GetIndicatorsAsync(cancellationToken).ConfigureAwait(false);
        var areas = await store.GetAreasAsync(cancellationToken).ConfigureAwait(false);
        var areaCodes = new CodeIndex(areas.Select(a => a.Code));
        return new ObservationFields(file, new CodeIndex(indicators.Select(i => i.Code)), areaCodes, new CodeIds())
        {
            AreaNames = matching is null ? null
                : new Import.AreaResolver(new Areas.AreaNameMatcher(areas), matching, null, c => areaCodes.IdOf(c), line => Problem.At(file, line, "area")),
        };
    }
}
