using HumanSecurity.Indicators;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HumanSecurity.Web.Api;

/// <summary>The <c>cluster</c> query parameter: a threat cluster code (<c>climate</c>, <c>digital</c>, ...).</summary>
public static class ThreatClusters
{
    public static ProblemHttpResult? Parse(string? text, out ThreatCluster? cluster)
    {
        cluster = null;
        if (text is null) return null;
        if (IndicatorVocabulary.TryParseCluster(text, out var c) && c.ToCode() == text)
        {
            cluster = c;
            return null;
        }
        var codes = string.Join(", ", Enum.GetValues<ThreatCluster>().Select(x => x.ToCode()));
        return ApiProblems.BadRequest($"query parameter 'cluster' must be a threat cluster ({codes}), not '{text}'");
    }
}
