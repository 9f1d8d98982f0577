namespace HumanSecurity.Formats.Sdmx;

/// <summary>Role of an SDMX component as read (CSV headers carry no DSD, so roles come from well-known ids).</summary>
public enum SdmxRole
{
    Dimension,
    TimeDimension,
    Measure,
    Attribute,
}

/// <summary>A component (column) of an SDMX message.</summary>
/// <param name="Id">Component id, e.g. <c>REF_AREA</c>.</param>
/// <param name="Role">Dimension, time, measure or attribute.</param>
/// <param name="Name">Localised name when given (labels=both/name, SDMX-JSON).</param>
public sealed record SdmxComponent(string Id, SdmxRole Role, string? Name = null)
{
    /// <summary>Multi-valued (<c>ATTR[]</c>) or multilingual (<c>ATTR[en;fr]</c>) column.</summary>
    public bool IsList { get; init; }

    public IReadOnlyList<string> Languages { get; init; } = [];
}

/// <summary>One observation (or partial-key attribute row): component id → value text; list values joined by the
/// sub-field separator are also kept split in <see cref="Lists"/>.</summary>
public sealed record SdmxObservation(string Location, IReadOnlyDictionary<string, string> Values)
{
    /// <summary>Action: <c>I</c>nformation, <c>A</c>ppend, <c>R</c>eplace, <c>M</c>erge, <c>D</c>elete.</summary>
    public string Action { get; init; } = "I";

    public IReadOnlyDictionary<string, IReadOnlyList<string>> Lists { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public string? Get(string id) => Values.TryGetValue(id, out var v) && v.Length > 0 ? v : null;
}

/// <summary>An SDMX data message read from SDMX-CSV 1.0/2.0/2.1 or SDMX-JSON 2.0, as flat observations.</summary>
public sealed class SdmxDataset(string file, string version, ProblemList? problems = null)
{
    public string File { get; } = file;

    /// <summary><c>csv-1.0</c>, <c>csv-2.0</c>, <c>csv-plain</c> (no DATAFLOW column), <c>json-2.0</c> (2.x messages), <c>json-1.0</c>.</summary>
    public string Version { get; } = version;

    /// <summary>Structure reference <c>AGENCY:ID(VERSION)</c>, or null.</summary>
    public string? Structure { get; set; }

    public List<SdmxComponent> Components { get; } = [];

    public List<SdmxObservation> Observations { get; } = [];

    /// <summary>Labels of coded values as the file gives them (SDMX-CSV label columns such as <c>Indicator</c> after
    /// <c>INDICATOR</c>, or <c>CODE: Label</c> cells of labels=both): (component id, code) → first label seen.</summary>
    public Dictionary<(string Component, string Code), string> Labels { get; } = [];

    /// <summary>The label of <paramref name="code"/> in <paramref name="component"/>, or null.</summary>
    public string? LabelOf(string component, string code) => Labels.GetValueOrDefault((component, code));

    /// <summary>Problems found while reading (the importer's own list when it streams the rows).</summary>
    public ProblemList Problems { get; } = problems ?? new();

    /// <summary>Dataflow id from <see cref="Structure"/> (<c>ESTAT:NA_MAIN(1.6.0)</c> → <c>NA_MAIN</c>), or null.</summary>
    public string? StructureId
    {
        get
        {
            if (Structure is null) return null;
            var s = Structure;
            var colon = s.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0) s = s[(colon + 1)..];
            var paren = s.IndexOf('(', StringComparison.Ordinal);
            return paren >= 0 ? s[..paren] : s;
        }
    }
}
