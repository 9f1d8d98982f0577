using System.Globalization;
using System.Text;
using HumanSecurity.Runs;
using HumanSecurity.Storage;

namespace HumanSecurity.Cli.Commands;

/// <summary>A run manifest as readable lines (<c>hso runs show</c>; <c>--json</c> prints the manifest itself).</summary>
internal static class RunManifestText
{
    public static string Format(RunRecord run, RunManifest m)
    {
        var b = new StringBuilder();
        void Line(string text) => b.Append(text).Append('\n');
        var e = m.Engine;
        Line(string.Create(CultureInfo.InvariantCulture, $"run {run.Id}: {m.Kind}, made {m.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC by {e.Name} {e.Version}{(e.Commit is null ? "" : $" (commit {e.Commit})")}"));
        Line($"model:    {m.Model.Name} ({m.Model.Origin} {m.Model.Reference}{(m.Model.Release is null ? "" : ", release " + m.Model.Release)}), sha256 {m.Model.Hash}");
        foreach (var f in m.Inputs.Files) Line($"file:     {f.Role} {f.Path} sha256 {f.Sha256}");
        if (m.Inputs.Store is { } s)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"store:    data version {s.DataVersion}, {s.Datasets.Count} dataset(s) read"));
            foreach (var d in s.Datasets) Line(string.Create(CultureInfo.InvariantCulture, $"  dataset {d.Id} ({d.Kind}) {d.File} sha256 {d.Sha256}"));
        }
        Line($"options:  {m.Options.ToJsonString()}");
        Line($"periods:  {(m.Periods.Count == 0 ? "(none)" : string.Join(", ", m.Periods))}{(m.Seed is { } seed ? string.Create(CultureInfo.InvariantCulture, $"; seed {seed}") : "")}");
        var c = m.Counts;
        Line(string.Create(CultureInfo.InvariantCulture,
            $"counts:   {c.Units} units, {c.Indicators} indicators, {c.Nodes} nodes; {c.MissingCells} missing, {c.ImputedCells} imputed, {c.TreatedCells} treated, {c.SuppressedCells} suppressed cells; {c.DroppedUnits} units dropped; {c.ScoreRows} score rows"));
        Line("nodes:");
        foreach (var n in m.Nodes)
        {
            var parts = new[] { n.Method, n.Treat is null ? null : $"treat {n.Treat}{(n.Treatment is null ? "" : $" ({n.Treatment})")}", n.Impute is null ? null : $"impute {n.Impute}", n.MissingData };
            Line(string.Create(CultureInfo.InvariantCulture, $"  {n.Code} [{n.Role}, level {n.Level}, weight {n.Weight:R}] {string.Join("; ", parts.Where(p => p is not null))}"));
        }
        Line($"timings:  {string.Join(", ", m.TimingsMs.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value:0.###} ms")))}");
        return b.ToString().TrimEnd('\n');
    }
}
