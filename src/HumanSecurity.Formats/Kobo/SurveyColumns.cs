namespace HumanSecurity.Formats.Kobo;

/// <summary>Classifies export headers: meta columns, group paths (<c>/</c> Kobo, <c>-</c> ODK), select_multiple summary and
/// <c>question/choice</c> columns (layouts summary, details, both), geopoints (Kobo <c>_q_latitude</c>..., ODK
/// <c>q-Latitude</c>...) and media <c>_URL</c> columns.</summary>
public static class SurveyColumns
{
    public static readonly HashSet<string> KoboMeta = new(StringComparer.Ordinal)
    {
        "start", "end", "today", "deviceid", "username", "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status",
        "_submitted_by", "__version__", "_tags", "_index", "_geolocation", "_parent_table_name", "_parent_index", "_submission__id",
        "_submission__uuid", "_submission__submission_time", "_submission__validation_status", "_submission__notes", "_submission__status",
        "_submission__submitted_by", "_submission___version__", "_submission__tags", "meta/instanceID", "formhub/uuid",
    };

    public static readonly HashSet<string> OdkMeta = new(StringComparer.Ordinal)
    {
        "SubmissionDate", "meta-instanceID", "KEY", "PARENT_KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected",
        "Status", "ReviewState", "DeviceID", "Edits", "FormVersion",
    };

    private static readonly string[] KoboGeoParts = ["latitude", "longitude", "altitude", "precision"];
    private static readonly string[] OdkGeoParts = ["Latitude", "Longitude", "Altitude", "Accuracy"];

    public static List<SurveyColumn> Classify(IReadOnlyList<string> headers, bool odk, IReadOnlyList<IReadOnlyList<string>> sampleRows)
    {
        var names = headers.ToHashSet(StringComparer.Ordinal);
        var sep = odk ? '-' : '/';
        var columns = new List<SurveyColumn>();
        var geopoints = new HashSet<string>(StringComparer.Ordinal);
        var selects = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var h = headers[i];
            var path = h.Split(sep);
            SurveyColumn c;
            if ((odk ? OdkMeta : KoboMeta).Contains(h)) c = new SurveyColumn(i, h, [h], SurveyColumnKind.Meta);
            else if (GeoPart(h, odk, names) is { } g) { c = new SurveyColumn(i, h, path, SurveyColumnKind.GeopointPart) { Question = g.Question, Part = g.Part }; geopoints.Add(g.Question); }
            else if (h.EndsWith("_URL", StringComparison.Ordinal) && names.Contains(h[..^4])) c = new SurveyColumn(i, h, path, SurveyColumnKind.MediaUrl) { Question = h[..^4] };
            else if (ChoiceOf(h, i, headers, names, sampleRows) is { } q) { c = new SurveyColumn(i, h, path, SurveyColumnKind.Choice) { Question = q, Part = h[(q.Length + 1)..] }; selects.Add(q); }
            else c = new SurveyColumn(i, h, path, SurveyColumnKind.Field);
            columns.Add(c);
        }
        return [.. columns.Select(c => c.Kind != SurveyColumnKind.Field ? c
            : geopoints.Contains(c.Name) ? c with { Kind = SurveyColumnKind.Geopoint }
            : selects.Contains(c.Name) ? c with { Kind = SurveyColumnKind.SelectMultiple } : c)];
    }

    private static (string Question, string Part)? GeoPart(string h, bool odk, HashSet<string> names)
    {
        if (odk)
        {
            foreach (var p in OdkGeoParts)
                if (h.EndsWith("-" + p, StringComparison.Ordinal) && h.Length > p.Length + 1) return (h[..^(p.Length + 1)], p.ToLowerInvariant());
            return null;
        }
        if (!h.StartsWith('_')) return null;
        foreach (var p in KoboGeoParts)
            if (h.EndsWith("_" + p, StringComparison.Ordinal) && h.Length > p.Length + 2 && names.Contains(h[1..^(p.Length + 1)])) return (h[1..^(p.Length + 1)], p);
        return null;
    }

    /// <summary>The select_multiple question of a <c>question/choice</c> column: the prefix is itself a column ("both"
    /// layout), or several siblings share it and hold only 0/1/blank ("details" layout).</summary>
    private static string? ChoiceOf(string h, int index, IReadOnlyList<string> headers, HashSet<string> names, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var slash = h.LastIndexOf('/');
        if (slash <= 0 || slash == h.Length - 1) return null;
        for (var at = h.IndexOf('/'); at > 0; at = h.IndexOf('/', at + 1))
            if (names.Contains(h[..at])) return h[..at];
        var q = h[..slash];
        var siblings = headers.Select((x, i) => (x, i)).Where(x => x.x.StartsWith(q + "/", StringComparison.Ordinal) && x.x.IndexOf('/', q.Length + 1) < 0).ToList();
        if (siblings.Count < 2) return null;
        var binary = siblings.All(s => rows.All(r => s.i >= r.Count || r[s.i] is "" or "0" or "1"));
        return binary && rows.Count > 0 ? q : null;
    }
}
