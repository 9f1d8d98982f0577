using System.Globalization;
using HumanSecurity.Formats.Text;
using HumanSecurity.Observations;

namespace HumanSecurity.Formats.Sdmx;

/// <summary>Maps SDMX observations onto the model: <c>REF_AREA</c> (or the mapping's <c>area_dimension</c>, e.g. a
/// reporting-country dimension; through the mapping's crosswalk, else numeric UN M49 country codes to ISO alpha-3) → area, <c>TIME_PERIOD</c> →
/// period, <c>OBS_VALUE</c> × 10^<c>UNIT_MULT</c> → value, <c>SEX</c>/<c>AGE</c>/<c>POP_GROUP</c>/<c>DISABILITY_STATUS</c>/
/// <c>URBANISATION</c> → disaggregation, <c>OBS_STATUS</c> → status; indicator from INDICATOR/SERIES (else the dataflow id)
/// plus any other non-total dimension values.</summary>
public static class SdmxObservationMapper
{
    private static readonly HashSet<string> Mapped = new(StringComparer.OrdinalIgnoreCase)
    {
        "TIME_PERIOD", "FREQ", "SEX", "AGE", "POP_GROUP", "DISABILITY_STATUS", "URBANISATION", "INDICATOR", "SERIES",
    };

    /// <summary>The dimension holding the area: the mapping's <c>area_dimension</c>, else <c>REF_AREA</c>.</summary>
    public static string AreaDimension(SdmxMapping? mapping) => mapping?.AreaDimension ?? "REF_AREA";

    /// <summary>Maps every observation of the dataset; <paramref name="drafts"/>, when given, receives what the file
    /// says about each indicator (label from the file's label columns, unit from the first UNIT_MEASURE).</summary>
    public static List<Observation> Map(SdmxDataset ds, SdmxMapping? mapping, ProblemList problems, Dictionary<string, Import.IndicatorDraft>? drafts = null)
    {
        ArgumentNullException.ThrowIfNull(ds);
        return [.. Map(ds, ds.Observations, mapping, problems, drafts)];
    }

    /// <summary>Maps observations as they are enumerated (a stream from <see cref="SdmxCsvReader.Open"/>, or the
    /// dataset's list); problems are reported in the order of the rows.</summary>
    public static IEnumerable<Observation> Map(SdmxDataset ds, IEnumerable<SdmxObservation> observations, SdmxMapping? mapping, ProblemList problems,
        Dictionary<string, Import.IndicatorDraft>? drafts = null)
    {
        ArgumentNullException.ThrowIfNull(ds);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(problems);
        return MapCore(ds, observations, mapping ?? new SdmxMapping(), problems, drafts).Select(x => x.Observation);
    }

    /// <summary>Same, with each observation's location (<c>file:line</c> or JSON path).</summary>
    internal static IEnumerable<(Observation Observation, string Location)> MapLocated(SdmxDataset ds, IEnumerable<SdmxObservation> observations, SdmxMapping? mapping,
        ProblemList problems, Dictionary<string, Import.IndicatorDraft>? drafts) =>
        MapCore(ds, observations, mapping ?? new SdmxMapping(), problems, drafts);

    private static IEnumerable<(Observation Observation, string Location)> MapCore(SdmxDataset ds, IEnumerable<SdmxObservation> observations, SdmxMapping mapping, ProblemList problems,
        Dictionary<string, Import.IndicatorDraft>? drafts)
    {
        var areaDimension = AreaDimension(mapping);
        if (!ds.Components.Any(c => c.Id == areaDimension))
        {
            problems.Error(ds.File, mapping.AreaDimension is null
                ? $"no REF_AREA dimension among {string.Join(", ", ds.Components.Select(c => c.Id))}; expected the area code in REF_AREA, or name the dimension that holds it with 'area_dimension' in a mapping file"
                : $"no dimension '{areaDimension}' (the mapping's area_dimension) among {string.Join(", ", ds.Components.Select(c => c.Id))}");
            yield break;
        }
        var dims = ds.Components.Where(c => c.Role == SdmxRole.Dimension && !Mapped.Contains(c.Id) && c.Id != areaDimension && c.Id != mapping.IndicatorDimension)
            .Select(c => c.Id).ToList();
        int noValue = 0, deleted = 0;
        foreach (var o in observations)
        {
            if (o.Action == "D") { deleted++; continue; }
            var valueText = o.Get("OBS_VALUE") ?? ds.Components.Where(c => c.Role == SdmxRole.Measure).Select(c => o.Get(c.Id)).FirstOrDefault(v => v is not null);
            if (valueText is null) { noValue++; continue; }
            if (!ValueParsing.TryNumber(valueText, out var value)) { problems.Error(o.Location + " OBS_VALUE", $"'{valueText}' is not a number"); continue; }
            var areaCode = o.Get(areaDimension);
            if (areaCode is null) { problems.Error($"{o.Location} {areaDimension}", $"{areaDimension} is empty; expected an area code"); continue; }
            var timeText = o.Get("TIME_PERIOD");
            if (timeText is null || !ValueParsing.TryPeriod(timeText, out var period))
            {
                problems.Error(o.Location + " TIME_PERIOD", $"'{timeText}' is not a period; expected {Period.ExpectedForms}");
                continue;
            }
            if (o.Get("UNIT_MULT") is { } mult)
            {
                if (int.TryParse(mult, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var m) && m is >= -30 and <= 30) value *= Math.Pow(10, m);
                else problems.Error(o.Location + " UNIT_MULT", $"'{mult}' is not a power of ten between -30 and 30");
            }
            var area = mapping.Areas.TryGetValue(areaCode, out var mapped) ? mapped
                : mapping.M49ToIso3 && M49Crosswalk.TryIso3(areaCode, out var iso3) ? iso3 : areaCode;
            var indicator = Indicator(o, ds, mapping, dims);
            if (drafts is not null && !drafts.ContainsKey(indicator)) drafts[indicator] = Draft(indicator, o, ds, mapping, dims);
            yield return (new Observation(indicator, area, period, Disaggregation(o), value)
            {
                Status = o.Get("OBS_STATUS"),
                Source = o.Get("SOURCE_DETAIL") ?? o.Get("DATA_SOURCE"),
            }, o.Location);
        }
        if (noValue > 0) problems.Warning(ds.File, $"{noValue} row(s) have no OBS_VALUE (missing or attribute-only) and were skipped");
        if (deleted > 0) problems.Warning(ds.File, $"{deleted} row(s) with ACTION D (delete) were skipped; deletions are not imported");
    }

    private static string Indicator(SdmxObservation o, SdmxDataset ds, SdmxMapping mapping, List<string> dims) =>
        string.Join('.', IndicatorParts(o, ds, mapping, dims).Select(p => p.Code));

    /// <summary>The parts of an indicator code: the head (a fixed code, the indicator dimension's value or the dataflow
    /// id) and the other non-total dimension values, each with the component it comes from (null: none).</summary>
    private static IEnumerable<(string? Component, string Code)> IndicatorParts(SdmxObservation o, SdmxDataset ds, SdmxMapping mapping, List<string> dims)
    {
        if (mapping.Indicator is { } fixedCode)
        {
            yield return (null, fixedCode);
            yield break;
        }
        var headComponent = mapping.IndicatorDimension is { } md && o.Get(md) is not null ? md
            : o.Get("INDICATOR") is not null ? "INDICATOR" : o.Get("SERIES") is not null ? "SERIES" : null;
        yield return headComponent is null ? (null, ds.StructureId ?? "SDMX") : (headComponent, o.Get(headComponent)!);
        foreach (var d in dims)
            if (o.Get(d) is { } v and not "_T" and not "_Z") yield return (d, v);
    }

    /// <summary>What the file says about an indicator: its label (the labels of its parts, when the head has one) and unit
    /// (the UNIT_MEASURE label, else its code). SDMX has no direction.</summary>
    private static Import.IndicatorDraft Draft(string code, SdmxObservation o, SdmxDataset ds, SdmxMapping mapping, List<string> dims)
    {
        var parts = IndicatorParts(o, ds, mapping, dims).ToList();
        var labels = parts.Select(p => p.Component is null ? null : ds.LabelOf(p.Component, p.Code)).ToList();
        var unit = o.Get("UNIT_MEASURE") is { } u ? ds.LabelOf("UNIT_MEASURE", u) ?? u : null;
        return new Import.IndicatorDraft(code)
        {
            Name = labels[0] is null ? null : string.Join(", ", labels.Select((l, i) => l ?? parts[i].Code)),
            Unit = unit,
        };
    }

    private static Disaggregation Disaggregation(SdmxObservation o)
    {
        string Code(string id) => o.Get(id) is { } v && v != "_Z" ? v : Observations.Disaggregation.TotalCode;
        var d = new Disaggregation(Code("SEX"), Code("AGE"), Code("POP_GROUP"), Code("DISABILITY_STATUS"), Code("URBANISATION"));
        return d.IsTotal ? Observations.Disaggregation.Total : d;
    }
}
