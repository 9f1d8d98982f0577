using System.Globalization;
using HumanSecurity.Areas;
using HumanSecurity.Indicators;

namespace HumanSecurity.Web.ReadModels.Profiles;

/// <summary>The programmes that reach an area: those working in it or in an area that contains it (the whole area), then
/// those working in some areas inside it (part of it).</summary>
internal static class ProfileProgrammes
{
    public static IReadOnlyList<ProgrammeReach> Compute(DashboardSnapshot snapshot, Area area)
    {
        var above = snapshot.PathTo(area).Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
        var list = new List<ProgrammeReach>();
        foreach (var p in snapshot.Programmes)
        {
            var whole = p.Areas.Where(above.Contains).ToList();
            var part = whole.Count > 0 ? [] : p.Areas.Where(c => c != area.Code && snapshot.IsWithin(c, area.Code)).ToList();
            if (whole.Count == 0 && part.Count == 0) continue;
            list.Add(new ProgrammeReach(p.Id, p.Title, p.Status, Date(p.Start), Date(p.End), whole.Count > 0 ? "whole" : "part", whole.Count > 0 ? whole : part,
                [.. p.Clusters.Select(c => c.ToCode())], p.Budget, p.Currency, p.Prevention));
        }
        return [.. list.OrderBy(r => r.Reach == "whole" ? 0 : 1).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    private static string? Date(DateOnly? d) => d?.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
