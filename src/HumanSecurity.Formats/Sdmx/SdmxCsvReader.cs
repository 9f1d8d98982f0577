using System.Text.RegularExpressions;
using HumanSecurity.Formats.Text;

namespace HumanSecurity.Formats.Sdmx;

/// <summary>Reads SDMX-CSV 1.0 (<c>DATAFLOW</c> first, separator = 9th character, labels=both), 2.0/2.1 (<c>STRUCTURE[;]</c>,
/// <c>STRUCTURE_ID</c>, <c>ACTION</c>, multi-valued <c>X[]</c> and multilingual <c>X[en;fr]</c> cells, labels=name columns,
/// <c>NaN</c>/<c>#N/A</c>/<c>~</c>) and plain "ID, label" CSV from SDMX warehouses without a DATAFLOW column.</summary>
public static partial class SdmxCsvReader
{
    private static readonly HashSet<string> Special = new(StringComparer.OrdinalIgnoreCase) { "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION", "SERIES_KEY", "OBS_KEY", "SERIESKEY" };

    /// <summary>Reads a whole file (see <see cref="Open"/> to stream one).</summary>
    public static SdmxDataset Read(string path)
    {
        using var reader = TextDecoding.Open(path);
        var (ds, observations) = Open(reader, TextDecoding.FirstLine(path), Path.GetFileName(path));
        ds.Observations.AddRange(observations);
        return ds;
    }

    public static SdmxDataset ReadText(string text, string file)
    {
        using var reader = new StringReader(text.TrimStart('\uFEFF'));
        var (ds, observations) = Open(reader, DelimitedText.FirstLine(text), file);
        ds.Observations.AddRange(observations);
        return ds;
    }

    /// <summary>Reads the header (version, separator, components) and returns the observations as a stream, read from
    /// <paramref name="reader"/> as they are enumerated (once), so files larger than memory can be imported. Row
    /// problems go to the dataset's <see cref="SdmxDataset.Problems"/> as rows are read.</summary>
    public static (SdmxDataset Dataset, IEnumerable<SdmxObservation> Observations) Open(TextReader reader, string firstLine, string file, ProblemList? problems = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var first = firstLine.TrimStart('\uFEFF');
        var upper = first.ToUpperInvariant();
        string version;
        char sep, sub = '\0';
        if (upper.StartsWith("DATAFLOW", StringComparison.Ordinal)) { version = "csv-1.0"; sep = first.Length > 8 ? first[8] : ','; }
        else if (upper.StartsWith("STRUCTURE", StringComparison.Ordinal))
        {
            version = "csv-2.0";
            var m = StructureHeader().Match(first);
            sub = m.Groups[1].Success && m.Groups[1].Value.Length == 1 ? m.Groups[1].Value[0] : '\0';
            sep = m.Success && m.Length < first.Length ? first[m.Length] : ',';
        }
        else { version = "csv-plain"; sep = DelimitedText.DetectSeparator(first); }
        var ds = new SdmxDataset(file, version, problems);
        var rows = DelimitedText.ReadRows(reader, sep, file).GetEnumerator();
        if (!rows.MoveNext())
        {
            rows.Dispose();
            throw new InvalidInputException(file, "empty file; expected an SDMX-CSV header row");
        }
        var columns = Header(rows.Current, ds, version);
        if (!columns.Any(c => c.Component?.Role == SdmxRole.Measure))
            ds.Problems.Warning(Problem.At(file, 1), "no measure column (OBS_VALUE); only attributes can be read");
        return (ds, Observations(rows, columns, ds, sub, sep));
    }

    private static IEnumerable<SdmxObservation> Observations(IEnumerator<Text.TextRow> rows, List<Column> columns, SdmxDataset ds, char sub, char sep)
    {
        using (rows)
        {
            while (rows.MoveNext())
                if (!rows.Current.IsBlank && ReadRow(rows.Current, columns, ds, sub, sep) is { } observation) yield return observation;
        }
    }

    /// <summary>A column: a component's, a label column (<see cref="LabelOf"/>: the component whose codes it names), or
    /// another (STRUCTURE_ID, ACTION...).</summary>
    private sealed record Column(int Index, string Header, SdmxComponent? Component, bool LabelsBoth, string? LabelOf = null);

    private static List<Column> Header(Text.TextRow header, SdmxDataset ds, string version)
    {
        var cells = header.Cells;
        var labelsBoth = version == "csv-1.0" && cells.Skip(1).All(c => c.Contains(": ", StringComparison.Ordinal));
        var columns = new List<Column>();
        for (var i = 0; i < cells.Length; i++)
        {
            var h = cells[i].Trim().TrimStart('\uFEFF');
            if (i == 0 && version != "csv-plain") { columns.Add(new Column(i, h, null, false)); continue; }
            var id = labelsBoth ? h[..h.IndexOf(": ", StringComparison.Ordinal)] : h;
            string? name = labelsBoth ? h[(h.IndexOf(": ", StringComparison.Ordinal) + 2)..] : null;
            var m = ComponentHeader().Match(id);
            var isId = m.Success && (id.Contains('_', StringComparison.Ordinal) || id == id.ToUpperInvariant());
            if (Special.Contains(id) || !isId)
            {
                var labels = !Special.Contains(id) && ds.Components.Count > 0 && ds.Components[^1].Name is null;
                columns.Add(new Column(i, id, null, false, labels ? ds.Components[^1].Id : null));
                if (labels) ds.Components[^1] = ds.Components[^1] with { Name = h };
                continue;
            }
            var langs = m.Groups[2].Success ? m.Groups[2].Value.Split(';', StringSplitOptions.RemoveEmptyEntries) : [];
            var component = new SdmxComponent(m.Groups[1].Value, SdmxRoles.Classify(m.Groups[1].Value), name) { IsList = m.Groups[2].Success, Languages = langs };
            if (ds.Components.Any(c => c.Id == component.Id))
                ds.Problems.Error(Problem.At(ds.File, header.Line, id), $"component '{component.Id}' appears twice");
            ds.Components.Add(component);
            columns.Add(new Column(i, id, component, labelsBoth));
        }
        return columns;
    }

    private static SdmxObservation? ReadRow(Text.TextRow row, List<Column> columns, SdmxDataset ds, char sub, char sep)
    {
        if (row.Cells.Length != columns.Count)
        {
            ds.Problems.Error(Problem.At(ds.File, row.Line), $"row has {row.Cells.Length} cell(s); expected {columns.Count} like the header (a cut row, a stray separator or quote?)");
            return null;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var action = "I";
        foreach (var c in columns)
        {
            var v = row.Cell(c.Index).Trim();
            if (c.Index == 0 && ds.Version != "csv-plain") { if (v.Length > 0 && ds.Version == "csv-1.0") ds.Structure ??= StripLabel(v, c.LabelsBoth || v.Contains("): ", StringComparison.Ordinal)); continue; }
            if (c.Component is null)
            {
                if (c.LabelOf is { } of && v.Length > 0 && values.GetValueOrDefault(of) is { Length: > 0 } code) ds.Labels.TryAdd((of, code), v);
                else if (c.Header.Equals("STRUCTURE_ID", StringComparison.OrdinalIgnoreCase) && v.Length > 0) ds.Structure ??= v;
                else if (c.Header.Equals("ACTION", StringComparison.OrdinalIgnoreCase) && v.Length > 0) action = v.ToUpperInvariant();
                continue;
            }
            if (c.Component.Role != SdmxRole.Attribute && v.AsSpan().ContainsAny('\n', '\r'))
            {
                ds.Problems.Error(Problem.At(ds.File, row.Line, c.Header), $"value of {c.Component.Id} holds a line break; expected one line (a stray quote joins the lines that follow it)");
                return null;
            }
            if (v is "NaN" or "#N/A" or "~") v = "";
            if (c.LabelsBoth)
            {
                if (v.IndexOf(": ", StringComparison.Ordinal) is var colon and > 0) ds.Labels.TryAdd((c.Component.Id, v[..colon]), v[(colon + 2)..]);
                v = StripLabel(v, true);
            }
            if (c.Component.Role == SdmxRole.Measure && sep == ';' && v.Contains(',', StringComparison.Ordinal) && !v.Contains('.', StringComparison.Ordinal)) v = v.Replace(',', '.');
            if (c.Component.IsList && sub != '\0' && v.Length > 0) lists[c.Component.Id] = v.Split(sub);
            values[c.Component.Id] = v;
        }
        if (action is not ("I" or "A" or "R" or "M" or "D"))
        {
            ds.Problems.Error(Problem.At(ds.File, row.Line, "ACTION"), $"'{action}' is not an action; expected I, A, R, M or D");
            return null;
        }
        return new SdmxObservation(Problem.At(ds.File, row.Line), values) { Action = action, Lists = lists };
    }

    private static string StripLabel(string v, bool labelled)
    {
        if (!labelled) return v;
        var i = v.IndexOf(": ", StringComparison.Ordinal);
        return i > 0 ? v[..i] : v;
    }

    [GeneratedRegex(@"^STRUCTURE(?:\[(.*?)\])?", RegexOptions.IgnoreCase)]
    private static partial Regex StructureHeader();

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9_]*)(?:\[(.*)\])?$")]
    private static partial Regex ComponentHeader();
}
