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

    /// <summary>Match area names to the store's gazetteer (<c>--match-areas</c>); null: area cells must be codes.</summary>
    public AreaMatching? MatchAreas { get; init; }

    /// <summary>COD-AB: the admin levels to import (<c>--levels 0-2</c>); null: all.</summary>
    public CodAb.CodAbLevels? Levels { get; init; }

    /// <summary>COD-AB: import the valid rows and report the others (<c>--skip-invalid</c>) instead of rejecting the file.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>A re-imported area's names replace the stored ones (<c>--replace-names</c>) instead of adding to them.</summary>
    public bool ReplaceNames { get; init; }

    /// <summary>The options beyond the basic ones that this request uses.</summary>
    public ImportOptions Uses =>
        (MatchAreas is null ? 0 : ImportOptions.MatchAreas) | (Levels is null ? 0 : ImportOptions.Levels)
        | (SkipInvalid ? ImportOptions.SkipInvalid : 0) | (ReplaceNames ? ImportOptions.ReplaceNames : 0);

    /// <summary>Filled by the import as it reads (skipped rows, area names matched, stored areas changed), also when it
    /// fails; <c>hso import --report</c> writes it.</summary>
    public ImportReport Report { get; init; } = new();

    /// <summary>Progress is reported at most this often within a phase (phase starts and ends are always reported).</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Name used in problem locations (default: the file name).</summary>
    public string DisplayName => System.IO.Path.GetFileName(Path);
}
