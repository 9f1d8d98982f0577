using System.Text.Json;
using static HumanSecurity.Formats.Sdmx.SdmxJsonReader;

namespace HumanSecurity.Formats.Sdmx;

/// <summary>The dimensions, measures and attributes of one SDMX-JSON structure, per level.</summary>
internal sealed class SdmxJsonStructure
{
    public SdmxJsonStructure(JsonElement s, string location, ProblemList problems)
    {
        var dims = Prop(s, "dimensions");
        var attrs = Prop(s, "attributes");
        DataSetDims = Components(dims, "dataSet", location + ".dimensions.dataSet", problems, true);
        SeriesDims = Components(dims, "series", location + ".dimensions.series", problems, true);
        ObservationDims = Components(dims, "observation", location + ".dimensions.observation", problems, true);
        DataSetAttrs = Components(attrs, "dataSet", location, problems, false);
        SeriesAttrs = Components(attrs, "series", location, problems, false);
        ObservationAttrs = Components(attrs, "observation", location, problems, false);
        GroupAttrs = Components(attrs, "dimensionGroup", location, problems, false);
        var measures = Components(Prop(s, "measures"), "observation", location, problems, false);
        Measures = measures.Count > 0 ? measures : [new SdmxJsonComponent("OBS_VALUE", null, [])];
        Dataflow = Dataflow0(s);
    }

    public IReadOnlyList<SdmxJsonComponent> DataSetDims { get; }

    public IReadOnlyList<SdmxJsonComponent> SeriesDims { get; }

    public IReadOnlyList<SdmxJsonComponent> ObservationDims { get; }

    public IReadOnlyList<SdmxJsonComponent> DataSetAttrs { get; }

    public IReadOnlyList<SdmxJsonComponent> SeriesAttrs { get; }

    public IReadOnlyList<SdmxJsonComponent> ObservationAttrs { get; }

    public IReadOnlyList<SdmxJsonComponent> Measures { get; }

    /// <summary>Attributes attached to dimension groups (<c>dimensionGroupAttributes</c>).</summary>
    public IReadOnlyList<SdmxJsonComponent> GroupAttrs { get; }

    /// <summary>All dimensions in the order the positions of <c>dimensionGroupAttributes</c> keys use: dataSet, series,
    /// then observation level, each as declared (the v2.0.0 agri sample keys FREQ, REF_AREA, TIME_PERIOD this way although
    /// their keyPosition values are 2, 0, 3).</summary>
    public IReadOnlyList<SdmxJsonComponent> DimensionsByPosition => [.. DataSetDims.Concat(SeriesDims).Concat(ObservationDims)];

    public string? Dataflow { get; }

    public IEnumerable<SdmxComponent> Components()
    {
        foreach (var d in DataSetDims.Concat(SeriesDims).Concat(ObservationDims))
            yield return new SdmxComponent(d.Id, d.Id == "TIME_PERIOD" ? SdmxRole.TimeDimension : SdmxRole.Dimension, d.Name);
        foreach (var m in Measures) yield return new SdmxComponent(m.Id, SdmxRole.Measure, m.Name);
        foreach (var a in DataSetAttrs.Concat(SeriesAttrs).Concat(ObservationAttrs).Concat(GroupAttrs)) yield return new SdmxComponent(a.Id, SdmxRole.Attribute, a.Name);
    }

    private static string? Dataflow0(JsonElement s)
    {
        if (Prop(s, "links") is not { ValueKind: JsonValueKind.Array } links) return null;
        foreach (var l in links.EnumerateArray())
        {
            if (Prop(l, "rel") is not { } rel || JsonText(rel) is not "dataflow") continue;
            if (Prop(l, "urn") is { } urn && JsonText(urn) is { } u)
                return u.Contains('=', StringComparison.Ordinal) ? u[(u.IndexOf('=', StringComparison.Ordinal) + 1)..] : u;
            if (Prop(l, "href") is { } href && JsonText(href) is { } h && FromRestPath(h) is { } flow) return flow;
        }
        return null;
    }

    /// <summary><c>.../dataflow/AGENCY/ID/VERSION</c> (an SDMX REST path, as SDMX-JSON 1.0 links give it) → <c>AGENCY:ID(VERSION)</c>.</summary>
    private static string? FromRestPath(string href)
    {
        var parts = href.TrimEnd('/').Split('/');
        var at = Array.LastIndexOf(parts, "dataflow");
        if (at < 0 || parts.Length - at < 3) return null;
        return parts.Length - at >= 4 ? $"{parts[at + 1]}:{parts[at + 2]}({parts[at + 3]})" : $"{parts[at + 1]}:{parts[at + 2]}";
    }

    /// <summary>A value's code (<c>id</c>), else an uncoded value's text (<c>value</c>; SDMX-JSON 1.0 gives only a <c>name</c>);
    /// a <c>null</c> entry stays null (no value).</summary>
    private static string? ValueText(JsonElement v) =>
        Prop(v, "id") is { } id ? JsonText(id) : Prop(v, "value") is { } value ? JsonText(value) : Prop(v, "name") is { } name ? JsonText(name) : null;

    private static List<SdmxJsonComponent> Components(JsonElement? parent, string level, string location, ProblemList problems, bool isDimension)
    {
        var list = new List<SdmxJsonComponent>();
        if (parent is not { } p || Prop(p, level) is not { ValueKind: JsonValueKind.Array } items) return list;
        var i = 0;
        foreach (var c in items.EnumerateArray())
        {
            var id = Prop(c, "id") is { } idv ? JsonText(idv) : null;
            if (string.IsNullOrEmpty(id))
            {
                problems.Error($"{location}[{i}]", "component has no 'id'");
                id = $"COMPONENT_{i}";
            }
            var values = Prop(c, "values") is { ValueKind: JsonValueKind.Array } vs
                ? vs.EnumerateArray().Select(ValueText).ToList()
                : [];
            if (isDimension && values.Count == 0) problems.Warning($"{location}[{i}] {id}", "dimension has no 'values'; its keys cannot be decoded");
            var position = Prop(c, "keyPosition") is { } kp ? Index(kp) : null;
            list.Add(new SdmxJsonComponent(id, Prop(c, "name") is { } n ? JsonText(n) : null, values) { Coded = Prop(c, "values") is not null, KeyPosition = position });
            i++;
        }
        return list;
    }
}

/// <summary>A component with its value list (dimension codes, coded attribute values).</summary>
internal sealed record SdmxJsonComponent(string Id, string? Name, IReadOnlyList<string?> Values)
{
    public bool Coded { get; init; }

    public int? KeyPosition { get; init; }
}
