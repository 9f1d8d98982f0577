using HumanSecurity.Areas;
using HumanSecurity.Storage;
using HumanSecurity.Web.Text;

namespace HumanSecurity.Web.ReadModels.Profiles;

/// <summary>Builds <see cref="AreaProfile"/>s from the store: the index run that scored the area (the latest, or the one
/// asked for), its tree and threat profile, trends, poverty, group gaps and programmes.</summary>
public sealed class AreaProfiles(DashboardData data, RunModels models, MapLayers layers)
{
    public async Task<AreaProfile> BuildAsync(DashboardSnapshot snapshot, Area area, RunRecord? run, TextSet text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(text);
        var notes = new List<string>();
        var scores = await ChooseRunAsync(snapshot, area, run, cancellationToken);
        IndexSection? index = null;
        ThreatProfile? threats = null;
        ComparisonSection? comparison = null;
        if (scores is null) notes.Add(text["profile.note.norun"]);
        else
        {
            var top = scores.DefaultNode()!;
            var legend = await layers.RunLegendAsync(snapshot, scores.Run, top, text, cancellationToken);
            var model = models.For(scores, snapshot);
            index = ProfileIndex.Section(snapshot, scores, model, area, legend);
            if (index is null) notes.Add(text.Format("profile.note.unscored", scores.Run.Id));
            else if (!index.TreeAvailable) notes.Add(text.Format("profile.note.notree", scores.Run.Model));
            threats = index is null ? null : ProfileThreats.Compute(snapshot, scores, area.Code, legend);
            comparison = index is null ? null : ProfileIndex.Comparison(snapshot, scores, model, area, text);
        }
        var trends = await new ProfileTrends(data, models).ComputeAsync(snapshot, index is null ? null : scores, area.Code, cancellationToken);
        var poverty = await ProfilePoverty.ComputeAsync(data, snapshot, area, text, cancellationToken);
        var gaps = await ProfileGaps.ComputeAsync(data.Store, snapshot, area.Code, cancellationToken);
        var population = area.Populations.OrderByDescending(p => p.Period).FirstOrDefault();
        return new AreaProfile(ProfileIndex.Ref(area, text), [.. snapshot.PathTo(area).SkipLast(1).Select(a => ProfileIndex.Ref(a, text))],
            [.. snapshot.Areas.ChildrenOf(area.Code).OrderBy(a => a.Code, StringComparer.Ordinal).Select(a => ProfileIndex.Ref(a, text))],
            population?.Population, population?.Period.ToString(), scores is null ? null : RunRef(scores), index, threats, comparison, trends, poverty, gaps,
            ProfileProgrammes.Compute(snapshot, area), notes, snapshot.IsSynthetic);
    }

    /// <summary>The run asked for, else the latest index run with a score for the area on its top node, else the latest
    /// index run (the profile then says the area was not scored).</summary>
    private async Task<RunScores?> ChooseRunAsync(DashboardSnapshot snapshot, Area area, RunRecord? run, CancellationToken cancellationToken)
    {
        if (run is not null) return await data.ScoresAsync(run, cancellationToken);
        RunScores? latest = null;
        foreach (var r in snapshot.IndexRuns)
        {
            var scores = await data.ScoresAsync(r, cancellationToken);
            latest ??= scores;
            if (scores.DefaultNode() is { } top && scores.Row(top, area.Code) is not null) return scores;
        }
        return latest;
    }

    private static RunRef RunRef(RunScores s) => new(s.Run.Id, s.Run.Kind, s.Run.Model, s.Run.ModelHash, s.Period, s.Parameters.Level, s.Run.CreatedAt,
        s.Run.DataVersion, s.Parameters.All);
}
