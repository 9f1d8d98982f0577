namespace HumanSecurity.Formats.Import;

/// <summary>The <c>hso import</c> options beyond format, name and mapping that an importer honours; any other is refused
/// for it (see <see cref="DatasetImporters.CheckOptions"/>).</summary>
[Flags]
public enum ImportOptions
{
    None = 0,

    /// <summary><c>--match-areas</c>, <c>--area-level</c>, <c>--skip-unmatched</c>: rows name areas, matched to P-codes.</summary>
    MatchAreas = 1,

    /// <summary><c>--levels</c>: which admin levels to import.</summary>
    Levels = 2,

    /// <summary><c>--skip-invalid</c>: import the valid rows, report the others.</summary>
    SkipInvalid = 4,

    /// <summary><c>--replace-names</c>: a re-imported area's names replace the stored ones instead of adding to them.</summary>
    ReplaceNames = 8,
}
