using HumanSecurity.Indicators;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Catalogue;

/// <summary>Checks a parsed catalogue for repeated codes and stages it; re-importing a code replaces the stored entry.</summary>
internal static class IndicatorCatalogue
{
    public static async Task<IReadOnlyDictionary<string, long>> StageAsync(List<(Indicator Indicator, string Location)> parsed,
        IImportSession? session, ProblemList problems, CancellationToken cancellationToken)
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (indicator, location) in parsed)
        {
            if (!first.TryAdd(indicator.Code, location))
                problems.Error(location, $"duplicate indicator code '{indicator.Code}' (first at {first[indicator.Code]}); expected each code once");
        }
        if (session is not null && !problems.HasErrors)
            await session.AddIndicatorsAsync(parsed.Select(p => p.Indicator).ToList(), cancellationToken).ConfigureAwait(false);
        return new Dictionary<string, long> { ["indicators"] = parsed.Count };
    }
}
