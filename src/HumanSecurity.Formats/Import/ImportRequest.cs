namespace HumanSecurity.Formats.Import;

/// <summary>What to import and how.</summary>
/// <param name="Path">File to read.</param>
public sealed record ImportRequest(string Path)
{
    /// <summary>Validate only: read and check everything against the store, write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Dataset name; defaults to the file name.</summary>
    public string? Name { get; init; }

    /// <summary>Period for gazetteer populations given without a <c>period</c> column or cell (<c>hso import --period</c>).</summary>
    public Observations.Period? DefaultPeriod { get; init; }

    /// <summary>Mapping file (YAML) for formats that need one (HXL columns, SDMX indicator and area crosswalk); null = none.</summary>
    public string? MappingPath { get; init; }

    /// <summary>Errors kept (and reported, in file order) before further errors are only counted: stderr stays bounded
    /// however bad the file (the last line says how many more there were).</summary>
    public int MaxErrors { get; init; } = 100;

    /// <summary>Name used in problem locations (default: the file name).</summary>
    public string DisplayName => System.IO.Path.GetFileName(Path);
}
