using System.Text.Json;
using static HumanSecurity.Formats.Sdmx.SdmxJsonReader;

namespace HumanSecurity.Formats.Sdmx;

/// <summary>Decodes one SDMX-JSON dataSet (series or flat observations) into the dataset's observations.</summary>
internal sealed class SdmxJsonDataSet(SdmxJsonStructure structure, JsonElement set, string location, SdmxDataset target)
{
    private ProblemList Problems => target.Problems;

    public void Read()
    {
        var action = Prop(set, "action") is { } a ? JsonText(a) ?? "Information" : "Information";
        var code = action switch { "Information" => "I", "Append" => "A", "Replace" => "R", "Delete" => "D", "Merge" => "M", _ => null };
        if (code is null) { Problems.Error(location + ".action", $"'{action}' is not an action; expected Information, Append, Replace, Merge or Delete"); return; }
        var baseValues = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var d in structure.DataSetDims) if (d.Values.Count > 0 && d.Values[0] is { } v) baseValues[d.Id] = v;
        if (Prop(set, "attributes") is { ValueKind: JsonValueKind.Array } attrs) Attributes(attrs, 0, structure.DataSetAttrs, baseValues, lists, location + ".attributes");
        _groups = Groups(location + ".dimensionGroupAttributes");
        if (Prop(set, "series") is { ValueKind: JsonValueKind.Object } series)
        {
            // A series key holds the series dimensions, or (a server that does not lift single-valued dimensions to the
            // data set) the data-set dimensions too, in declared order.
            IReadOnlyList<SdmxJsonComponent>[] seriesKeys = [structure.SeriesDims, [.. structure.DataSetDims, .. structure.SeriesDims]];
            foreach (var s in series.EnumerateObject())
            {
                var where = $"{location}.series[\"{s.Name}\"]";
                var values = new Dictionary<string, string>(baseValues, StringComparer.Ordinal);
                var l = new Dictionary<string, IReadOnlyList<string>>(lists, StringComparer.Ordinal);
                if (!Key(s.Name, seriesKeys, values, where)) continue;
                if (Prop(s.Value, "attributes") is { ValueKind: JsonValueKind.Array } sa) Attributes(sa, 0, structure.SeriesAttrs, values, l, where + ".attributes");
                if (Prop(s.Value, "observations") is { ValueKind: JsonValueKind.Object } obs) Observations(obs, [structure.ObservationDims], values, l, code, where);
            }
        }
        else if (Prop(set, "observations") is { ValueKind: JsonValueKind.Object } obs)
        {
            // Without a series level an observation key holds the observation dimensions and may also hold the series
            // dimensions (dimensionAtObservation = AllDimensions) and the data-set dimensions, in declared order.
            IReadOnlyList<SdmxJsonComponent>[] flatKeys =
            [
                structure.ObservationDims,
                [.. structure.SeriesDims, .. structure.ObservationDims],
                [.. structure.DataSetDims, .. structure.SeriesDims, .. structure.ObservationDims],
            ];
            Observations(obs, flatKeys, baseValues, lists, code, location);
        }
    }

    private void Observations(JsonElement obs, IReadOnlyList<SdmxJsonComponent>[] keys, Dictionary<string, string> parent,
        Dictionary<string, IReadOnlyList<string>> parentLists, string action, string where)
    {
        var declared = structure.Measures.Count + structure.ObservationAttrs.Count;
        foreach (var o in obs.EnumerateObject())
        {
            var at = $"{where}.observations[\"{o.Name}\"]";
            var values = new Dictionary<string, string>(parent, StringComparer.Ordinal);
            var lists = new Dictionary<string, IReadOnlyList<string>>(parentLists, StringComparer.Ordinal);
            if (!Key(o.Name, keys, values, at)) continue;
            if (o.Value.ValueKind != JsonValueKind.Array) { Problems.Error(at, "expected an array of measure and attribute values"); continue; }
            var items = o.Value.EnumerateArray().ToList();
            if (items.Count > declared && !_extraWarned)
            {
                _extraWarned = true;
                Problems.Warning(at, $"{items.Count} values where the structure declares {structure.Measures.Count} measure(s) and {structure.ObservationAttrs.Count} observation attribute(s); the extra values are ignored (first such observation of this data set)");
            }
            for (var m = 0; m < structure.Measures.Count; m++)
                values[structure.Measures[m].Id] = m < items.Count ? JsonText(items[m]) ?? "" : "";
            Attributes(o.Value, structure.Measures.Count, structure.ObservationAttrs, values, lists, at);
            foreach (var (constraints, array, groupAt) in _groups)
                if (constraints.All(c => values.TryGetValue(c.Key, out var v) && v == c.Value)) Attributes(array, 0, structure.GroupAttrs, values, lists, groupAt);
            target.Observations.Add(new SdmxObservation(at, values) { Action = action, Lists = lists });
        }
    }

    private List<(Dictionary<string, string> Constraints, JsonElement Values, string Where)> _groups = [];

    private bool _extraWarned;

    /// <summary>Dimension-group attribute sets: key positions (all dimensions, in key-position order; empty = any) → values.</summary>
    private List<(Dictionary<string, string>, JsonElement, string)> Groups(string where)
    {
        var result = new List<(Dictionary<string, string>, JsonElement, string)>();
        if (Prop(set, "dimensionGroupAttributes") is not { ValueKind: JsonValueKind.Object } groups) return result;
        var dims = structure.DimensionsByPosition;
        foreach (var g in groups.EnumerateObject())
        {
            var at = $"{where}[\"{g.Name}\"]";
            var parts = g.Name.Split(':');
            if (parts.Length != dims.Count || g.Value.ValueKind != JsonValueKind.Array)
            {
                Problems.Error(at, $"key '{g.Name}' has {parts.Length} position(s); expected {dims.Count} ({string.Join(", ", dims.Select(d => d.Id))}) and an array of values");
                continue;
            }
            var constraints = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < parts.Length; i++)
            {
                if (parts[i].Length == 0) continue;
                if (int.TryParse(parts[i], out var idx) && idx >= 0 && idx < dims[i].Values.Count && dims[i].Values[idx] is { } v) constraints[dims[i].Id] = v;
                else Problems.Error(at, $"position {i} ('{parts[i]}') is not an index into the values of {dims[i].Id}");
            }
            result.Add((constraints, g.Value, at));
        }
        return result;
    }

    /// <summary>Decodes a key against the candidate dimension lists, the one with as many dimensions as the key has positions.</summary>
    private bool Key(string key, IReadOnlyList<SdmxJsonComponent>[] candidates, Dictionary<string, string> values, string at)
    {
        var parts = key.Length == 0 ? [] : key.Split(':');
        var dims = candidates.FirstOrDefault(c => c.Count == parts.Length);
        if (dims is null)
        {
            var expected = string.Join(" or ", candidates.Select(c => c.Count).Distinct());
            Problems.Error(at, $"key '{key}' has {parts.Length} position(s); expected {expected} for {string.Join(", ", candidates[^1].Select(d => d.Id))}");
            return false;
        }
        for (var i = 0; i < dims.Count; i++)
        {
            if (!int.TryParse(parts[i], out var idx) || idx < 0 || idx >= dims[i].Values.Count || dims[i].Values[idx] is not { } v)
            {
                Problems.Error(at, $"key position {i} ('{parts[i]}') is not an index into the {dims[i].Values.Count} values of {dims[i].Id}");
                return false;
            }
            values[dims[i].Id] = v;
        }
        return true;
    }

    private void Attributes(JsonElement array, int offset, IReadOnlyList<SdmxJsonComponent> attrs, Dictionary<string, string> values,
        Dictionary<string, IReadOnlyList<string>> lists, string at)
    {
        var items = array.EnumerateArray().ToList();
        for (var i = 0; i < attrs.Count && offset + i < items.Count; i++)
        {
            var e = items[offset + i];
            var c = attrs[i];
            switch (e.ValueKind)
            {
                case JsonValueKind.Null: break;
                case JsonValueKind.Array:
                    var list = e.EnumerateArray().Select(x => JsonText(x) ?? "").ToList();
                    lists[c.Id] = list;
                    values[c.Id] = string.Join(';', list);
                    break;
                case JsonValueKind.Object:
                    var langs = e.EnumerateObject().Select(p => $"{p.Name}:{JsonText(p.Value)}").ToList();
                    lists[c.Id] = langs;
                    values[c.Id] = string.Join(';', langs);
                    break;
                case JsonValueKind.Number when c.Coded && c.Values.Count > 0:
                    // An index to a null entry of the value list means "no value" (the field guide's way to shorten messages).
                    if (Index(e) is { } idx && idx >= 0 && idx < c.Values.Count)
                    {
                        if (c.Values[idx] is { } v) values[c.Id] = v;
                    }
                    else Problems.Error(at, $"attribute {c.Id}: {e.GetRawText()} is not an index into its {c.Values.Count} values");
                    break;
                default:
                    values[c.Id] = JsonText(e) ?? "";
                    break;
            }
        }
    }
}
