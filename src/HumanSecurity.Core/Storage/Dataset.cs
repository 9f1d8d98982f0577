namespace HumanSecurity.Storage;

/// <summary>One import: provenance of everything it added to the store.</summary>
/// <param name="Id">Store-assigned identifier, 1, 2, ... in import order.</param>
/// <param name="Kind">What the dataset holds.</param>
/// <param name="SourceFile">File name (not path) as given to the import.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the source bytes.</param>
/// <param name="ImportedAt">UTC time the import was committed.</param>
/// <param name="RowCount">Rows added (areas, indicators, observations, households + persons, programmes).</param>
public sealed record Dataset(long Id, DatasetKind Kind, string SourceFile, string Sha256, DateTimeOffset ImportedAt, long RowCount)
{
    /// <summary>Free-text name, e.g. the survey name; defaults to the file name.</summary>
    public string? Name { get; init; }

    /// <summary>True when reading the dataset's rows needs a role: marked restricted, or survey microdata (always).</summary>
    public bool Restricted { get; init; }
}
