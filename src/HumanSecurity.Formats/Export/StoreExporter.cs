using System.Text;
using HumanSecurity.Areas;
using HumanSecurity.Formats.CodAb;
using HumanSecurity.Formats.Hxl;
using HumanSecurity.Formats.Iati;
using HumanSecurity.Formats.Sdmx;
using HumanSecurity.Observations;
using HumanSecurity.Storage;

namespace HumanSecurity.Formats.Export;

/// <summary>Reads from a store (through <see cref="IStore"/>) and writes hxl, sdmx-csv, sdmx-json, geojson or iati. The
/// file is written to a temporary name and moved into place, so a failed export leaves no partial file.</summary>
public static class StoreExporter
{
    public static readonly string[] Formats = ["hxl", "sdmx-csv", "sdmx-json", "geojson", "iati"];

    /// <summary>Writes the export; returns the number of records written.</summary>
    public static async Task<long> ExportAsync(IStore store, ExportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(request);
        if (!Formats.Contains(request.Format))
            throw new InvalidInputException("--format", $"'{request.Format}' cannot be exported; expected one of {string.Join(", ", Formats)}");
        var (text, count) = request.Format switch
        {
            "geojson" => await GeoJsonAsync(store, request, cancellationToken).ConfigureAwait(false),
            "iati" => await IatiAsync(store, request, cancellationToken).ConfigureAwait(false),
            _ => await ObservationsAsync(store, request, cancellationToken).ConfigureAwait(false),
        };
        var full = Path.GetFullPath(request.OutPath);
        var temp = full + ".tmp-" + Guid.NewGuid().ToString("N")[..8];
        try
        {
            await File.WriteAllTextAsync(temp, text, new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (File.Exists(temp)) File.Delete(temp);
            throw new InvalidInputException(Path.GetFileName(request.OutPath), $"cannot write the export: {e.Message}");
        }
        return count;
    }

    private static async Task<(string, long)> ObservationsAsync(IStore store, ExportRequest r, CancellationToken ct)
    {
        var list = new List<Observation>();
        if (r.RunId is { } run) list.AddRange(await ResultsAsync(store, run, r, ct).ConfigureAwait(false));
        else
        {
            var query = new ObservationQuery { Indicators = r.Indicators, Areas = r.Areas, From = r.From, To = r.To, TotalsOnly = r.TotalsOnly };
            await foreach (var chunk in store.GetObservationsAsync(query, ct).ConfigureAwait(false)) list.AddRange(chunk.Rows());
        }
        if (r.Format == "sdmx-json") return (SdmxWriter.ToJson(list), list.Count);
        var text = new StringWriter();
        if (r.Format == "hxl")
        {
            var chunk = new ObservationChunk(Math.Max(1, list.Count));
            foreach (var o in list) chunk.Add(o);
            HxlWriter.Write(text, [chunk]);
        }
        else SdmxWriter.WriteCsv(text, list);
        return (text.ToString(), list.Count);
    }

    /// <summary>Scores of a run as observations: indicator = model node, area = unit, period = the score's period (else the
    /// run's year), status <c>E</c> (computed), source <c>run N: model</c>; missing scores are left out.</summary>
    private static async Task<List<Observation>> ResultsAsync(IStore store, long runId, ExportRequest r, CancellationToken ct)
    {
        var run = (await store.GetRunsAsync(ct).ConfigureAwait(false)).FirstOrDefault(x => x.Id == runId)
            ?? throw new InvalidInputException("--run", $"run {runId} is not in the store");
        var rows = await store.GetScoresAsync(runId, ct).ConfigureAwait(false);
        var result = new List<Observation>(rows.Count);
        foreach (var s in rows)
        {
            if (double.IsNaN(s.Score) || (r.Indicators is { Count: > 0 } i && !i.Contains(s.Node)) || (r.Areas is { Count: > 0 } a && !a.Contains(s.Unit))) continue;
            var period = s.Period is { } p && Period.TryParse(p, out var pp) ? pp : Period.FromYear(run.CreatedAt.Year);
            if ((r.From is { } from && period < from) || (r.To is { } to && period > to)) continue;
            result.Add(new Observation(s.Node, s.Unit, period, Disaggregation.Total, s.Score) { Status = ObservationStatus.Estimated, Source = $"run {run.Id}: {run.Model}" });
        }
        return result;
    }

    private static async Task<(string, long)> GeoJsonAsync(IStore store, ExportRequest r, CancellationToken ct)
    {
        var areas = (await store.GetAreasAsync(ct).ConfigureAwait(false)).Where(a => r.Areas is null || r.Areas.Count == 0 || r.Areas.Contains(a.Code)).ToList();
        var geometries = await store.GetGeometriesAsync(ct).ConfigureAwait(false);
        Dictionary<string, IReadOnlyDictionary<string, double>>? scores = null;
        if (r.RunId is { } run)
        {
            var rows = await store.GetScoresAsync(run, ct).ConfigureAwait(false);
            if (rows.Count == 0) throw new InvalidInputException("--run", $"run {run} has no scores in the store");
            scores = rows.GroupBy(s => s.Unit).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<string, double>)g.GroupBy(s => s.Node).ToDictionary(n => n.Key, n => n.Last().Score));
        }
        var json = GeoJsonWriter.Write(areas, geometries, scores);
        return (json, areas.Count(a => a.Kind.AdminLevel() is not null));
    }

    private static async Task<(string, long)> IatiAsync(IStore store, ExportRequest r, CancellationToken ct)
    {
        var programmes = await store.GetProgrammesAsync(ct).ConfigureAwait(false);
        var problems = new ProblemList();
        var activities = new List<IatiActivity>();
        foreach (var p in programmes)
        {
            try { activities.Add(IatiProgrammes.ToActivity(p, r.ReportingOrg)); }
            catch (InvalidInputException e) { problems.AddRange(e.Problems); }
        }
        problems.ThrowIfErrors();
        return (IatiWriter.Write(activities, DateTimeOffset.UtcNow), activities.Count);
    }
}
